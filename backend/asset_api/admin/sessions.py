"""Admin sessions: login (throttled, audited), the admin behind a session, logout.

A session is a random bearer value the SPA keeps in memory; only its keyed hash is stored.
"""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import asyncpg

from asset_api.admin import audit
from asset_api.admin.admins import Admin, password_matches
from asset_api.admin.audit import Actor
from asset_api.auth import key_material, throttle
from asset_api.errors import AdminLoginFailed

SESSION_PURPOSE = "admin-session"
SESSION_LIFETIME = timedelta(hours=8)

SELECT_ADMIN = "SELECT id, username, password_hash, disabled FROM admins WHERE username = $1"
INSERT_SESSION = """
INSERT INTO admin_sessions (token_hash, admin_id, expires_at, client_ip)
VALUES ($1, $2, now() + $3::interval, $4)
RETURNING expires_at
"""
TOUCH_LOGIN = "UPDATE admins SET last_login_at = now() WHERE id = $1"
SELECT_SESSION = """
SELECT a.id, a.username FROM admin_sessions s JOIN admins a ON a.id = s.admin_id
WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT a.disabled
"""
REVOKE_SESSION = "UPDATE admin_sessions SET revoked_at = now() WHERE token_hash = $1"


@dataclass(frozen=True, slots=True)
class LoggedIn:
    admin: Admin
    session: str  # shown once, in the login answer
    expires_at: datetime


def session_hash(pepper: bytes, session: str) -> bytes:
    return key_material.keyed_hash(pepper, SESSION_PURPOSE, session)


async def login(
    conn: asyncpg.Connection,
    *,
    pepper: bytes,
    username: str,
    password: str,
    client_ip: str | None,
    request_id: str | None,
) -> LoggedIn:
    """A new session for the admin, or 8001. Guessing is slowed per username and per client
    address, as on the token endpoints."""
    names = throttle.subjects(admin=username, client_ip=client_ip)
    await throttle.refuse_if_blocked(conn, names)
    row = await conn.fetchrow(SELECT_ADMIN, username)
    if not password_matches(row["password_hash"] if row else None, password) or row["disabled"]:
        await throttle.record_failure(conn, names)
        raise AdminLoginFailed()
    admin = Admin(row["id"], row["username"])
    session = secrets.token_urlsafe(32)
    async with conn.transaction():
        expires_at = await conn.fetchval(
            INSERT_SESSION, session_hash(pepper, session), admin.id, SESSION_LIFETIME, client_ip
        )
        await conn.execute(TOUCH_LOGIN, admin.id)
        await audit.record(
            conn,
            actor=Actor(admin.id, admin.username, client_ip, request_id),
            action="admin.login",
            target_type="admin",
            target_id=admin.id,
        )
    await throttle.clear(conn, throttle.admin_subject(username))
    return LoggedIn(admin, session, expires_at)


async def admin_for_session(
    conn: asyncpg.Connection, *, pepper: bytes, session: str
) -> Admin | None:
    row = await conn.fetchrow(SELECT_SESSION, session_hash(pepper, session))
    return Admin(row["id"], row["username"]) if row else None


async def logout(conn: asyncpg.Connection, *, pepper: bytes, session: str, actor: Actor) -> None:
    async with conn.transaction():
        await conn.execute(REVOKE_SESSION, session_hash(pepper, session))
        await audit.record(
            conn, actor=actor, action="admin.logout", target_type="admin", target_id=actor.admin_id
        )
