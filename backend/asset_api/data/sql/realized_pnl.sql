-- GET .../accounts/{account_no}/realized-pnl: one page of sells, newest first, each row with
-- the period's summary. $1-$3 the caller's scope (data/scope.py), $4 the account number,
-- $5 start_date, $6 end_date, ($7, $8, $9) the sort key the page starts below, $10 the page
-- size + 1, $11 the instrument code (in the variant with that filter).
--
-- The moving-average costs are those the triggers of migration 0009 keep in realized_sells;
-- the sells' own figures come from transactions by id. The summary is the running totals at
-- the end of the period less those before it (account_days, or position_days for one
-- instrument): two rows, however long the period or deep the page. The keyset rule is that
-- of transactions.sql: the row comparison is the scan's only upper bound. The page size is
-- a subquery, (SELECT $10), so that no plan depends on its value: with a plain $10 the
-- planner estimates each call's own plan cheaper than the prepared statement's generic one
-- and plans the statement anew on every call, which was half of its cost in PostgreSQL.
-- Slots: `instrument` is the filter's instrument id, of the account `c` (NULL without a
-- code; NULL with a code means an unknown code: 1901), `totals` the running totals of sells
-- and dividends, and `code_filter` empty or the condition on the instrument.
WITH chosen AS (
    /*:report_account*/
),
account AS (
    SELECT c.*, /*:instrument*/ AS instrument_id FROM chosen c
),
summary AS (
    SELECT convert_to(row_to_json(s)::text, 'UTF8') AS summary
    FROM (
        SELECT sums.sell_amount AS total_sell_amount,
               sums.purchase_cost AS total_purchase_cost,
               sums.sell_fee AS total_fee, sums.sell_tax AS total_tax,
               sums.sell_amount - sums.purchase_cost - sums.sell_fee - sums.sell_tax
                   AS total_realized_pnl,
               cash.deposits, cash.withdrawals, sums.dividends, a.history_complete
        FROM account a
        LEFT JOIN LATERAL (
            SELECT * FROM /*:totals*/ AND t.trade_date <= $6
            ORDER BY t.trade_date DESC LIMIT 1
        ) upto ON true
        LEFT JOIN LATERAL (
            SELECT * FROM /*:totals*/ AND t.trade_date < $5
            ORDER BY t.trade_date DESC LIMIT 1
        ) prior ON true
        LEFT JOIN LATERAL (
            SELECT * FROM account_days d WHERE d.account_id = a.id AND d.trade_date <= $6
            ORDER BY d.trade_date DESC LIMIT 1
        ) cash_upto ON true
        LEFT JOIN LATERAL (
            SELECT * FROM account_days d WHERE d.account_id = a.id AND d.trade_date < $5
            ORDER BY d.trade_date DESC LIMIT 1
        ) cash_prior ON true
        CROSS JOIN LATERAL (
            SELECT COALESCE(upto.sell_amount, 0) - COALESCE(prior.sell_amount, 0) AS sell_amount,
                   COALESCE(upto.purchase_cost, 0) - COALESCE(prior.purchase_cost, 0)
                       AS purchase_cost,
                   COALESCE(upto.sell_fee, 0) - COALESCE(prior.sell_fee, 0) AS sell_fee,
                   COALESCE(upto.sell_tax, 0) - COALESCE(prior.sell_tax, 0) AS sell_tax,
                   COALESCE(upto.dividends, 0) - COALESCE(prior.dividends, 0) AS dividends
        ) sums
        CROSS JOIN LATERAL (
            SELECT COALESCE(cash_upto.deposits, 0) - COALESCE(cash_prior.deposits, 0)
                       AS deposits,
                   COALESCE(cash_upto.withdrawals, 0) - COALESCE(cash_prior.withdrawals, 0)
                       AS withdrawals
        ) cash
    ) s
)
-- The summary on the first row only: it is the same for all.
SELECT t.id, item.trade_date, item.trade_time, a.instrument_id,
       convert_to(row_to_json(item)::text, 'UTF8') AS item,
       CASE WHEN row_number() OVER (
                     ORDER BY t.trade_date DESC, t.trade_time DESC, t.id DESC) = 1
            THEN summary.summary
       END AS summary
FROM account a
CROSS JOIN summary
LEFT JOIN LATERAL (
    SELECT s.transaction_id AS id, s.trade_date, s.trade_time, s.instrument_id,
           s.avg_purchase_price, s.purchase_cost
    FROM realized_sells s
    WHERE s.account_id = a.id /*:code_filter*/
      AND s.trade_date >= $5
      AND (s.trade_date, s.trade_time, s.transaction_id) < ($7::date, $8::time, $9::bigint)
    ORDER BY s.trade_date DESC, s.trade_time DESC, s.transaction_id DESC
    LIMIT (SELECT $10::bigint)
) t ON true
LEFT JOIN transactions x ON x.id = t.id
LEFT JOIN instruments i ON i.id = t.instrument_id
CROSS JOIN LATERAL (
    SELECT x.amount - t.purchase_cost - x.fee - x.tax AS realized_pnl
) pnl
CROSS JOIN LATERAL (
    SELECT transaction_no(t.trade_date, t.id) AS transaction_id,
           to_char(t.trade_date, 'YYYYMMDD') AS trade_date,
           to_char(t.trade_time, 'HH24MISS') AS trade_time,
           i.code, i.name, x.quantity, x.price AS sell_price, x.amount AS sell_amount,
           t.avg_purchase_price, t.purchase_cost, x.fee, x.tax, pnl.realized_pnl,
           COALESCE(round(pnl.realized_pnl * 100.0 / NULLIF(t.purchase_cost, 0), 2), 0.00)::text
               AS realized_pnl_rate
) item
ORDER BY t.trade_date DESC, t.trade_time DESC, t.id DESC
