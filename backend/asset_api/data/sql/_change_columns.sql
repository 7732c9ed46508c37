-- The change against the previous trading day's close, as an integer and as a percentage with
-- two decimals (half away from zero; "0.00" without a previous close), of rows `p` with close
-- and previous_close.
COALESCE(p.close - p.previous_close, 0) AS change,
           COALESCE(round((p.close - p.previous_close) * 100.0
                          / NULLIF(p.previous_close, 0), 2), 0.00)::text AS change_rate
