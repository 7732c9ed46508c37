-- GET .../accounts/{account_no}/balance: one row, the fields of BalanceResponse as a JSON
-- object; no row when the account is out of the caller's scope ($1-$3, data/scope.py).
-- $4 the account number.
--
-- Rates and weights: percentages with two decimals, rounded half away from zero, "0.00" when
-- the base is zero (the text cast keeps both decimals: "0.00", "-3.10").
WITH account AS (
    SELECT a.id, COALESCE(c.deposit, 0) AS deposit
    FROM accounts a
    LEFT JOIN cash_balances c ON c.account_id = a.id
    WHERE a.account_no = $4 AND /*:in_scope*/
),
position AS (
    SELECT i.code, i.name, h.quantity, h.purchase_amount,
           h.purchase_amount / h.quantity AS avg_purchase_price,  -- cut to the won
           -- an instrument without any price yet is valued at what was paid for it
           COALESCE(p.close, h.purchase_amount / h.quantity) AS current_price,
           p.trade_date AS price_date
    FROM account a
    JOIN holdings h ON h.account_id = a.id
    JOIN instruments i ON i.id = h.instrument_id
    -- The latest close, kept per instrument by triggers on daily_prices (migration 0005).
    LEFT JOIN latest_prices p ON p.instrument_id = h.instrument_id
),
valued AS (
    SELECT *, quantity * current_price AS evaluation_amount FROM position
),
total AS (
    SELECT COALESCE(sum(purchase_amount), 0)::bigint AS purchase_amount,
           COALESCE(sum(evaluation_amount), 0)::bigint AS evaluation_amount,
           max(price_date) AS price_date
    FROM valued
),
holding AS (
    SELECT v.code, v.name, v.quantity, v.avg_purchase_price, v.purchase_amount,
           v.current_price, v.evaluation_amount,
           v.evaluation_amount - v.purchase_amount AS profit_loss,
           COALESCE(round((v.evaluation_amount - v.purchase_amount) * 100.0
                          / NULLIF(v.purchase_amount, 0), 2), 0.00)::text AS profit_loss_rate,
           COALESCE(round(v.evaluation_amount * 100.0
                          / NULLIF(t.evaluation_amount, 0), 2), 0.00)::text AS weight
    FROM valued v CROSS JOIN total t
)
-- The summary fields by row_to_json, the holdings spliced in as text: a json value among
-- them would be parsed again only to be printed. Each holding by format(), which renders the
-- same JSON as row_to_json (to_json quotes the text) in less of the query's time.
SELECT convert_to(rtrim(row_to_json(body)::text, '}') || ',"holdings":[' || COALESCE((
           SELECT string_agg(format(
                      '{"code":%s,"name":%s,"quantity":%s,"avg_purchase_price":%s,'
                      '"purchase_amount":%s,"current_price":%s,"evaluation_amount":%s,'
                      '"profit_loss":%s,"profit_loss_rate":"%s","weight":"%s"}',
                      to_json(h.code), to_json(h.name), h.quantity, h.avg_purchase_price,
                      h.purchase_amount, h.current_price, h.evaluation_amount,
                      h.profit_loss, h.profit_loss_rate, h.weight),
                  ',' ORDER BY h.evaluation_amount DESC, h.code)
           FROM holding h
       ), '') || ']}', 'UTF8')
FROM (
    SELECT
        -- without holdings: the environment's latest trading day (evaluated only then), and
        -- without any price at all: today in Korea
        to_char(COALESCE(t.price_date, (
            SELECT max(latest.trade_date)
            FROM latest_prices latest
            JOIN instruments i ON i.id = latest.instrument_id
            WHERE i.env = $1
        ), (now() AT TIME ZONE 'Asia/Seoul')::date), 'YYYYMMDD') AS price_date,
        a.deposit,
        t.purchase_amount AS total_purchase_amount,
        t.evaluation_amount AS total_evaluation_amount,
        t.evaluation_amount - t.purchase_amount AS total_profit_loss,
        COALESCE(round((t.evaluation_amount - t.purchase_amount) * 100.0
                       / NULLIF(t.purchase_amount, 0), 2), 0.00)::text AS total_profit_loss_rate,
        a.deposit + t.evaluation_amount AS estimated_assets
    FROM account a
    CROSS JOIN total t
) body
