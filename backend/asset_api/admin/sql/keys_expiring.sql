-- Active keys that expire within $1 days, soonest first, at most $2 (the dashboard).
/*:key_select*/
WHERE k.status = 'active' AND k.expires_at > now()
  AND k.expires_at <= now() + make_interval(days => $1)
ORDER BY k.expires_at, k.id
LIMIT $2
