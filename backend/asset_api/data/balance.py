"""GET .../accounts/{account_no}/balance (spec `balance`): summary and holdings, valued in one
statement. Summary figures and rates are computed by PostgreSQL in exact numeric arithmetic;
integers stay integers, rates are decimal strings."""

import asyncpg

from asset_api.auth.principal import Principal
from asset_api.data.scope import IN_SCOPE, scope_args
from asset_api.db import sql
from asset_api.errors import NotFound, echo

BALANCE = sql.load(__package__, "balance", in_scope=IN_SCOPE)


async def get_balance(conn: asyncpg.Connection, *, caller: Principal, account_no: str) -> bytes:
    """The fields of BalanceResponse as a JSON object."""
    fields = await conn.fetchval(BALANCE, *scope_args(caller), account_no)
    if fields is None:
        raise NotFound(f"계좌 {echo(account_no)}")
    return fields
