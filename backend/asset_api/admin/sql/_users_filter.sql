-- $1 search text (part of the name or e-mail, or the exact id), $2 status; NULL: no filter.
-- strpos instead of LIKE, so a search for "50%" or "a_b" means those characters.
($1::text IS NULL
 OR strpos(lower(u.name), lower($1)) > 0
 OR strpos(lower(COALESCE(u.email, '')), lower($1)) > 0
 OR u.id::text = $1)
AND ($2::text IS NULL OR u.status = $2)
