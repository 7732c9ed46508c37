-- The admin behind a live session ($1 its keyed hash), which the call marks as used: a
-- session ends when revoked, at expires_at, after $2 (the idle timeout) without a call, or as
-- soon as its admin is disabled. One statement checks all of it and records the call.
UPDATE admin_sessions s SET last_seen_at = now()
FROM admins a
WHERE s.token_hash = $1 AND a.id = s.admin_id
  AND s.revoked_at IS NULL AND s.expires_at > now() AND s.last_seen_at > now() - $2::interval
  AND NOT a.disabled
RETURNING a.id, a.username, a.role, a.password_change_required,
          EXISTS (SELECT 1 FROM admin_mfa m WHERE m.admin_id = a.id AND m.confirmed_at IS NOT NULL)
              AS mfa_enabled,
          s.expires_at
