"""Request records (`request_log`), written to PostgreSQL off the request path in batches,
and what keeps the log bounded.

The request path only appends to a list; a background task copies the batch into
`request_log` every second and once more at shutdown, and adds the batch's calls to the hourly
rollups the dashboard reads (`request_counts_hourly`), in the same transaction. When the
database is away, records wait (up to a bound, oldest dropped first) rather than slowing or
failing requests.

The log is partitioned by Korea day (migration 0006). `keep_partitions`, a housekeeping job,
creates the partitions of the coming days and drops those past `request_log_days`: whole
tables, so retention costs no DELETE and leaves no bloat.
"""

import asyncio
import functools
import ipaddress
import logging
from datetime import UTC, date, datetime, timedelta

import asyncpg

from asset_api import metrics
from asset_api.background import stop_task
from asset_api.db import sql
from asset_api.db.pool import DATABASE_DOWN_ERRORS, Pool
from asset_api.domain import KOREA

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

    def record(self, *, request_id: str, method: str, path: str, status: int,
               return_code: int, return_msg: str, key_id: int | None, appkey: str | None,
               client_ip: str | None, duration_ms: float) -> None:  # fmt: skip
        """One request's record (the arguments of `record_row`, but `at`: now). Named one by
        one rather than passed on as **fields: this runs on every request."""
        if len(self.pending) >= self.max_pending:
            self.pending.pop(0)
            self.dropped += 1
            metrics.usage_dropped()
        self.pending.append(
            record_row(
                request_id=request_id,
                at=datetime.now(UTC),
                method=method,
                path=path,
                status=status,
                return_code=return_code,
                return_msg=return_msg,
                key_id=key_id,
                appkey=appkey,
                client_ip=client_ip,
                duration_ms=duration_ms,
            )
        )

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="usage-recorder")

    async def stop(self) -> None:
        await stop_task(self._task)
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
                try:
                    await write_records(conn, batch)
                except asyncpg.CheckViolationError:
                    # A day without its partition (the housekeeping job had not run yet).
                    await make_partitions(conn, {_korea_day(r[AT]) for r in batch})
                    await write_records(conn, batch)
        except DATABASE_DOWN_ERRORS:
            # Put the batch back in front; the bound in `record` keeps memory in check.
            self.pending = batch + self.pending
        except asyncpg.PostgresError:
            log.exception("dropping %d usage records that PostgreSQL refused", len(batch))
            metrics.usage_dropped(len(batch))


def record_row(*, request_id: str, at: datetime, method: str, path: str, status: int,
               return_code: int, return_msg: str, key_id: int | None, appkey: str | None,
               client_ip: str | None, duration_ms: float) -> tuple:  # fmt: skip
    """A request_log row (COLUMNS), its text in a form PostgreSQL can store. The request id
    stays text (ours, from uuid4): asyncpg's uuid codec reads it as it encodes the row."""
    return (
        request_id,
        at,
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


async def write_records(conn: asyncpg.Connection, batch: list[tuple]) -> None:
    """The rows into request_log, their calls into the hourly rollups and the keys' last use,
    in one transaction."""
    async with conn.transaction():
        await conn.copy_records_to_table(
            "request_log", records=_yielding_between_slices(batch), columns=COLUMNS
        )
        await _count_hourly(conn, batch)
        await _touch_keys(conn, batch)


# How many rows asyncpg encodes for COPY between two turns of the event loop. It encodes in
# the event loop, and a second's batch at once (thousands of rows) held every
# request of the process up for tens of milliseconds: the p99 of every endpoint.
COPY_SLICE_ROWS = 250


async def _yielding_between_slices(batch: list[tuple]):
    for start in range(0, len(batch), COPY_SLICE_ROWS):
        for row in batch[start : start + COPY_SLICE_ROWS]:
            yield row
        await asyncio.sleep(0)


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
KEY_ID, AT, PATH, RETURN_CODE, CLIENT_IP = (
    COLUMNS.index(name) for name in ("key_id", "at", "path", "return_code", "client_ip")
)
COUNT_HOURLY = sql.load(
    __package__, "request_counts_add", public_api_paths=sql.load(__package__, "_public_api_paths")
)


async def _count_hourly(conn: asyncpg.Connection, batch: list[tuple]) -> None:
    await conn.execute(
        COUNT_HOURLY, [r[AT] for r in batch], [r[PATH] for r in batch],
        [r[RETURN_CODE] for r in batch],
    )  # fmt: skip


async def _touch_keys(conn: asyncpg.Connection, batch: list[tuple]) -> None:
    # Each key's latest successful call of the batch, picked here: a flush holds thousands of
    # calls by a few keys, and three arrays of all of them cost more to encode and unnest.
    latest: dict[int, tuple] = {}
    for r in batch:
        if r[KEY_ID] is not None and r[RETURN_CODE] == 0:
            seen = latest.get(r[KEY_ID])
            if seen is None or seen[AT] <= r[AT]:
                latest[r[KEY_ID]] = r
    if latest:
        used = list(latest.values())
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


# --- retention ------------------------------------------------------------------------------

# Partitions made ahead of time, so a batch always has its day's table (and a process that was
# down for a while finds them at its start).
DAYS_AHEAD = 7
# Makes the runs of every process take turns: any fixed number, the same in each of them.
PARTITIONS_LOCK_ID = 7_231_006
CREATE_PARTITIONS = "SELECT request_log_partition(d) FROM unnest($1::date[]) AS d"
DROP_PARTITIONS = "SELECT request_log_drop_before($1::date)"


async def keep_partitions(conn: asyncpg.Connection, *, days: int) -> list[str]:
    """The partitions of today and the coming week exist; those of the days that ended more
    than `days` days ago are dropped (their names returned). Each drop waits at most a few
    seconds for the writers of the log (a later round tries again)."""
    today = korea_today()
    async with conn.transaction():
        if not await conn.fetchval("SELECT pg_try_advisory_xact_lock($1)", PARTITIONS_LOCK_ID):
            return []  # another process is at it
        await conn.execute("SET LOCAL lock_timeout = '5s'")
        await make_partitions(conn, {today + timedelta(days=n) for n in range(DAYS_AHEAD + 1)})
        rows = await conn.fetch(DROP_PARTITIONS, today - timedelta(days=days))
    dropped = [row[0] for row in rows]
    if dropped:
        log.info("request log: dropped %s", ", ".join(dropped))
    return dropped


def korea_today() -> date:
    return datetime.now(KOREA).date()


async def make_partitions(conn: asyncpg.Connection, days: set[date]) -> None:
    """The partitions of these Korea days, where missing (one process at a time)."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", PARTITIONS_LOCK_ID)
        await conn.execute(CREATE_PARTITIONS, sorted(days))


def _korea_day(at: datetime) -> date:
    return at.astimezone(KOREA).date()
