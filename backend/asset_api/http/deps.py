"""The dependencies every domain's routes share, as Annotated aliases, so handler signatures
read like plain types. Each domain adds its own (auth/deps.py: callers of the data endpoints;
admin/deps.py: the admin behind a session)."""

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, TypeVar

import asyncpg
from fastapi import Depends, Request

from asset_api.db.pool import Lease
from asset_api.db.replicas import REPLICA_FAILURES
from asset_api.settings import Settings

T = TypeVar("T")


def connection(request: Request) -> Lease:
    """`async with connection(request) as conn:` a pooled connection, waiting for one no
    longer than `db_connect_timeout` (then 9001).

    The data handlers take theirs this way, inside the handler, rather than through `Conn`:
    same pool, same timeout, same errors, but without FastAPI's machinery for dependencies
    with `yield` (about 55 µs a request), and the connection goes back to the pool before the
    response is sent rather than after.
    """
    state = request.app.state
    return state.pool.acquire(timeout=state.settings.db_connect_timeout)


async def read_query(request: Request, query: Callable[..., Awaitable[T]], /, **arguments) -> T:
    """`await query(conn, **arguments)` on a read replica that is up and within the allowed
    lag, else on the primary: the data endpoints' one statement (db/replicas.py).

    A replica that fails the statement (gone since its last check, or a recovery conflict)
    is skipped from then on and the statement runs again on the primary, so a replica's
    outage costs a data call time, never a 9001 while the primary is up.
    """
    state = request.app.state
    timeout = state.settings.db_connect_timeout
    replica = state.replicas.pick()
    if replica is not None:
        try:
            async with replica.pool.acquire(timeout=timeout) as conn:
                return await query(conn, **arguments)
        except REPLICA_FAILURES as exc:
            state.replicas.failed(replica, exc)
    async with state.pool.acquire(timeout=timeout) as conn:
        return await query(conn, **arguments)


async def get_conn(request: Request) -> AsyncIterator[asyncpg.Connection]:
    async with connection(request) as conn:
        yield conn


async def get_app_settings(request: Request) -> Settings:
    # async: FastAPI runs a plain `def` dependency in its thread pool, a hop per request.
    return request.app.state.settings


Conn = Annotated[asyncpg.Connection, Depends(get_conn)]
AppSettings = Annotated[Settings, Depends(get_app_settings)]
