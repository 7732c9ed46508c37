-- Admins, API users, their access keys and tokens, and the admin audit log.
-- Secrets and tokens are stored only as HMAC-SHA-256 digests keyed by the server's pepper.

CREATE TABLE admins (
    id             bigserial PRIMARY KEY,
    username       text NOT NULL UNIQUE CHECK (username ~ '^[A-Za-z0-9._-]{3,40}$'),
    password_hash  text NOT NULL,              -- argon2id
    disabled       boolean NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL DEFAULT now(),
    last_login_at  timestamptz
);

CREATE TABLE admin_sessions (
    id           bigserial PRIMARY KEY,
    token_hash   bytea NOT NULL UNIQUE,
    admin_id     bigint NOT NULL REFERENCES admins (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    client_ip    inet
);

CREATE TABLE api_users (
    id            bigserial PRIMARY KEY,
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    email         text CHECK (length(email) <= 200),
    status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    -- true: every account of the key's environment; false: only the rows of user_accounts.
    all_accounts  boolean NOT NULL DEFAULT false,
    -- endpoint scopes the user may be given; a key's scopes are a subset.
    scopes        text[] NOT NULL DEFAULT '{accounts,market}',
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_users_name ON api_users (lower(name));

CREATE TABLE api_keys (
    id                     bigserial PRIMARY KEY,
    user_id                bigint NOT NULL REFERENCES api_users (id),
    appkey                 text NOT NULL UNIQUE,
    secret_hash            bytea NOT NULL,
    -- during a rotation's grace period the previous secret still works
    previous_secret_hash   bytea,
    previous_valid_until   timestamptz,
    status                 text NOT NULL DEFAULT 'active'
                           CHECK (status IN ('active', 'disabled', 'revoked')),
    env                    text NOT NULL DEFAULT 'real' CHECK (env IN ('real', 'mock')),
    expires_at             timestamptz,
    rate_limit             integer NOT NULL DEFAULT 20 CHECK (rate_limit BETWEEN 1 AND 10000),
    scopes                 text[] NOT NULL DEFAULT '{accounts,market}',
    allowed_cidrs          cidr[] NOT NULL DEFAULT '{}',
    created_at             timestamptz NOT NULL DEFAULT now(),
    created_ip             inet,
    rotated_at             timestamptz,
    revoked_at             timestamptz,
    last_used_at           timestamptz,
    last_used_ip           inet
);
CREATE INDEX api_keys_user ON api_keys (user_id);
CREATE INDEX api_keys_expiring ON api_keys (expires_at) WHERE status = 'active';

CREATE TABLE access_tokens (
    id          bigserial PRIMARY KEY,
    token_hash  bytea NOT NULL UNIQUE,
    key_id      bigint NOT NULL REFERENCES api_keys (id),
    dialect     text NOT NULL CHECK (dialect IN ('broker', 'oauth2')),
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    client_ip   inet
);
CREATE INDEX access_tokens_key ON access_tokens (key_id);
CREATE INDEX access_tokens_expires ON access_tokens (expires_at);

-- Failed token requests per appkey and per client IP, shared by every process.
CREATE TABLE auth_failures (
    subject        text PRIMARY KEY,           -- 'appkey:<appkey>' or 'ip:<address>'
    failures       integer NOT NULL,
    window_start   timestamptz NOT NULL,
    blocked_until  timestamptz
);

CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    admin_id     bigint REFERENCES admins (id),
    actor        text NOT NULL,                -- admin username, or 'cli'
    action       text NOT NULL,                -- e.g. 'key.issue', 'user.create'
    target_type  text NOT NULL,
    target_id    text NOT NULL,
    detail       jsonb NOT NULL DEFAULT '{}',
    client_ip    inet,
    request_id   uuid
);
CREATE INDEX audit_log_at ON audit_log (at DESC);

-- The audit log is append-only: no UPDATE or DELETE, whoever asks.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
