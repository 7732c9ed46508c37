-- All keys of user $1, revoked ones included, newest first (the user's detail page).
/*:key_select*/
WHERE k.user_id = $1
ORDER BY k.created_at DESC, k.id DESC
