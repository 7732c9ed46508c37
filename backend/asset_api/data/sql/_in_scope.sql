-- The scope of a key on accounts `a`: the key's environment, and every account of it or only
-- those granted to the key's user. The slots say where the three come from (data/scope.py).
a.env = /*:env*/
AND (/*:all_accounts*/ OR EXISTS (
    SELECT 1 FROM user_accounts g WHERE g.user_id = /*:user_id*/ AND g.account_id = a.id))
