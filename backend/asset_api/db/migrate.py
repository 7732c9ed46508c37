"""Forward-only migrations: numbered .sql files applied in order, each in a transaction."""

import re
from importlib import resources

import asyncpg

MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
# Any fixed number: it only has to be the same for every process that migrates.
MIGRATION_LOCK_ID = 7_231_001

CREATE_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     text PRIMARY KEY,
    applied_at  timestamptz NOT NULL DEFAULT now()
)
"""


def available_migrations() -> list[tuple[str, str]]:
    """(version, sql) pairs in order, from the package's migrations folder."""
    folder = resources.files("asset_api.db") / "migrations"
    names = sorted(p.name for p in folder.iterdir() if MIGRATION_NAME.match(p.name))
    return [(name.removesuffix(".sql"), (folder / name).read_text()) for name in names]


async def migrate(conn: asyncpg.Connection) -> list[str]:
    """Apply the migrations not yet recorded; returns their versions."""
    applied: list[str] = []
    # The advisory lock makes concurrent starts (several workers, a CLI) apply each file once.
    await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_ID)
    try:
        await conn.execute(CREATE_LEDGER)
        done = {r["version"] for r in await conn.fetch("SELECT version FROM schema_migrations")}
        for version, sql in available_migrations():
            if version in done:
                continue
            async with conn.transaction():
                await conn.execute(sql)
                await conn.execute("INSERT INTO schema_migrations (version) VALUES ($1)", version)
            applied.append(version)
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_ID)
    return applied
