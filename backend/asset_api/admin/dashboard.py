"""The dashboard's figures: counts of users, keys, tokens and calls, and calls per day. The
calls come from the hourly rollups the request log writer keeps (http/request_log.py), so the
dashboard costs the same with 100 million logged requests as with none."""

from typing import Any

import asyncpg

from asset_api.db import sql

DASHBOARD_COUNTS = sql.load(__package__, "dashboard_counts")
USAGE_PER_DAY = sql.load(__package__, "usage_per_day")


async def dashboard_counts(conn: asyncpg.Connection) -> dict[str, int]:
    return dict(await conn.fetchrow(DASHBOARD_COUNTS))


async def usage_per_day(conn: asyncpg.Connection, *, days: int) -> list[dict[str, Any]]:
    return [dict(row) for row in await conn.fetch(USAGE_PER_DAY, days)]
