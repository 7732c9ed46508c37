-- GET /asset-erp/v1/accounts: one JSON object per account (AccountsAccountsItem), by
-- account number. $1-$3: the caller's scope (data/scope.py).
SELECT convert_to(row_to_json(item)::text, 'UTF8') AS item
FROM (
    SELECT a.account_no, a.name AS account_name, a.broker, a.currency,
           to_char(a.opened_on, 'YYYYMMDD') AS opened_date, a.status
    FROM accounts a
    WHERE /*:in_scope*/
) item
ORDER BY item.account_no
