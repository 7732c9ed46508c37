"""Request records, written to PostgreSQL off the request path in batches.

The request path only appends to a list; a background task copies the batch into
`request_log` every second and once more at shutdown. When the database is away, records
wait (up to a bound, oldest dropped first) rather than slowing or failing requests.
"""

import asyncio
import contextlib
import ipaddress
import logging
import uuid
from datetime import UTC, datetime

import asyncpg

from asset_api.db.pool import DATABASE_DOWN_ERRORS

log = logging.getLogger(__name__)

COLUMNS = (
    "request_id",
    "at",
    "method",
    "path",
    "status",
    "return_code",
    "return_msg",
    "key_id",
    "appkey",
    "client_ip",
    "duration_ms",
)


class UsageRecorder:
    def __init__(self, pool: asyncpg.Pool, *, interval: float = 1.0, max_pending: int = 100_000):
        self.pool = pool
        self.interval = interval
        self.max_pending = max_pending
        self.pending: list[tuple] = []
        self.dropped = 0
        self._task: asyncio.Task | None = None

    def record(self, *, request_id, method, path, status, return_code, return_msg, key_id,
               appkey, client_ip, duration_ms) -> None:  # fmt: skip
        if len(self.pending) >= self.max_pending:
            self.pending.pop(0)
            self.dropped += 1
        self.pending.append(
            (
                uuid.UUID(request_id),
                datetime.now(UTC),
                method,
                path[:500],
                status,
                return_code,
                return_msg[:500],
                key_id,
                appkey,
                _parse_ip(client_ip),
                duration_ms,
            )
        )

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="usage-recorder")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.flush()

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            await self.flush()

    async def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        try:
            async with self.pool.acquire() as conn:
                await conn.copy_records_to_table("request_log", records=batch, columns=COLUMNS)
        except DATABASE_DOWN_ERRORS:
            # Put the batch back in front; the bound in `record` keeps memory in check.
            self.pending = batch + self.pending
        except asyncpg.PostgresError:
            log.exception("dropping %d usage records that PostgreSQL refused", len(batch))


def _parse_ip(value: str | None):
    if not value:
        return None
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None
