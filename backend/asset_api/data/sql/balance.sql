-- GET .../accounts/{account_no}/balance: one row, the fields of BalanceResponse as a JSON
-- object; no row when the account is out of the caller's scope ($1-$3, data/scope.py).
-- $4 the account number.
--
-- The holdings' fields and the summary's are those of balance_holdings and balance_summary
-- (migration 0008), which the realtime feed's balance events read too.
WITH account AS (
    SELECT a.id FROM accounts a WHERE a.account_no = $4 AND /*:in_scope*/
),
holding AS (
    SELECT h.* FROM account a CROSS JOIN LATERAL balance_holdings(a.id) h
),
total AS (
    SELECT COALESCE(sum(purchase_amount), 0)::bigint AS purchase_amount,
           COALESCE(sum(evaluation_amount), 0)::bigint AS evaluation_amount,
           max(price_date) AS price_date
    FROM holding
)
-- The summary fields by row_to_json, the holdings spliced in as text: a json value among
-- them would be parsed again only to be printed. Each holding by concat(), which renders the
-- same JSON as row_to_json (to_json quotes the text) in less of the query's time, and without
-- the format string format() parses on every row.
SELECT convert_to(rtrim(row_to_json(s)::text, '}') || ',"holdings":[' || COALESCE((
           SELECT string_agg(concat(
                      '{"code":', to_json(h.code), ',"name":', to_json(h.name),
                      ',"quantity":', h.quantity, ',"avg_purchase_price":', h.avg_purchase_price,
                      ',"purchase_amount":', h.purchase_amount,
                      ',"current_price":', h.current_price,
                      ',"evaluation_amount":', h.evaluation_amount,
                      ',"profit_loss":', h.profit_loss,
                      ',"profit_loss_rate":"', h.profit_loss_rate,
                      '","weight":"', percent_of(h.evaluation_amount, t.evaluation_amount), '"}'),
                  ',' ORDER BY h.evaluation_amount DESC, h.code)
           FROM holding h
       ), '') || ']}', 'UTF8')
FROM account a
CROSS JOIN total t
CROSS JOIN LATERAL balance_summary(a.id, $1, t.purchase_amount, t.evaluation_amount,
                                   t.price_date) s
