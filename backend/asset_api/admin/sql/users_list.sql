-- GET /admin/v1/users: one page of the users matching the filter, in the order asked for.
-- $3 page size, $4 offset.
SELECT /*:user_columns*/
FROM api_users u
WHERE /*:users_filter*/
/*:order_by*/
LIMIT $3 OFFSET $4
