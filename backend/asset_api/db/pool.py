"""The connection pool, opened and closed in the app's lifespan, and the database errors."""

import asyncio
import collections
import contextlib
import json
import logging

import asyncpg

from asset_api.errors import AppError
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


async def connect(dsn: str) -> asyncpg.Connection:
    """A single connection with the pool's codecs, for the CLI and start-up work."""
    conn = await asyncpg.connect(dsn, server_settings={"timezone": "UTC"})
    await _init_connection(conn)
    return conn


# Exceptions that leave a connection as usable as before: PostgreSQL refused a statement (the
# protocol is back in sync, a transaction block rolled back), asyncpg refused an argument
# before sending it, or the code raised its own error between queries. After anything else
# (a cancelled or timed-out query, a broken socket, a bug) the connection is thrown away.
REUSABLE_AFTER: tuple[type[BaseException], ...] = (
    AppError,
    asyncpg.PostgresError,
    asyncpg.exceptions.DataError,
    UnicodeError,
)


class Pool:
    """Up to `max_size` asyncpg connections, handed out last-in first-out.

    Why not asyncpg.Pool: every acquire there runs under `wait_for` (a timeout scope) and every
    release under `asyncio.shield` (a task of its own) plus a reset, about 20 µs of the data
    call's CPU and an extra turn of the event loop. Here taking an idle connection and giving
    it back are a list pop and a list append; only waiting for one (all busy) or opening one
    costs more. A connection is opened when none is idle and the pool has room, so the pool
    starts while the database is away (it answers 9001 until it is back), and one that broke
    (a restart, an outage) is dropped and replaced on a later acquire.

    A connection goes back without a reset (asyncpg's costs a round trip: unlock advisory
    locks, UNLISTEN, RESET ALL): nothing here leaves session state behind. The migration lock
    is released by the code that takes it, the price triggers' lock is transaction-scoped,
    and no code LISTENs or SETs. One left inside a transaction is thrown away.
    """

    def __init__(self, dsn: str, *, max_size: int, connect_timeout: float,
                 command_timeout: float | None, server_settings: dict[str, str],
                 statement_cache_size: int = 100):  # fmt: skip
        self.dsn = dsn
        self.statement_cache_size = statement_cache_size
        self.max_size = max_size
        self.connect_timeout = connect_timeout
        self.command_timeout = command_timeout
        self.server_settings = server_settings
        self._idle: list[asyncpg.Connection] = []
        # Acquirers waiting for a connection; each gets one, or None: "open one in my place".
        self._waiters: collections.deque[asyncio.Future] = collections.deque()
        self._size = 0  # connections open, being opened, or promised to a waiter
        self._closed = False

    def acquire(self, *, timeout: float | None = None) -> "Lease":
        """`async with pool.acquire(timeout=...) as conn:`; TimeoutError when none comes."""
        return Lease(self, timeout)

    async def take(self, wait_limit: float | None) -> asyncpg.Connection:
        if self._closed:
            raise asyncpg.InterfaceError("the connection pool is closed")
        while self._idle:
            conn = self._idle.pop()
            if not conn.is_closed():
                return conn
            self._size -= 1  # closed while idle: the server went away or restarted
        if self._size < self.max_size:
            self._size += 1
        else:
            conn = await self._wait_for_release(wait_limit)
            if conn is not None:
                return conn
        try:
            return await self._open(wait_limit)
        except BaseException:
            self._pass_on(None)
            raise

    def give_back(self, conn: asyncpg.Connection, *, reusable: bool = True) -> None:
        if not reusable or self._closed or conn.is_closed() or conn.is_in_transaction():
            conn.terminate()
            self._pass_on(None)
        else:
            self._pass_on(conn)

    def usage(self) -> tuple[int, int, int]:
        """(in use, idle, waiting acquirers), for the pool gauges of GET /metrics."""
        idle = len(self._idle)
        return self._size - idle, idle, len(self._waiters)

    async def warm_up(self, count: int) -> None:
        """Open connections until `count` are idle (or the database refuses)."""
        opened = []
        try:
            while len(self._idle) + len(opened) < min(count, self.max_size):
                opened.append(await self.take(self.connect_timeout))
        except DATABASE_DOWN_ERRORS as exc:
            log.warning("database not reachable at start (%s); serving 9001 until it is", exc)
        finally:
            for conn in opened:
                self.give_back(conn)

    async def close(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_exception(asyncpg.InterfaceError("the connection pool is closed"))
        for conn in idle:
            try:
                await conn.close(timeout=self.connect_timeout)
            except (*DATABASE_DOWN_ERRORS, asyncpg.PostgresError):
                conn.terminate()

    async def _wait_for_release(self, wait_limit: float | None) -> asyncpg.Connection | None:
        loop = asyncio.get_running_loop()
        waiter = loop.create_future()
        self._waiters.append(waiter)
        # A bare timer rather than asyncio.timeout(): under load most acquirers wait here.
        timer = None if wait_limit is None else loop.call_later(wait_limit, _time_out, waiter)
        try:
            return await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self._pass_on(waiter.result())  # handed over just as this acquirer gave up
            else:
                waiter.cancel()
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
            raise
        finally:
            if timer is not None:
                timer.cancel()

    async def _open(self, wait_limit: float | None) -> asyncpg.Connection:
        async with asyncio.timeout(wait_limit or self.connect_timeout):
            conn = await asyncpg.connect(
                self.dsn,
                command_timeout=self.command_timeout,
                server_settings=self.server_settings,
                statement_cache_size=self.statement_cache_size,
            )
            try:
                await _init_connection(conn)
            except BaseException:
                conn.terminate()
                raise
        return conn

    def _pass_on(self, conn: asyncpg.Connection | None) -> None:
        """A connection (or, with None, the room for one) to the first waiter, else back."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(conn)
                return
        if conn is None:
            self._size -= 1
        else:
            self._idle.append(conn)


def _time_out(waiter: asyncio.Future) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError("no database connection became free in time"))


class Lease:
    """One use of a pooled connection, as an async context manager."""

    __slots__ = ("pool", "timeout", "conn")

    def __init__(self, pool: Pool, timeout: float | None):
        self.pool = pool
        self.timeout = timeout

    async def __aenter__(self) -> asyncpg.Connection:
        self.conn = await self.pool.take(self.timeout)
        return self.conn

    async def __aexit__(self, exc_type, exc, tb) -> None:
        self.pool.give_back(self.conn, reusable=exc is None or isinstance(exc, REUSABLE_AFTER))


async def create_pool(dsn: str, settings: Settings, *, warm: bool = True) -> Pool:
    pool = Pool(
        dsn,
        max_size=settings.db_pool_max,
        connect_timeout=settings.db_connect_timeout,
        command_timeout=settings.db_command_timeout,
        statement_cache_size=settings.db_statement_cache_size,
        server_settings={
            "application_name": "asset-api",
            "timezone": "UTC",
            # The hot-path queries are prepared once per connection and keyed by their
            # parameters; a generic plan saves re-planning (~180 µs) on every call.
            "plan_cache_mode": "force_generic_plan",
        },
    )
    if warm:
        await pool.warm_up(settings.db_pool_min)
    return pool
