-- One batch of events past the retention ($1 seconds), at most $2 rows: housekeeping deletes
-- in batches so that no run holds locks or writes WAL for long.
DELETE FROM realtime_events
WHERE ctid IN (
    SELECT ctid FROM realtime_events
    WHERE created_at < now() - make_interval(secs => $1)
    LIMIT $2
)
