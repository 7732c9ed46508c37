-- Every administrator, by username; $1 the idle timeout (what makes a session still live).
SELECT /*:admin_columns*/ FROM admins a ORDER BY a.username
