-- The scope of a key on accounts `a`: $1 env, $2 all_accounts, $3 user id (data/scope.py).
a.env = $1
AND ($2::boolean OR EXISTS (
    SELECT 1 FROM user_accounts g WHERE g.user_id = $3::bigint AND g.account_id = a.id))
