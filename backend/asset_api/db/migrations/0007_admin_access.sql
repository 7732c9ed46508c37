-- Admin access: roles, second factors (TOTP and recovery codes), the sign-in step between
-- password and code, and idle sessions.

-- owner: everything, admins included; operator: users, keys, grants; viewer: reads only.
-- Admins that exist already keep the full power they had, so they become owners; a new admin
-- is an operator unless the creator says otherwise (as `asset-api admin create` does).
ALTER TABLE admins
    ADD COLUMN role text NOT NULL DEFAULT 'owner'
        CHECK (role IN ('owner', 'operator', 'viewer')),
    -- true while the password is one somebody else chose (an owner's one-time password): the
    -- admin must choose their own before doing anything else
    ADD COLUMN password_change_required boolean NOT NULL DEFAULT false,
    ADD COLUMN password_changed_at timestamptz;
ALTER TABLE admins ALTER COLUMN role SET DEFAULT 'operator';

-- An admin's TOTP second factor (RFC 6238). The secret is sealed with AES-256-GCM under a key
-- derived from the pepper, so a dump of the database alone cannot produce codes.
-- confirmed_at NULL: enrolment started, not yet confirmed with a code.
CREATE TABLE admin_mfa (
    admin_id        bigint PRIMARY KEY REFERENCES admins (id),
    secret_sealed   bytea NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    confirmed_at    timestamptz,
    -- the time step of the last code accepted: a code is accepted once (RFC 6238 section 5.2)
    last_used_step  bigint
);

-- One-time recovery codes, as keyed hashes (HMAC-SHA-256 with the pepper).
CREATE TABLE admin_recovery_codes (
    id          bigserial PRIMARY KEY,
    admin_id    bigint NOT NULL REFERENCES admins (id),
    code_hash   bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    used_at     timestamptz,
    UNIQUE (admin_id, code_hash)
);

-- Between a correct password and the second factor: the mfa_token, as a keyed hash.
CREATE TABLE admin_mfa_challenges (
    id          bigserial PRIMARY KEY,
    token_hash  bytea NOT NULL UNIQUE,
    admin_id    bigint NOT NULL REFERENCES admins (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    client_ip   inet
);
CREATE INDEX admin_mfa_challenges_expires ON admin_mfa_challenges (expires_at);

-- The idle timeout counts from the last call a session made.
ALTER TABLE admin_sessions ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX admin_sessions_live ON admin_sessions (admin_id) WHERE revoked_at IS NULL;
CREATE INDEX admin_sessions_expires ON admin_sessions (expires_at);
