-- The account of a report call, when in the caller's scope ($1-$3, data/scope.py; $4 the
-- account number), and whether its history explains its holdings and cash. Without a row in
-- report_accounts it has no transactions, holdings or cash: nothing to explain.
SELECT a.id, a.env, COALESCE(r.history_complete, true) AS history_complete
FROM accounts a
LEFT JOIN report_accounts r ON r.account_id = a.id
WHERE a.account_no = $4 AND /*:in_scope*/
