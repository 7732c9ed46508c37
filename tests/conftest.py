"""Test session fixtures: a throwaway PostgreSQL cluster (never ./.data) and the app on it."""

import os
import shutil
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import httpx
import pytest
import yaml

from asset_api.app import create_app
from asset_api.db import embedded
from asset_api.db.migrate import migrate
from asset_api.settings import Settings

REPO_ROOT = Path(__file__).resolve().parents[1]

# The tables that hold no test data of their own: kept when a test cleans the database.
KEEP_TABLES = {"schema_migrations"}


@pytest.fixture(scope="session")
def pg_server():
    """One embedded cluster for the session, deleted at the end."""
    root = Path(tempfile.mkdtemp(prefix="asset-api-test-"))
    server = embedded.start_cluster(root / "pg", throwaway=True)
    yield server
    server.cleanup()
    shutil.rmtree(root, ignore_errors=True)  # the folder the cluster was made in


@pytest.fixture(scope="session")
def database_url(pg_server) -> str:
    # An explicit DATABASE_URL (a CI service, say) wins over the embedded cluster.
    return os.environ.get("TEST_DATABASE_URL") or embedded.database_url(pg_server, "asset_test")


@pytest.fixture(scope="session")
async def migrated(database_url) -> str:
    conn = await asyncpg.connect(database_url)
    try:
        await migrate(conn)
    finally:
        await conn.close()
    return database_url


@pytest.fixture
async def db(migrated) -> AsyncIterator[asyncpg.Connection]:
    """A connection to a database emptied of the previous test's rows."""
    conn = await asyncpg.connect(migrated)
    await truncate_all(conn)
    try:
        yield conn
    finally:
        await conn.close()


async def truncate_all(conn: asyncpg.Connection) -> None:
    tables = await conn.fetch(
        "SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public'"
    )
    names = [t["name"] for t in tables if t["name"] not in KEEP_TABLES]
    if names:
        await conn.execute(f"TRUNCATE {', '.join(names)} RESTART IDENTITY CASCADE")


@pytest.fixture
def settings(tmp_path) -> Settings:
    # Second factors are required in production (the default); the tests of the admin API
    # that are not about them log in with a password alone. tests/admin/test_mfa.py and the
    # browser tests of admin access require them.
    return Settings(
        data_dir=tmp_path / "data",
        pepper="test-pepper-not-secret",
        admin_mfa_required=False,
        _env_file=None,
    )


@pytest.fixture
async def app(settings, db, migrated):
    application = create_app(settings, database_url=migrated)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(
        app=app, raise_app_exceptions=False, client=("203.0.113.7", 5555)
    )
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture(scope="session")
def return_code_catalog() -> dict[int, dict]:
    entries = yaml.safe_load((REPO_ROOT / "api-spec/_common/return-codes.yaml").read_text())
    return {entry["code"]: entry for entry in entries}
