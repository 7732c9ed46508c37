-- GET .../instruments/{code}/daily-prices: one page, newest first. $1 env, $2 code,
-- $3 start_date, $4 end_date, $5 the date the page starts below (end_date + 1 on page 1, the
-- last date sent afterwards), $6 the page size + 1.
-- The inner scan is deliberately not bounded by start_date: its last row may be the trading
-- day before the period, which only supplies the previous close of the oldest row shown.
-- The LEFT JOIN keeps one row for an instrument without prices in range (an empty list);
-- an unknown code (or one of the other environment) yields no row at all (1901).
-- Each row: its date (for the next-key) and the JSON of DailyPricesPricesItem; the change
-- against the previous close is price_change's (migration 0008), as in the realtime feed's
-- prices events.
SELECT item.date, convert_to(row_to_json(item)::text, 'UTF8') AS item
FROM instruments i
LEFT JOIN LATERAL (
    SELECT d.*, lead(d.close) OVER (ORDER BY d.trade_date DESC) AS previous_close
    FROM (
        SELECT * FROM daily_prices d
        WHERE d.instrument_id = i.id AND d.trade_date < $5
        ORDER BY d.trade_date DESC
        LIMIT $6
    ) d
) p ON p.trade_date BETWEEN $3 AND $4
CROSS JOIN LATERAL (
    SELECT to_char(p.trade_date, 'YYYYMMDD') AS date, p.open, p.high, p.low, p.close,
           p.volume, p.trading_value, c.change, c.change_rate
    FROM price_change(p.close, p.previous_close) c
) item
WHERE i.env = $1 AND i.code = $2
ORDER BY p.trade_date DESC
