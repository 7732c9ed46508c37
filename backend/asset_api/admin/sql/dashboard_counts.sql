-- GET /admin/v1/dashboard: the counts of its cards, one row. The calls of the last 24 hours
-- are those of the current hour and the 23 before it, from the hourly rollups (never a scan
-- of request_log).
SELECT
    (SELECT count(*) FROM api_users) AS users,
    (SELECT count(*) FROM api_users WHERE status = 'active') AS active_users,
    (SELECT count(*) FROM api_keys WHERE status <> 'revoked') AS keys,
    (SELECT count(*) FROM api_keys
     WHERE status = 'active' AND (expires_at IS NULL OR expires_at > now())) AS active_keys,
    (SELECT count(*) FROM access_tokens WHERE issued_at > now() - interval '24 hours')
        AS tokens_24h,
    COALESCE(r.requests, 0) AS requests_24h,
    COALESCE(r.refusals, 0) AS refusals_24h,
    (SELECT count(*) FROM realtime_open_connections) AS realtime_connections
FROM (
    SELECT sum(requests)::bigint AS requests, sum(refusals)::bigint AS refusals
    FROM request_counts_hourly
    WHERE hour >= date_trunc('hour', now(), 'UTC') - interval '23 hours'
) r
