"""The asyncpg pool, opened and closed in the app's lifespan."""

import json
import logging

import asyncpg

from asset_api.settings import Settings

log = logging.getLogger(__name__)

# Errors that mean "the database is not reachable right now", as opposed to a bad query.
# They become 9001 for the client; the pool replaces broken connections on the next acquire.
DATABASE_DOWN_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.CannotConnectNowError,
    asyncpg.exceptions.OperatorInterventionError,
    asyncpg.exceptions.InternalClientError,
)

# Errors that mean "PostgreSQL cannot store this text" (a NUL, a lone surrogate): the request
# is at fault, so 1501, not a 500.
UNSTORABLE_INPUT_ERRORS: tuple[type[BaseException], ...] = (
    asyncpg.exceptions.CharacterNotInRepertoireError,
    asyncpg.exceptions.UntranslatableCharacterError,
    UnicodeEncodeError,
)


async def _init_connection(conn: asyncpg.Connection) -> None:
    await conn.set_type_codec("jsonb", encoder=json.dumps, decoder=json.loads, schema="pg_catalog")
    await conn.set_type_codec("json", encoder=json.dumps, decoder=json.loads, schema="pg_catalog")


async def _reset_connection(conn: asyncpg.Connection) -> None:
    """Nothing beyond what asyncpg always does (roll back a transaction left open).

    asyncpg's default reset adds a round trip on every release (unlock advisory locks, close
    cursors, UNLISTEN, RESET ALL). Nothing here leaves such session state: the migration lock
    is released by the code that takes it, and no code LISTENs or SETs.
    """


async def connect(dsn: str) -> asyncpg.Connection:
    """A single connection with the pool's codecs, for the CLI and start-up work."""
    conn = await asyncpg.connect(dsn, server_settings={"timezone": "UTC"})
    await _init_connection(conn)
    return conn


async def create_pool(dsn: str, settings: Settings) -> asyncpg.Pool:
    # min_size=0 lets the app start while the database is away (it answers 9001 until it is
    # back); `warm_up` then opens the usual connections when it can.
    pool = await asyncpg.create_pool(
        dsn,
        min_size=0,
        max_size=settings.db_pool_max,
        init=_init_connection,
        reset=_reset_connection,
        timeout=settings.db_connect_timeout,
        command_timeout=settings.db_command_timeout,
        server_settings={
            "application_name": "asset-api",
            "timezone": "UTC",
            # The hot-path queries are prepared once per connection and keyed by their
            # parameters; a generic plan saves re-planning (~180 µs) on every call.
            "plan_cache_mode": "force_generic_plan",
        },
    )
    await warm_up(pool, settings.db_pool_min)
    return pool


async def warm_up(pool: asyncpg.Pool, count: int) -> None:
    conns = []
    try:
        for _ in range(count):
            conns.append(await pool.acquire())
    except DATABASE_DOWN_ERRORS as exc:
        log.warning("database not reachable at start (%s); serving 9001 until it is", exc)
    finally:
        for conn in conns:
            await pool.release(conn)
