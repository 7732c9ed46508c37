"""The data scope of a key, applied inside every account query's WHERE clause.

`env = $env AND ($all_accounts OR EXISTS a grant)`: an account outside the scope is therefore
indistinguishable from one that does not exist; both are NotFound (1901).
"""

from asset_api.auth.principal import Principal
from asset_api.db import sql

# The scope predicate of the account statements' /*:in_scope*/ slot, on accounts `a`:
# $1 env, $2 all_accounts, $3 user id (the parameters of `scope_args`).
IN_SCOPE = sql.load(
    __package__, "_in_scope", env="$1", all_accounts="$2::boolean", user_id="$3::bigint"
)
# The same predicate for the key `k` of user `u` as they are now in the database (api_keys,
# api_users), for a statement that checks many keys at once.
IN_SCOPE_OF_KEY = sql.load(
    __package__, "_in_scope", env="k.env", all_accounts="u.all_accounts", user_id="u.id"
)
# The account of the report statements' /*:report_account*/ slot: `a.id, a.env,
# history_complete` of the account $4 in the caller's scope.
REPORT_ACCOUNT = sql.load(__package__, "_report_account", in_scope=IN_SCOPE)


def scope_args(caller: Principal) -> tuple[str, bool, int]:
    return caller.env, caller.all_accounts, caller.user_id
