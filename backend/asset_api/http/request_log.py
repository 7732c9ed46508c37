"""Request records (`request_log`), written to PostgreSQL off the request path in batches.

The request path only appends to a list; a background task copies the batch into
`request_log` every second and once more at shutdown. When the database is away, records
wait (up to a bound, oldest dropped first) rather than slowing or failing requests.
"""

import asyncio
import contextlib
import functools
import ipaddress
import logging
import uuid
from datetime import UTC, datetime

import asyncpg

from asset_api import metrics
from asset_api.db.pool import DATABASE_DOWN_ERRORS, Pool

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
    def __init__(self, pool: "Pool | None", *, interval: float = 1.0, max_pending: int = 100_000):
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
            metrics.usage_dropped()
        self.pending.append(
            (
                uuid.UUID(request_id),
                datetime.now(UTC),
                method,
                _storable(path, 500),
                status,
                return_code,
                _storable(return_msg, 500),
                key_id,
                _storable(appkey, 64),
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
            async with self.pool.acquire() as conn, conn.transaction():
                await conn.copy_records_to_table("request_log", records=batch, columns=COLUMNS)
                await _touch_keys(conn, batch)
        except DATABASE_DOWN_ERRORS:
            # Put the batch back in front; the bound in `record` keeps memory in check.
            self.pending = batch + self.pending
        except asyncpg.PostgresError:
            log.exception("dropping %d usage records that PostgreSQL refused", len(batch))
            metrics.usage_dropped(len(batch))


# Keys' last-used time and address, from the successful calls of the batch: one statement
# per flush instead of a write on every request.
TOUCH_KEYS = """
UPDATE api_keys k SET last_used_at = u.at, last_used_ip = u.ip
FROM (
    SELECT DISTINCT ON (key_id) key_id, at, ip
    FROM unnest($1::bigint[], $2::timestamptz[], $3::inet[]) AS t (key_id, at, ip)
    ORDER BY key_id, at DESC
) u
WHERE k.id = u.key_id AND (k.last_used_at IS NULL OR k.last_used_at < u.at)
"""
KEY_ID, AT, RETURN_CODE, CLIENT_IP = (
    COLUMNS.index(name) for name in ("key_id", "at", "return_code", "client_ip")
)


async def _touch_keys(conn: asyncpg.Connection, batch: list[tuple]) -> None:
    used = [r for r in batch if r[KEY_ID] is not None and r[RETURN_CODE] == 0]
    if used:
        await conn.execute(
            TOUCH_KEYS,
            [r[KEY_ID] for r in used],
            [r[AT] for r in used],
            [r[CLIENT_IP] for r in used],
        )


def _storable(text: str | None, limit: int) -> str | None:
    """`text` cut to `limit` characters, in a form PostgreSQL can store.

    A path (and a 404 message that echoes it) may hold a NUL, which PostgreSQL text refuses;
    one such record would make the whole batch fail and be dropped.
    """
    if text is None:
        return None
    text = text[:limit]
    if not text.isascii() or "\x00" in text:
        text = text.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")
    return text


@functools.lru_cache(maxsize=4096)  # callers repeat themselves; parsing is the slow part
def _parse_ip(value: str | None):
    if not value:
        return None
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None
