"""The registry of open websocket connections across processes, for the admin screens.

Each process has a row in realtime_processes that it beats every few seconds, and a row in
realtime_connections per connection bound to a key. Counts read the view
realtime_open_connections (migration 0008), which takes only the connections of processes
that beat in the last 15 seconds: a process that died (no chance to delete its rows) stops
being counted within that bound, and housekeeping deletes its rows later.
"""

import os
import socket
import uuid

import asyncpg

# Rows of processes silent for this long are deleted (their connections with them).
FORGET_SECONDS = 300

BEAT_PROCESS = """
INSERT INTO realtime_processes (id, host, pid) VALUES ($1, $2, $3)
ON CONFLICT (id) DO UPDATE SET beat_at = now()
"""
DELETE_PROCESS = "DELETE FROM realtime_processes WHERE id = $1"
INSERT_CONNECTION = """
INSERT INTO realtime_connections (id, process_id, key_id, client_ip) VALUES ($1, $2, $3, $4)
"""
DELETE_CONNECTION = "DELETE FROM realtime_connections WHERE id = $1"
DELETE_STALE_PROCESSES = """
DELETE FROM realtime_processes WHERE beat_at < now() - make_interval(secs => $1)
"""


class ProcessRecord:
    """This process's row: created at start, beaten by the feed's watch, deleted at stop."""

    def __init__(self) -> None:
        self.id = uuid.uuid4()
        self.host = socket.gethostname()[:200]
        self.pid = os.getpid()

    async def beat(self, conn: asyncpg.Connection) -> None:
        # An upsert: a row deleted as stale (the database was away a while) comes back.
        await conn.execute(BEAT_PROCESS, self.id, self.host, self.pid)

    async def delete(self, conn: asyncpg.Connection) -> None:
        await conn.execute(DELETE_PROCESS, self.id)

    async def add_connection(
        self, conn: asyncpg.Connection, *, connection_id: uuid.UUID, key_id: int,
        client_ip: str | None,
    ) -> None:  # fmt: skip
        await self.beat(conn)
        await conn.execute(INSERT_CONNECTION, connection_id, self.id, key_id, client_ip)

    async def remove_connection(self, conn: asyncpg.Connection, connection_id: uuid.UUID) -> None:
        await conn.execute(DELETE_CONNECTION, connection_id)


async def delete_stale_processes(conn: asyncpg.Connection) -> None:
    await conn.execute(DELETE_STALE_PROCESSES, FORGET_SECONDS)
