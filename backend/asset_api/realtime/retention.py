"""Housekeeping of the feed: events past the retention (the approval keys long expired and the
registry rows of processes that died are deleted by jobs of auth/approvals.py and
realtime/registry.py)."""

import asyncpg

from asset_api.db import sql

DELETE_EXPIRED_EVENTS = sql.load(__package__, "retention")
BATCH_ROWS = 10_000
MAX_BATCHES_PER_RUN = 50  # the rest waits for the next run: no run holds the database long


async def delete_expired_events(
    conn: asyncpg.Connection,
    *,
    retention_days: int,
    batch_rows: int = BATCH_ROWS,
    max_batches: int = MAX_BATCHES_PER_RUN,
) -> int:
    """Delete events older than the retention, in batches (each its own transaction); returns
    how many went."""
    deleted = 0
    for _ in range(max_batches):
        status = await conn.execute(DELETE_EXPIRED_EVENTS, retention_days * 86_400, batch_rows)
        count = int(status.rsplit(" ", 1)[1])
        deleted += count
        if count < batch_rows:
            break
    return deleted
