"""The realtime feed of one API process: its hub, its bus (the listening connection), its row
in the connection registry, and the watch that runs every second:

- PINGPONG to every connection every `realtime_ping_seconds`; a connection silent for
  `realtime_idle_seconds` is closed (4003), and so is one whose client has read nothing of
  what waits for it for as long (4002);
- every `realtime_key_check_seconds`, the keys with connections here are looked up: the
  connections of a revoked, disabled or expired key close (4001), and a subscription its key
  may no longer have (a grant or a scope taken away: realtime/scope.py) ends with an ack of
  1901 or 8010. Every process does this for its own connections, so a change reaches them all
  within that bound plus a second.
"""

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

import asyncpg

from asset_api.background import stop_task
from asset_api.db import sql
from asset_api.db.pool import DATABASE_DOWN_ERRORS, Lease, Pool
from asset_api.realtime import protocol, scope
from asset_api.realtime.bus import Bus
from asset_api.realtime.hub import Connection, Hub, Subscription
from asset_api.realtime.registry import ProcessRecord
from asset_api.settings import Settings

log = logging.getLogger(__name__)

REFUSED_KEYS = sql.load(__package__, "refused_keys")
WATCH_TICK_SECONDS = 1.0


class Feed:
    def __init__(self, settings: Settings, pepper: bytes, pool_of: Callable[[], Pool]):
        self.settings = settings
        self.pepper = pepper
        self.pool_of = pool_of  # the app's pool exists only once the lifespan has started
        self.hub = Hub()
        self.process = ProcessRecord()
        self.bus: Bus | None = None
        self._watch: asyncio.Task | None = None
        self._next_key_check = 0.0

    def pool_connection(self) -> Lease:
        return self.pool_of().acquire(timeout=self.settings.db_connect_timeout)

    async def start(self, dsn: str) -> None:
        self.bus = Bus(dsn, self.hub)
        self.bus.start()
        self._watch = asyncio.create_task(self._watch_loop(), name="realtime watch")

    async def stop(self) -> None:
        for connection in list(self.hub.connections):
            connection.close(protocol.CLOSE_GOING_AWAY)
        await stop_task(self._watch)
        if self.bus is not None:
            await self.bus.stop()
        with contextlib.suppress(*DATABASE_DOWN_ERRORS, asyncpg.PostgresError):
            async with self.pool_connection() as conn:
                await self.process.delete(conn)

    def connect(self, client_ip: str | None) -> Connection:
        connection = Connection(
            client_ip=client_ip, max_buffer_bytes=self.settings.realtime_send_buffer_bytes
        )
        self.hub.connections.add(connection)
        return connection

    async def disconnect(self, connection: Connection) -> None:
        self.hub.connections.discard(connection)
        if connection.principal is None:
            return
        with contextlib.suppress(*DATABASE_DOWN_ERRORS, asyncpg.PostgresError):
            async with self.pool_connection() as conn:
                await self.process.remove_connection(conn, connection.id)

    async def _watch_loop(self) -> None:
        while True:
            await asyncio.sleep(WATCH_TICK_SECONDS)
            self.beat_connections(time.monotonic())
            try:
                await self.check_keys()
            except (*DATABASE_DOWN_ERRORS, asyncpg.PostgresError) as exc:
                log.warning("realtime key check postponed: %s", exc)

    def beat_connections(self, now: float) -> None:
        settings = self.settings
        for connection in self.hub.connections:
            if connection.outbox:  # frames wait: the client is judged by its reading
                if now - connection.last_sent >= settings.realtime_idle_seconds:
                    connection.close(protocol.CLOSE_SLOW_READER)
            elif connection.quiet_for(now) >= settings.realtime_idle_seconds:
                connection.close(protocol.CLOSE_SILENT)
            elif now - connection.last_ping >= settings.realtime_ping_seconds:
                connection.last_ping = now
                connection.push(protocol.PINGPONG_FRAME)

    async def check_keys(self) -> None:
        now = time.monotonic()
        if now < self._next_key_check:
            return
        self._next_key_check = now + self.settings.realtime_key_check_seconds
        bound = self.hub.bound_keys()
        subscriptions = self._open_subscriptions()
        wanted = list(subscriptions)
        async with self.pool_connection() as conn:
            await self.process.beat(conn)
            refused = await refused_keys(conn, bound)
            refusals = await scope.refusals(conn, wanted)
        for row in refused:
            closed = self.hub.close_key(row["id"], row["env"], protocol.CLOSE_KEY_REFUSED)
            log.info("closed %d realtime connections of key %d", closed, row["id"])
        for held, refusal in zip(wanted, refusals, strict=True):
            for subscription in subscriptions[held] if refusal is not None else ():
                self.hub.end(subscription, refusal)

    def _open_subscriptions(self) -> dict[scope.Wanted, list[Subscription]]:
        """The subscriptions of this process's connections, by what their keys hold."""
        held: dict[scope.Wanted, list[Subscription]] = {}
        for connection in self.hub.connections:
            if connection.principal is None:
                continue
            key_id = connection.principal.key_id
            for subscription in connection.subscriptions.values():
                stream = subscription.stream
                wanted = scope.Wanted(key_id, stream.env, stream.tr_id, stream.tr_key)
                held.setdefault(wanted, []).append(subscription)
        return held


async def refused_keys(conn: asyncpg.Connection, bound: list[tuple[int, str]]) -> list:
    """Of the (key id, environment) pairs of this process's connections, the rows (id, env) of
    those whose connections must close."""
    if not bound:
        return []
    return await conn.fetch(
        REFUSED_KEYS, [key_id for key_id, _ in bound], [env for _, env in bound]
    )
