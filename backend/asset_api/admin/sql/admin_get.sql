-- One administrator by id ($2); $1 the idle timeout.
SELECT /*:admin_columns*/ FROM admins a WHERE a.id = $2
