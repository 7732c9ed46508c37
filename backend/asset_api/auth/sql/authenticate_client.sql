-- An appkey/secretkey attempt in one round trip: how long its throttle subjects ($1) are
-- still blocked, whether the appkey's subject ($3) has failures a success must forget, and
-- the key behind the appkey ($2; NULL when it cannot be one). One row even without a key,
-- its key columns NULL then.
SELECT blocked.seconds AS blocked_for,
       EXISTS (SELECT 1 FROM auth_failures WHERE subject = $3) AS has_failures,
       k.id, k.user_id, k.appkey, k.secret_hash, k.previous_secret_hash,
       k.previous_valid_until > now() AS previous_valid,
       k.status, u.status AS user_status,
       k.expires_at IS NOT NULL AND k.expires_at <= now() AS expired,
       k.allowed_cidrs, k.env, k.scopes
FROM (/*:blocked_for*/) AS blocked (seconds)
LEFT JOIN (api_keys k JOIN api_users u ON u.id = k.user_id) ON k.appkey = $2
