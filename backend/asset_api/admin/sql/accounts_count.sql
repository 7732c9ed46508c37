-- GET /admin/v1/accounts: how many accounts match the filter.
SELECT count(*) FROM accounts a WHERE /*:accounts_filter*/
