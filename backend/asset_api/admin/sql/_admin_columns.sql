-- An administrator as the admin API shows it (admins `a`): never a password hash or a secret.
a.id AS admin_id, a.username, a.role,
CASE WHEN a.disabled THEN 'disabled' ELSE 'active' END AS status,
EXISTS (SELECT 1 FROM admin_mfa m WHERE m.admin_id = a.id AND m.confirmed_at IS NOT NULL)
    AS mfa_enabled,
a.password_change_required,
(SELECT count(*) FROM admin_sessions s
 WHERE s.admin_id = a.id AND s.revoked_at IS NULL AND s.expires_at > now()
   AND s.last_seen_at > now() - $1::interval) AS active_sessions,
a.created_at, a.last_login_at
