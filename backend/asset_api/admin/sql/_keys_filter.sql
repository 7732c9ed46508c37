-- $1 user id, $2 status, $3 "expiring within this many days" (active keys only); NULL: any.
($1::bigint IS NULL OR k.user_id = $1)
AND ($2::text IS NULL OR k.status = $2)
AND ($3::int IS NULL OR (k.status = 'active' AND k.expires_at > now()
                         AND k.expires_at <= now() + make_interval(days => $3)))
