-- GET /admin/v1/users: how many users match the filter.
SELECT count(*) FROM api_users u WHERE /*:users_filter*/
