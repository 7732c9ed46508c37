-- GET .../instruments/{code}: the fields of InstrumentResponse as one JSON object, and the
-- date of its latest price. $1 the caller's env, $2 the code. The two latest closes come from
-- one backward step on daily_prices' primary key.
SELECT convert_to(row_to_json(body)::text, 'UTF8') AS fields, body.price_date
FROM instruments i
LEFT JOIN LATERAL (
    SELECT d.trade_date, d.close, d.volume, d.trading_value,
           lead(d.close) OVER (ORDER BY d.trade_date DESC) AS previous_close
    FROM (
        SELECT * FROM daily_prices d
        WHERE d.instrument_id = i.id
        ORDER BY d.trade_date DESC
        LIMIT 2
    ) d
    ORDER BY d.trade_date DESC
    LIMIT 1
) p ON true
CROSS JOIN LATERAL (
    SELECT i.code, i.isin, i.name, i.market, i.sector, i.listed_shares, i.currency,
           to_char(p.trade_date, 'YYYYMMDD') AS price_date, p.close AS last_price,
           c.change, c.change_rate, p.volume, p.trading_value,
           p.close * i.listed_shares AS market_cap
    FROM price_change(p.close, p.previous_close) c
) body
WHERE i.env = $1 AND i.code = $2
