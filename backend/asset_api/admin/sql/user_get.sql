-- One API user by id ($1).
SELECT /*:user_columns*/ FROM api_users u WHERE u.id = $1
