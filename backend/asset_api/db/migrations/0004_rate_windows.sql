-- Per-key request budgets, one row per key and second, shared by every API process.
-- A process claims a slice of the second's budget at a time (services/rate_limit.py), so the
-- limit holds across processes and hosts without a write on every request.
CREATE TABLE rate_windows (
    key_id        bigint NOT NULL,
    window_start  bigint NOT NULL,      -- Unix second
    used          integer NOT NULL,     -- requests granted to processes in this second
    last_grant    integer NOT NULL,     -- what the latest claim received (for RETURNING)
    PRIMARY KEY (key_id, window_start)
);
