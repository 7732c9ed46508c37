"""The dashboard's figures: counts of users, keys, tokens and calls, and calls per day."""

from typing import Any

import asyncpg

from asset_api.db import sql

PUBLIC_API_PATHS = sql.load(__package__, "_public_api_paths")
DASHBOARD_COUNTS = sql.load(__package__, "dashboard_counts", public_api_paths=PUBLIC_API_PATHS)
USAGE_PER_DAY = sql.load(__package__, "usage_per_day", public_api_paths=PUBLIC_API_PATHS)


async def dashboard_counts(conn: asyncpg.Connection) -> dict[str, int]:
    return dict(await conn.fetchrow(DASHBOARD_COUNTS))


async def usage_per_day(conn: asyncpg.Connection, *, days: int) -> list[dict[str, Any]]:
    return [dict(row) for row in await conn.fetch(USAGE_PER_DAY, days)]
