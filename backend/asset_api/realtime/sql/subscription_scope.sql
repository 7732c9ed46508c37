-- Whether keys may (still) have subscriptions, as the keys, their users and the grants are
-- now: for each row of ($1 key ids, $2 the streams' environments, $3 the scope each stream
-- needs, $4 tr_keys), in order, whether the key and its user have that scope, and whether the
-- tr_key exists in the key's scope: an account granted to its user ('accounts') or an
-- instrument ('market'), of the key's environment, which must still be the stream's. A key
-- that no longer exists yields no row (its connections close: refused_keys.sql).
SELECT s.n, s.scope = ANY (k.scopes) AND s.scope = ANY (u.scopes) AS scope_granted,
       s.env = k.env AND CASE s.scope
           WHEN 'accounts' THEN EXISTS (
               SELECT 1 FROM accounts a WHERE a.account_no = s.tr_key AND /*:in_scope*/)
           ELSE EXISTS (SELECT 1 FROM instruments i WHERE i.env = k.env AND i.code = s.tr_key)
       END AS found
FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY
    AS s (key_id, env, scope, tr_key, n)
JOIN api_keys k ON k.id = s.key_id
JOIN api_users u ON u.id = k.user_id
ORDER BY s.n
