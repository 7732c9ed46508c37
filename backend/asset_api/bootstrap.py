"""What `make run` does to a new database before serving: migrate, then first-run setup."""

import asyncpg

from asset_api.db.migrate import migrate


async def bootstrap(dsn: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        applied = await migrate(conn)
        if applied:
            print(f"migrations applied: {', '.join(applied)}")
    finally:
        await conn.close()
