-- Retention: request_log partitioned by Korea day (so that days past ASSET_API_REQUEST_LOG_DAYS
-- are dropped whole, not deleted row by row), and the hourly counts the dashboard reads, kept
-- as each batch of records is written (http/request_log.py), so its charts never scan the log.
-- The existing rows are kept: they move into the partitions of their days.

ALTER TABLE request_log RENAME TO request_log_unpartitioned;
ALTER INDEX request_log_pkey RENAME TO request_log_unpartitioned_pkey;
ALTER INDEX request_log_at RENAME TO request_log_unpartitioned_at;
ALTER INDEX request_log_key_at RENAME TO request_log_unpartitioned_key_at;

-- The columns of 0001; the primary key must hold the partition key, so it is (request_id, at):
-- a lookup by request_id alone probes each day's index.
CREATE TABLE request_log (
    request_id   uuid NOT NULL,
    at           timestamptz NOT NULL,
    method       text NOT NULL,
    path         text NOT NULL,
    status       smallint NOT NULL,
    return_code  integer NOT NULL,
    return_msg   text NOT NULL,
    key_id       bigint,
    appkey       text,
    client_ip    inet,
    duration_ms  real NOT NULL,
    PRIMARY KEY (request_id, at)
) PARTITION BY RANGE (at);
CREATE INDEX request_log_at ON request_log (at);
CREATE INDEX request_log_key_at ON request_log (key_id, at) WHERE key_id IS NOT NULL;

-- The partition of one Korea day, request_log_YYYYMMDD, created unless it exists; its name.
CREATE FUNCTION request_log_partition(day date) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    name text := 'request_log_' || to_char(day, 'YYYYMMDD');
BEGIN
    EXECUTE format(
        'CREATE TABLE IF NOT EXISTS %I PARTITION OF request_log FOR VALUES FROM (%L) TO (%L)',
        name,
        day::timestamp AT TIME ZONE 'Asia/Seoul',
        (day + 1)::timestamp AT TIME ZONE 'Asia/Seoul'
    );
    RETURN name;
END
$$;

-- Drops the partitions of the Korea days before `day`; their names.
CREATE FUNCTION request_log_drop_before(day date) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    partition text;
BEGIN
    FOR partition IN
        SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'request_log'::regclass
          AND c.relname ~ '^request_log_[0-9]{8}$'
          AND c.relname < 'request_log_' || to_char(day, 'YYYYMMDD')
        ORDER BY c.relname
    LOOP
        EXECUTE format('DROP TABLE %I', partition);
        RETURN NEXT partition;
    END LOOP;
END
$$;

-- Every day that has rows, and the coming week.
SELECT request_log_partition(d::date)
FROM generate_series(
    LEAST(
        (SELECT (min(at) AT TIME ZONE 'Asia/Seoul')::date FROM request_log_unpartitioned),
        (now() AT TIME ZONE 'Asia/Seoul')::date
    ),
    (now() AT TIME ZONE 'Asia/Seoul')::date + 7,
    interval '1 day'
) AS d;

INSERT INTO request_log SELECT * FROM request_log_unpartitioned;
DROP TABLE request_log_unpartitioned;

-- Calls to the public API (token and data endpoints) per hour: what the dashboard's counts and
-- charts show. Kept beyond the request log's retention: a day is 24 small rows.
CREATE TABLE request_counts_hourly (
    hour      timestamptz PRIMARY KEY,
    requests  bigint NOT NULL,
    refusals  bigint NOT NULL
);

INSERT INTO request_counts_hourly (hour, requests, refusals)
SELECT date_trunc('hour', at, 'UTC'), count(*), count(*) FILTER (WHERE return_code <> 0)
FROM request_log
WHERE path LIKE '/asset-erp/%' OR path LIKE '/oauth2/%'
GROUP BY 1;
