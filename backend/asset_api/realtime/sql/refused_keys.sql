-- Of the keys $1 (those with connections in this process), the ones whose connections must
-- close: revoked or disabled (the key or its user), past their expiry, or deleted.
SELECT id FROM unnest($1::bigint[]) AS wanted (id)
WHERE NOT EXISTS (
    SELECT 1 FROM api_keys k JOIN api_users u ON u.id = k.user_id
    WHERE k.id = wanted.id AND k.status = 'active' AND u.status = 'active'
      AND (k.expires_at IS NULL OR k.expires_at > now())
)
