"""Per-key rate limits that hold across processes, at the cost of a rare round trip.

Each key may make `rate_limit` requests per second, counted in PostgreSQL (rate_windows) so
that N processes behind a load balancer share one budget. A process does not write per
request: it claims a slice of the current second's budget (a tenth of the limit, at least 1)
and spends it locally, claiming again only when the slice is used up. A slice left unspent
when the second ends is lost, so the limit errs on the strict side, by at most a slice per
process.

`take` also tells what is left of the second's budget, for the RateLimit header (IETF httpapi
draft): the slice this process holds, plus what no process had claimed at its last claim. With
one process that is exact; with several it is an upper bound that the next claim corrects.
"""

import asyncio
import time

import asyncpg

from asset_api.errors import RateLimited

SLICES_PER_SECOND = 10
# Past this many keys, a claim first forgets the budgets of seconds gone by.
MAX_TRACKED_KEYS = 10_000
# Old windows are of no use after their second; the usage recorder's flush deletes them.
RETENTION_SECONDS = 60

CLAIM = """
INSERT INTO rate_windows AS w (key_id, window_start, used, last_grant)
VALUES ($1::bigint, $2::bigint, least($3::int, $4::int), least($3::int, $4::int))
ON CONFLICT (key_id, window_start) DO UPDATE
SET used = w.used + greatest(0, least($3::int, $4::int - w.used)),
    last_grant = greatest(0, least($3::int, $4::int - w.used))
RETURNING last_grant, $4::int - used AS unclaimed
"""

PRUNE = "DELETE FROM rate_windows WHERE window_start < $1"


class RateLimiter:
    def __init__(self, pool_of, *, acquire_timeout: float | None = None):
        # `pool_of()` gives the app's pool, which exists only once the lifespan has started.
        self.pool_of = pool_of
        # As long as any request waits for a connection (db_connect_timeout), then 9001.
        self.acquire_timeout = acquire_timeout
        # key_id -> (second, requests left in this process's slice, unclaimed at the claim)
        self.budgets: dict[int, tuple[int, int, int]] = {}
        self.locks: dict[int, asyncio.Lock] = {}

    async def take(self, key_id: int, rate: int) -> int:
        """Spend one request of the key's budget for this second and return how many are
        left of it, or raise 1700."""
        left = self._spend_local(key_id, int(time.time()))
        if left is not None:
            return left
        lock = self.locks.setdefault(key_id, asyncio.Lock())
        async with lock:  # one claim at a time per key; the others wait and spend its slice
            second = int(time.time())
            left = self._spend_local(key_id, second)
            if left is not None:
                return left
            self._forget_old_budgets(second)
            granted, unclaimed = await self._claim(key_id, second, rate)
            if granted == 0:
                self.budgets[key_id] = (second, 0, 0)
                raise RateLimited(1, f"초당 {rate}건")
            self.budgets[key_id] = (second, granted - 1, unclaimed)
            return granted - 1 + unclaimed

    def _forget_old_budgets(self, second: int) -> None:
        if len(self.budgets) < MAX_TRACKED_KEYS:
            return
        for key_id, (window, _, _) in list(self.budgets.items()):
            lock = self.locks.get(key_id)
            if window < second and not (lock and lock.locked()):
                del self.budgets[key_id]
                self.locks.pop(key_id, None)

    def _spend_local(self, key_id: int, second: int) -> int | None:
        """What is left after spending one request of the held slice; None: none held."""
        window, left, unclaimed = self.budgets.get(key_id, (0, 0, 0))
        if window != second or left <= 0:
            return None
        self.budgets[key_id] = (window, left - 1, unclaimed)
        return left - 1 + unclaimed

    async def _claim(self, key_id: int, second: int, rate: int) -> tuple[int, int]:
        """(requests granted to this process, requests of the second nobody has claimed)."""
        slice_size = max(1, rate // SLICES_PER_SECOND)
        async with self.pool_of().acquire(timeout=self.acquire_timeout) as conn:
            row = await conn.fetchrow(CLAIM, key_id, second, slice_size, rate)
        return row["last_grant"], row["unclaimed"]


async def prune_windows(conn: asyncpg.Connection) -> None:
    await conn.execute(PRUNE, int(time.time()) - RETENTION_SECONDS)
