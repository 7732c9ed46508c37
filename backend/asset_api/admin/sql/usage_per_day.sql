-- GET /admin/v1/usage: every day of the last $1 days in Korea, oldest first, with 0 for a day
-- without calls. The range condition on `at` uses the request_log_at index; days are cut at
-- Korean midnight.
WITH today AS (
    SELECT (now() AT TIME ZONE 'Asia/Seoul')::date AS day
),
days AS (
    SELECT generate_series(t.day - ($1::int - 1), t.day, interval '1 day')::date AS day
    FROM today t
),
counted AS (
    SELECT (r.at AT TIME ZONE 'Asia/Seoul')::date AS day,
           count(*) AS requests,
           count(*) FILTER (WHERE r.return_code <> 0) AS refusals
    FROM request_log r, today t
    WHERE r.at >= (t.day - ($1::int - 1))::timestamp AT TIME ZONE 'Asia/Seoul'
      AND /*:public_api_paths*/
    GROUP BY 1
)
SELECT to_char(d.day, 'YYYY-MM-DD') AS date,
       COALESCE(c.requests, 0) AS requests,
       COALESCE(c.refusals, 0) AS refusals
FROM days d
LEFT JOIN counted c ON c.day = d.day
ORDER BY d.day
