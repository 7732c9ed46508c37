-- An approval key's state: its expiry, and its key's ($1 the approval key's keyed hash).
SELECT g.expires_at, g.expires_at <= now() AS expired,
       /*:key_state*/
FROM approval_keys g
JOIN api_keys k ON k.id = g.key_id
JOIN api_users u ON u.id = k.user_id
WHERE g.key_hash = $1
