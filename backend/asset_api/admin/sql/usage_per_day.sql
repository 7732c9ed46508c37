-- GET /admin/v1/usage: every day of the last $1 days in Korea, oldest first, with 0 for a day
-- without calls, from the hourly rollups (Korea's days are whole UTC hours: UTC+9).
WITH today AS (
    SELECT (now() AT TIME ZONE 'Asia/Seoul')::date AS day
),
days AS (
    SELECT generate_series(t.day - ($1::int - 1), t.day, interval '1 day')::date AS day
    FROM today t
),
counted AS (
    SELECT (c.hour AT TIME ZONE 'Asia/Seoul')::date AS day,
           sum(c.requests)::bigint AS requests,
           sum(c.refusals)::bigint AS refusals
    FROM request_counts_hourly c, today t
    WHERE c.hour >= (t.day - ($1::int - 1))::timestamp AT TIME ZONE 'Asia/Seoul'
    GROUP BY 1
)
SELECT to_char(d.day, 'YYYY-MM-DD') AS date,
       COALESCE(c.requests, 0) AS requests,
       COALESCE(c.refusals, 0) AS refusals
FROM days d
LEFT JOIN counted c ON c.day = d.day
ORDER BY d.day
