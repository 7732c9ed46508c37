-- Every API request, written off the request path in batches: the admin's usage charts and
-- the "why was this call refused" lookup read it. Never holds a secret or a token.
CREATE TABLE request_log (
    request_id   uuid PRIMARY KEY,
    at           timestamptz NOT NULL,
    method       text NOT NULL,
    path         text NOT NULL,
    status       smallint NOT NULL,
    return_code  integer NOT NULL,
    return_msg   text NOT NULL,
    key_id       bigint,
    appkey       text,
    client_ip    inet,
    duration_ms  real NOT NULL
);
CREATE INDEX request_log_at ON request_log (at);
CREATE INDEX request_log_key_at ON request_log (key_id, at) WHERE key_id IS NOT NULL;
