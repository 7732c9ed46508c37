"""PostgreSQL as the bus: one dedicated connection per process LISTENs on `realtime` and reads
each new event of the streams this process serves once, then hands it to the hub.

The triggers of migration 0008 write the events and NOTIFY the heads of the streams they
wrote; the notification arrives after the commit. The listener marks the streams it serves as
dirty; the dispatcher reads their events after its cursors on the same connection (a pooled
one must never LISTEN: db/pool.py). A lost connection is opened again, with a backoff, and
every stream is read once more, so a notification missed meanwhile delays an event but never
loses it.
"""

import asyncio
import contextlib
import logging

import asyncpg

from asset_api.background import stop_task
from asset_api.db import sql
from asset_api.db.pool import DATABASE_DOWN_ERRORS
from asset_api.realtime.hub import Hub, Stream

log = logging.getLogger(__name__)

CHANNEL = "realtime"
FRAME = sql.load(__package__, "_frame")
NEW_EVENTS = sql.load(__package__, "new_events", frame=FRAME)
PAGE_ROWS = 1000
RECONNECT_DELAYS = (0.5, 1, 2, 5)  # seconds, then the last one again
# A wait for work is cut this often to look at the connection (a dead socket wakes nobody).
IDLE_CHECK_SECONDS = 5.0


def parse_notification(payload: str) -> list[tuple[Stream, int]]:
    """The "env tr_id tr_key seq" lines of a notification; anything else is skipped."""
    heads = []
    for line in payload.splitlines():
        parts = line.split(" ")
        if len(parts) == 4 and parts[3].isdigit():
            heads.append((Stream(parts[0], parts[1], parts[2]), int(parts[3])))
    return heads


class Bus:
    def __init__(self, dsn: str, hub: Hub):
        self.dsn = dsn
        self.hub = hub
        self.connected = asyncio.Event()
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="realtime bus")

    async def stop(self) -> None:
        await stop_task(self._task)

    async def _run(self) -> None:
        failures = 0
        while True:
            try:
                conn = await asyncpg.connect(
                    self.dsn, server_settings={"application_name": "asset-api realtime"}
                )
            except DATABASE_DOWN_ERRORS as exc:
                delay = RECONNECT_DELAYS[min(failures, len(RECONNECT_DELAYS) - 1)]
                failures += 1
                log.warning("realtime listener cannot connect (%s); again in %ss", exc, delay)
                await asyncio.sleep(delay)
                continue
            failures = 0
            try:
                await self._serve(conn)
            except (*DATABASE_DOWN_ERRORS, asyncpg.PostgresError) as exc:
                log.warning("realtime listener lost its connection: %s", exc)
            finally:
                self.connected.clear()
                conn.terminate()

    async def _serve(self, conn: asyncpg.Connection) -> None:
        await conn.add_listener(CHANNEL, self._on_notification)
        self.connected.set()
        self.hub.mark_all_dirty()  # whatever was notified while no one listened
        while not conn.is_closed():
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(IDLE_CHECK_SECONDS):
                    await self.hub.wake.wait()
            self.hub.wake.clear()
            await self._read_dirty(conn)
        raise asyncpg.InterfaceError("the listening connection was closed")

    def _on_notification(self, conn, pid, channel, payload: str) -> None:
        for stream, seq in parse_notification(payload):
            self.hub.notified(stream, seq)

    async def _read_dirty(self, conn: asyncpg.Connection) -> None:
        hub = self.hub
        while hub.dirty:
            streams = [s for s in hub.dirty if hub.has(s)]
            hub.dirty.clear()
            if not streams:
                return
            rows = await conn.fetch(
                NEW_EVENTS,
                [s.env for s in streams],
                [s.tr_id for s in streams],
                [s.tr_key for s in streams],
                [hub.streams[s].cursor if hub.has(s) else 0 for s in streams],
                PAGE_ROWS,
            )
            for row in rows:
                hub.deliver(
                    Stream(row["env"], row["tr_id"], row["tr_key"]), row["seq"], row["frame"]
                )
            if len(rows) == PAGE_ROWS:  # more to read: the streams are asked again
                hub.dirty.update(s for s in streams if hub.has(s))
