-- GET .../accounts/{account_no}/daily-valuations: one page of trading days, newest first, each
-- row with the period's summary. $1-$3 the caller's scope (data/scope.py), $4 the account
-- number, $5 start_date, $6 end_date, $7 the day the page starts below (end_date + 1 on page
-- 1, the last day sent afterwards), $8 the page size + 1.
--
-- The rows are those the triggers of migration 0009 keep in daily_valuations, each with its
-- previous day's total assets, so a page is one index range however deep. The summary is
-- the last row of the period against the last row before it: total_pnl = total assets at
-- the end − total assets before the period − the period's net inflow (the sum of its
-- daily_pnl), the net inflow from the running sums. The page size is a subquery for the
-- reason realized_pnl.sql gives: one generic plan, not one plan per call.
WITH account AS (
    /*:report_account*/
),
summary AS (
    SELECT convert_to(row_to_json(s)::text, 'UTF8') AS summary
    FROM (
        SELECT inflow.total_net_inflow,
               COALESCE(upto.cash + upto.evaluation_amount, 0)
                   - COALESCE(prior.cash + prior.evaluation_amount, 0)
                   - inflow.total_net_inflow AS total_pnl,
               a.history_complete
        FROM account a
        LEFT JOIN LATERAL (
            SELECT * FROM daily_valuations v WHERE v.account_id = a.id AND v.trade_date <= $6
            ORDER BY v.trade_date DESC LIMIT 1
        ) upto ON true
        LEFT JOIN LATERAL (
            SELECT * FROM daily_valuations v WHERE v.account_id = a.id AND v.trade_date < $5
            ORDER BY v.trade_date DESC LIMIT 1
        ) prior ON true
        CROSS JOIN LATERAL (
            SELECT COALESCE(upto.cumulative_net_inflow, 0)
                   - COALESCE(prior.cumulative_net_inflow, 0) AS total_net_inflow
        ) inflow
    ) s
)
-- The summary on the first row only: it is the same for all.
SELECT item.date, convert_to(row_to_json(item)::text, 'UTF8') AS item,
       CASE WHEN row_number() OVER (ORDER BY v.trade_date DESC) = 1 THEN summary.summary
       END AS summary
FROM account a
CROSS JOIN summary
LEFT JOIN LATERAL (
    SELECT * FROM daily_valuations v
    WHERE v.account_id = a.id AND v.trade_date >= $5 AND v.trade_date < $7
    ORDER BY v.trade_date DESC
    LIMIT (SELECT $8::bigint)
) v ON true
CROSS JOIN LATERAL (
    SELECT v.cash + v.evaluation_amount AS total_assets,
           v.cash + v.evaluation_amount - v.previous_total_assets - v.net_inflow AS daily_pnl
) day
CROSS JOIN LATERAL (
    SELECT to_char(v.trade_date, 'YYYYMMDD') AS date, v.cash, v.purchase_amount,
           v.evaluation_amount, day.total_assets, v.net_inflow, day.daily_pnl,
           COALESCE(round(day.daily_pnl * 100.0
                          / NULLIF(v.previous_total_assets + v.net_inflow, 0), 2),
                    0.00)::text AS daily_return_rate
) item
ORDER BY v.trade_date DESC
