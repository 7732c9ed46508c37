-- One page of a stream's kept events after a seq, oldest first: the replay of a subscription
-- with last_seq. $1 env, $2 tr_id, $3 tr_key, $4 the seq the page starts after, $5 page size.
SELECT e.seq, /*:frame*/ AS frame
FROM realtime_events e
WHERE e.env = $1 AND e.tr_id = $2 AND e.tr_key = $3 AND e.seq > $4
ORDER BY e.seq
LIMIT $5
