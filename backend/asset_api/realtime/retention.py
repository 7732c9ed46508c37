"""Housekeeping of the feed: events past the retention, approval keys long expired, registry
rows of processes that died."""

import asyncpg

from asset_api.db import sql

DELETE_EXPIRED_EVENTS = sql.load(__package__, "retention")
BATCH_ROWS = 10_000
MAX_BATCHES_PER_RUN = 50  # the rest waits for the next run: no run holds the database long


async def delete_expired_events(conn: asyncpg.Connection, *, retention_days: int) -> int:
    """Delete events older than the retention, in batches; returns how many went."""
    deleted = 0
    for _ in range(MAX_BATCHES_PER_RUN):
        status = await conn.execute(DELETE_EXPIRED_EVENTS, retention_days * 86_400, BATCH_ROWS)
        count = int(status.rsplit(" ", 1)[1])
        deleted += count
        if count < BATCH_ROWS:
            break
    return deleted
