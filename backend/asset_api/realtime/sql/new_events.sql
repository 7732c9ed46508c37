-- The events this process has not read yet of the streams it serves: for each stream
-- ($1 envs, $2 tr_ids, $3 tr_keys) the events after $4 (its cursor), oldest first, at most $5
-- rows in all (the dispatcher asks again while it gets full pages).
SELECT e.env, e.tr_id, e.tr_key, e.seq, /*:frame*/ AS frame
FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS s (env, tr_id, tr_key, after)
CROSS JOIN LATERAL (
    SELECT * FROM realtime_events e
    WHERE e.env = s.env AND e.tr_id = s.tr_id AND e.tr_key = s.tr_key AND e.seq > s.after
    ORDER BY e.seq
    LIMIT $5
) e
ORDER BY e.env, e.tr_id, e.tr_key, e.seq
LIMIT $5
