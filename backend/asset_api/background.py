"""What the process's background tasks share: the recorder, the metrics sampler, housekeeping,
the replica checks and the realtime bus and watch each run one task from the lifespan's start
to its end."""

import asyncio
import contextlib


async def stop_task(task: asyncio.Task | None) -> None:
    """Cancel `task` (None: never started) and wait for it to end; its CancelledError is how
    it is expected to end."""
    if task is None:
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
