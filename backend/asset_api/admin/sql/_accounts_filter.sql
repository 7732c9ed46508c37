-- $1 env, $2 search text (part of the number, name or broker); NULL: no filter.
($1::text IS NULL OR a.env = $1)
AND ($2::text IS NULL
     OR strpos(a.account_no, $2) > 0
     OR strpos(lower(a.name), lower($2)) > 0
     OR strpos(lower(a.broker), lower($2)) > 0)
