-- An API user as the admin API shows it (users `u`); key_count counts the keys that can still
-- be used again: revoked ones are history.
u.id AS user_id, u.name, u.email, u.status, u.all_accounts, u.scopes,
(SELECT count(*) FROM api_keys k WHERE k.user_id = u.id AND k.status <> 'revoked') AS key_count,
u.created_at
