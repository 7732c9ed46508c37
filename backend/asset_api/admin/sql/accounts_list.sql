-- GET /admin/v1/accounts: one page of the catalog, by environment and number. $3 page size,
-- $4 offset.
SELECT a.account_no, a.name AS account_name, a.broker, a.env
FROM accounts a
WHERE /*:accounts_filter*/
ORDER BY a.env, a.account_no
LIMIT $3 OFFSET $4
