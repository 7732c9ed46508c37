"""Periodic jobs of every API process: deleting what is past its use.

Each job is a statement or two that any process may run at any time (they delete by age, so
running one twice, or in two processes at once, does no harm). One task per process runs them
in turn, each at its own interval; a database that is away only postpones a round.
"""

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import asyncpg

from asset_api.background import stop_task
from asset_api.db.pool import DATABASE_DOWN_ERRORS, Pool

log = logging.getLogger(__name__)

TICK_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class Job:
    name: str
    every_seconds: float
    run: Callable[[asyncpg.Connection], Awaitable[object]]
    at_start: bool = False  # first run on the first tick, not after `every_seconds`


class Housekeeper:
    def __init__(self, pool_of: Callable[[], Pool], jobs: list[Job]):
        # `pool_of()` gives the app's pool, which exists only once the lifespan has started.
        self.pool_of = pool_of
        self.jobs = jobs
        now = time.monotonic()
        self._due = {job.name: now + (0 if job.at_start else job.every_seconds) for job in jobs}
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="housekeeping")

    async def stop(self) -> None:
        await stop_task(self._task)

    async def run_due(self) -> None:
        now = time.monotonic()
        for job in self.jobs:
            if self._due[job.name] > now:
                continue
            try:
                async with self.pool_of().acquire() as conn:
                    await job.run(conn)
            except DATABASE_DOWN_ERRORS:
                continue  # tried again on the next tick
            except asyncpg.PostgresError:
                log.exception("housekeeping job %s failed", job.name)
            self._due[job.name] = now + job.every_seconds

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            await self.run_due()
