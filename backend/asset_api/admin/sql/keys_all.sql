-- Every key, or every key of user $1, oldest first (`asset-api keys list`).
/*:key_select*/
WHERE $1::bigint IS NULL OR k.user_id = $1
ORDER BY k.id
