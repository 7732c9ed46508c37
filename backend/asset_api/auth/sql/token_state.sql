-- A bearer token's state: its expiry and revocation, and its key's ($1 the token's keyed hash).
SELECT t.expires_at, t.revoked_at IS NOT NULL AS revoked,
       /*:key_state*/
FROM access_tokens t
JOIN api_keys k ON k.id = t.key_id
JOIN api_users u ON u.id = k.user_id
WHERE t.token_hash = $1
