-- GET /admin/v1/dashboard: the counts of its cards, one row.
SELECT
    (SELECT count(*) FROM api_users) AS users,
    (SELECT count(*) FROM api_users WHERE status = 'active') AS active_users,
    (SELECT count(*) FROM api_keys WHERE status <> 'revoked') AS keys,
    (SELECT count(*) FROM api_keys
     WHERE status = 'active' AND (expires_at IS NULL OR expires_at > now())) AS active_keys,
    (SELECT count(*) FROM access_tokens WHERE issued_at > now() - interval '24 hours')
        AS tokens_24h,
    r.requests AS requests_24h,
    r.refusals AS refusals_24h,
    (SELECT count(*) FROM realtime_open_connections) AS realtime_connections
FROM (
    SELECT count(*) AS requests, count(*) FILTER (WHERE return_code <> 0) AS refusals
    FROM request_log
    WHERE at > now() - interval '24 hours' AND /*:public_api_paths*/
) r
