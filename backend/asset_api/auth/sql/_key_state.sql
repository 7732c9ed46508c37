-- The key `k` and its user `u` behind a credential, as a check of it reads them
-- (auth/principal.py's principal_of, auth/keys.py's key_refusal).
k.id AS key_id, k.user_id, k.appkey, k.env, k.rate_limit, k.allowed_cidrs,
       k.status AS key_status, k.expires_at IS NOT NULL AND k.expires_at <= now() AS key_expired,
       u.status AS user_status, u.all_accounts,
       ARRAY(SELECT unnest(k.scopes) INTERSECT SELECT unnest(u.scopes)) AS scopes
