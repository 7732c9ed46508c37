-- GET .../accounts/{account_no}/transactions: one page, newest first. $1-$3 the caller's
-- scope (data/scope.py), $4 the account number, $5 start_date, ($6, $7, $8) the sort key the
-- page starts below, $9 the page size + 1, $10 the kind (in the variant with that filter).
--
-- Page 1 starts below (end_date, 23:59:59, max id), later pages below the last row sent.
-- That row comparison is the scan's only upper bound on purpose: a second one
-- (trade_date <= end_date) would let PostgreSQL start the backward index scan at end_date and
-- filter its way down to the key, so a deep page would cost in proportion to its depth. With
-- it alone, page 1,000 costs what page 1 costs. The LEFT JOIN keeps one row for an account
-- with no transaction in range (200 with an empty list), while an account out of scope yields
-- no row at all (1901).
-- The kind_filter slot is empty or "AND t.kind = $10": with a kind, the scan uses
-- transactions_kind_keyset instead, so a rare kind does not wade through the others.
-- Each row: the sort key of the row (for the next-key) and the row as the JSON of
-- TransactionsTransactionsItem, whose fields transaction_item (migration 0008) defines for this
-- statement and for the realtime feed's transactions events alike.
SELECT t.id, item.trade_date, item.trade_time, convert_to(row_to_json(item)::text, 'UTF8') AS item
FROM accounts a
LEFT JOIN LATERAL (
    SELECT * FROM transactions t
    WHERE t.account_id = a.id /*:kind_filter*/
      AND t.trade_date >= $5
      AND (t.trade_date, t.trade_time, t.id) < ($6::date, $7::time, $8::bigint)
    ORDER BY t.trade_date DESC, t.trade_time DESC, t.id DESC
    LIMIT $9
) t ON true
LEFT JOIN instruments i ON i.id = t.instrument_id
CROSS JOIN LATERAL transaction_item(t, i) item
WHERE a.account_no = $4 AND /*:in_scope*/
ORDER BY t.trade_date DESC, t.trade_time DESC, t.id DESC
