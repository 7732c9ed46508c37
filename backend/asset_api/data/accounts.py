"""GET /asset-erp/v1/accounts (spec `accounts`): the accounts the caller's key may see."""

import asyncpg

from asset_api.auth.principal import Principal
from asset_api.data.scope import IN_SCOPE, scope_args
from asset_api.db import sql

LIST_ACCOUNTS = sql.load(__package__, "accounts", in_scope=IN_SCOPE)


async def list_accounts(conn: asyncpg.Connection, *, caller: Principal) -> list[bytes]:
    """The caller's accounts, each as the JSON of AccountsAccountsItem."""
    return [row["item"] for row in await conn.fetch(LIST_ACCOUNTS, *scope_args(caller))]
