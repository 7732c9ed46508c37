-- The admin an mfa_token ($1 its keyed hash) stands for: unspent, unexpired, admin enabled.
SELECT c.id AS challenge_id, a.id, a.username
FROM admin_mfa_challenges c JOIN admins a ON a.id = c.admin_id
WHERE c.token_hash = $1 AND c.used_at IS NULL AND c.expires_at > now() AND NOT a.disabled
