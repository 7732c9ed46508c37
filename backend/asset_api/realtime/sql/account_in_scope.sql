-- Whether the caller may subscribe to an account's streams: the account exists in the key's
-- environment and scope ($1-$3, data/scope.py). $4 the account number.
SELECT 1 FROM accounts a WHERE a.account_no = $4 AND /*:in_scope*/
