"""Read replicas (ASSET_API_READ_DATABASE_URLS) for the data endpoints' one statement.

Only the data endpoints read here; everything that writes or must be fresh (tokens, keys,
revocations, rate limits, throttles, admin, the bearer lookup) uses the primary's pool.

Each process measures its replicas every `replica_check_seconds`, not per request: one
`pg_current_wal_lsn()` on the primary, one replayed position on each replica. The primary's
positions of the last moments are kept with the time they were read, so a replica's lag is
the age of the newest primary position it has replayed: zero when it has everything the
primary had at this check (an idle primary does not make a replica look late, as
`now() - pg_last_xact_replay_timestamp()` would), at most one check interval more than the
truth otherwise. A replica that is down, fails a query, or is more than
`replica_max_lag_seconds` behind is skipped, the primary serving meanwhile, and measured
again at the next check.
"""

import asyncio
import collections
import logging
import time
from dataclasses import dataclass

import asyncpg

from asset_api import metrics
from asset_api.background import stop_task
from asset_api.db.pool import DATABASE_DOWN_ERRORS, Pool, create_pool
from asset_api.settings import Settings

log = logging.getLogger(__name__)

PRIMARY_POSITION = "SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint"
# On a server that is not in recovery (a primary given as a replica) the position is its own.
REPLAYED_POSITION = """
SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn()
        END - '0/0'::pg_lsn)::bigint
"""

# What a replica's failure looks like to a read: the server is away, or it cancelled the
# statement because replaying the primary's changes conflicted with it.
REPLICA_FAILURES: tuple[type[BaseException], ...] = (
    *DATABASE_DOWN_ERRORS,
    asyncpg.exceptions.SerializationError,
)


@dataclass(eq=False)
class Replica:
    name: str  # "replica-1", …: the metrics' database label (a URL may hold a password)
    pool: Pool
    healthy: bool = False
    lag_seconds: float | None = None


class ReplicaSet:
    """The replicas of one process and which of them may serve reads right now."""

    def __init__(self, primary: Pool, replicas: list[Replica], *, max_lag: float,
                 check_every: float, check_timeout: float):  # fmt: skip
        self.primary = primary
        self.replicas = replicas
        self.max_lag = max_lag
        self.check_every = check_every
        self.check_timeout = check_timeout
        self.serving: list[Replica] = []  # healthy, within max_lag: reads go round them
        self._turn = 0
        # (monotonic time, primary WAL position) of recent checks, oldest first.
        self._positions: collections.deque[tuple[float, int]] = collections.deque()
        self._task: asyncio.Task | None = None

    def pick(self) -> Replica | None:
        """The replica for the next read, or None: the primary reads."""
        serving = self.serving
        if not serving:
            if self.replicas:
                metrics.replica_fallback("none_healthy")
            return None
        self._turn += 1
        return serving[self._turn % len(serving)]

    def failed(self, replica: Replica, error: BaseException) -> None:
        """A read on `replica` failed: skip it until a check finds it well again."""
        metrics.replica_fallback("failed")
        if replica.healthy:
            log.warning("read replica %s failed (%s); the primary serves", replica.name, error)
        self._set_health(replica, healthy=False, lag_seconds=replica.lag_seconds)

    async def check(self) -> None:
        """Measure every replica's lag once (the primary's position first)."""
        now = time.monotonic()
        try:
            async with self.primary.acquire(timeout=self.check_timeout) as conn:
                position = await conn.fetchval(PRIMARY_POSITION)
        except DATABASE_DOWN_ERRORS:
            return  # nothing to compare with; no data call succeeds without the primary
        self._remember(now, position)
        for replica in self.replicas:
            await self._check_one(replica, now)

    async def _check_one(self, replica: Replica, now: float) -> None:
        try:
            async with asyncio.timeout(self.check_timeout):
                async with replica.pool.acquire(timeout=self.check_timeout) as conn:
                    replayed = await conn.fetchval(REPLAYED_POSITION)
        except (*REPLICA_FAILURES, asyncpg.PostgresError) as exc:
            if replica.healthy:
                log.warning("read replica %s unreachable (%s); the primary serves",
                            replica.name, exc)  # fmt: skip
            self._set_health(replica, healthy=False, lag_seconds=None)
            return
        lag = self.lag_of(replayed, now)
        healthy = lag <= self.max_lag
        if replica.healthy and not healthy:
            log.warning("read replica %s is %.1fs behind; the primary serves", replica.name, lag)
        self._set_health(replica, healthy=healthy, lag_seconds=lag)

    def lag_of(self, replayed: int, now: float) -> float:
        """Seconds since the primary was at the newest position `replayed` has reached."""
        newest_reached = None
        for at, position in self._positions:
            if position > replayed:
                break
            newest_reached = at
        if newest_reached is None:  # behind everything remembered: at least that old
            return now - self._positions[0][0] if self._positions else float("inf")
        return now - newest_reached

    def _remember(self, now: float, position: int) -> None:
        self._positions.append((now, position))
        # Enough history to tell "max_lag behind" from "further behind", and no more.
        horizon = now - self.max_lag - 2 * self.check_every
        while len(self._positions) > 1 and self._positions[0][0] < horizon:
            self._positions.popleft()

    def _set_health(self, replica: Replica, *, healthy: bool, lag_seconds: float | None):
        replica.healthy, replica.lag_seconds = healthy, lag_seconds
        self.serving = [r for r in self.replicas if r.healthy]
        metrics.set_replica_state(replica.name, healthy=healthy, lag_seconds=lag_seconds)

    async def start(self) -> None:
        """One check now (so a healthy replica serves from the first request), then the loop."""
        if not self.replicas:
            return
        await self.check()
        self._task = asyncio.create_task(self._loop(), name="replica-checks")

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.check_every)
            try:
                await self.check()
            except Exception:
                log.exception("checking the read replicas failed")

    async def close(self) -> None:
        await stop_task(self._task)
        for replica in self.replicas:
            await replica.pool.close()


async def create_replica_set(primary: Pool, settings: Settings) -> ReplicaSet:
    """The replicas of ASSET_API_READ_DATABASE_URLS (none: every read on the primary)."""
    replicas = [
        # No warm-up: a replica that is away must not hold up the start; the first check
        # opens a connection, with the check's timeout.
        Replica(f"replica-{number}", await create_pool(url, settings, warm=False))
        for number, url in enumerate(settings.read_database_urls, start=1)
    ]
    replica_set = ReplicaSet(
        primary,
        replicas,
        max_lag=settings.replica_max_lag_seconds,
        check_every=settings.replica_check_seconds,
        check_timeout=settings.db_connect_timeout,
    )
    await replica_set.start()
    return replica_set
