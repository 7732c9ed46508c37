-- Of the keys with connections in this process ($1 key ids, $2 the environment each had when
-- its connections started), the ones whose connections must close: revoked or disabled (the
-- key or its user), past their expiry, moved to the other environment, or deleted.
SELECT id, env FROM unnest($1::bigint[], $2::text[]) AS bound (id, env)
WHERE NOT EXISTS (
    SELECT 1 FROM api_keys k JOIN api_users u ON u.id = k.user_id
    WHERE k.id = bound.id AND k.status = 'active' AND u.status = 'active' AND k.env = bound.env
      AND (k.expires_at IS NULL OR k.expires_at > now())
)
