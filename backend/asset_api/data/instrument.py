"""GET .../instruments/{code} (spec `instrument`): the master record with its latest price.

Instruments are not granted per user: a key with the `market` scope sees every instrument of
its environment.
"""

import asyncpg

from asset_api.auth.principal import Principal
from asset_api.db import sql
from asset_api.errors import NotFound, echo

INSTRUMENT = sql.load(__package__, "instrument")


async def get_instrument(conn: asyncpg.Connection, *, caller: Principal, code: str) -> bytes:
    """The fields of InstrumentResponse as a JSON object."""
    row = await conn.fetchrow(INSTRUMENT, caller.env, code)
    if row is None:
        raise NotFound(f"종목 {echo(code)}")
    if row["price_date"] is None:
        # The response promises a latest price; an instrument loaded without any price has
        # none to give yet.
        raise NotFound(f"종목 {echo(code)}의 시세")
    return row["fields"]
