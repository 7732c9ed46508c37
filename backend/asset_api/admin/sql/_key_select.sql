-- The key as the admin API shows it: the columns of the `key` object of the specs, no hash
-- (key_id too, for the CLI's list).
SELECT k.id AS key_id, k.appkey, k.user_id, u.name AS user_name, k.status, k.env,
       k.expires_at, k.rate_limit, k.scopes, k.allowed_cidrs::text[] AS allowed_cidrs,
       k.created_at, k.rotated_at, k.revoked_at, k.last_used_at,
       host(k.last_used_ip) AS last_used_ip, k.previous_valid_until,
       (SELECT count(*) FROM realtime_open_connections c WHERE c.key_id = k.id)
           AS realtime_connections
FROM api_keys k
JOIN api_users u ON u.id = k.user_id
