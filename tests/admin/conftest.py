"""Fixtures of the admin API tests: an admin, a logged-in session, accounts to grant."""

import secrets
from datetime import date

import asyncpg
import httpx
import pytest
from fastapi import APIRouter

from asset_api.admin import admins, audit, sessions
from asset_api.auth.deps import AccountsCaller
from tests.helpers import TEST_PEPPER

ADMIN_USERNAME = "ops-admin"
ADMIN_PASSWORD = "correct horse battery staple"
PROBE_PATH = "/asset-erp/v1/admin-test-probe"


@pytest.fixture
async def admin_id(db: asyncpg.Connection) -> int:
    return await admins.create_admin(
        db, actor=audit.CLI, username=ADMIN_USERNAME, password=ADMIN_PASSWORD, role="owner"
    )


@pytest.fixture
async def session(client: httpx.AsyncClient, admin_id) -> dict[str, str]:
    """The authorization header of a logged-in admin."""
    res = await client.post(
        "/admin/v1/login", json={"username": ADMIN_USERNAME, "password": ADMIN_PASSWORD}
    )
    assert res.status_code == 200, res.text
    return {"authorization": f"Bearer {res.json()['session']}"}


@pytest.fixture
async def api(client: httpx.AsyncClient, session):
    """Calls to the admin API as the logged-in admin: `await api("GET", "/users")`."""

    async def call(method: str, path: str, headers: dict | None = None, **kwargs) -> httpx.Response:
        headers = session | (headers or {})
        return await client.request(method, f"/admin/v1{path}", headers=headers, **kwargs)

    return call


@pytest.fixture
def probe(app):
    """A bearer-protected endpoint of the `accounts` scope, independent of the data routes.

    It goes through the same verification (and the same token cache) as every data endpoint.
    """
    router = APIRouter()

    @router.get(PROBE_PATH)
    async def probe_endpoint(caller: AccountsCaller):
        return {"return_code": 0, "return_msg": "정상적으로 처리되었습니다"}

    app.include_router(router)
    return PROBE_PATH


async def add_account(
    db: asyncpg.Connection, account_no: str, *, env: str = "real", name: str = "위탁종합"
) -> None:
    await db.execute(
        "INSERT INTO accounts (env, account_no, name, broker, opened_on) "
        "VALUES ($1, $2, $3, '키움증권', $4)",
        env,
        account_no,
        name,
        date(2020, 1, 2),
    )


async def audit_entries(db: asyncpg.Connection, action: str | None = None) -> list[dict]:
    rows = await db.fetch(
        "SELECT action, target_type, target_id, detail::text AS detail, actor, "
        "host(client_ip) AS client_ip, request_id::text AS request_id "
        "FROM audit_log WHERE $1::text IS NULL OR action = $1 ORDER BY id",
        action,
    )
    return [dict(r) for r in rows]


async def insert_admin(
    db: asyncpg.Connection,
    username: str,
    role: str,
    *,
    password_hash: str = "not-an-argon2-hash",
    password_change_required: bool = False,
) -> int:
    """An admin written straight into the database, for tests of what an admin may do rather
    than of how one is made (an argon2 hash costs about half a second on a loaded machine)."""
    return await db.fetchval(
        "INSERT INTO admins (username, password_hash, role, password_change_required) "
        "VALUES ($1, $2, $3, $4) RETURNING id",
        username,
        password_hash,
        role,
        password_change_required,
    )


async def open_session(db: asyncpg.Connection, admin_id: int) -> dict[str, str]:
    """The authorization header of a live session of the admin, written straight into the
    database (no login, no password check)."""
    session = secrets.token_urlsafe(32)
    await db.execute(
        "INSERT INTO admin_sessions (token_hash, admin_id, expires_at) "
        "VALUES ($1, $2, now() + interval '1 hour')",
        sessions.session_hash(TEST_PEPPER, session),
        admin_id,
    )
    return {"authorization": f"Bearer {session}"}


async def session_as(db: asyncpg.Connection, username: str, role: str) -> dict[str, str]:
    """A new admin of `role` and a live session of theirs."""
    return await open_session(db, await insert_admin(db, username, role))
