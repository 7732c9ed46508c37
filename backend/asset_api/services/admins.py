"""Admins: argon2id passwords, bearer sessions for the SPA, and the append-only audit log."""

import json
import secrets
from dataclasses import dataclass
from datetime import timedelta

import asyncpg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from asset_api import security
from asset_api.errors import AdminLoginFailed, InvalidRequest

SESSION_PURPOSE = "admin-session"
SESSION_LIFETIME = timedelta(hours=8)
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verifying against this when the username is unknown keeps the timing of both failures alike.
_DUMMY_HASH = _hasher.hash("not-a-real-password")

INSERT_ADMIN = "INSERT INTO admins (username, password_hash) VALUES ($1, $2) RETURNING id"
SELECT_ADMIN = "SELECT id, password_hash, disabled FROM admins WHERE username = $1"
INSERT_SESSION = """
INSERT INTO admin_sessions (token_hash, admin_id, expires_at, client_ip)
VALUES ($1, $2, now() + $3::interval, $4)
RETURNING expires_at
"""
SELECT_SESSION = """
SELECT a.id, a.username FROM admin_sessions s JOIN admins a ON a.id = s.admin_id
WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT a.disabled
"""
REVOKE_SESSION = "UPDATE admin_sessions SET revoked_at = now() WHERE token_hash = $1"
INSERT_AUDIT = """
INSERT INTO audit_log (admin_id, actor, action, target_type, target_id, detail, client_ip,
                       request_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
"""


@dataclass(frozen=True, slots=True)
class Admin:
    id: int | None  # None for the CLI, which acts as the operator of the machine
    username: str


CLI_ADMIN = Admin(None, "cli")


def new_password() -> str:
    return secrets.token_urlsafe(15)


async def create_admin(conn: asyncpg.Connection, *, username: str, password: str) -> int:
    if len(password) < 10:
        raise InvalidRequest("password: 10자 이상이어야 합니다")
    try:
        return await conn.fetchval(INSERT_ADMIN, username, _hasher.hash(password))
    except asyncpg.UniqueViolationError:
        raise InvalidRequest(f"username: 이미 있는 관리자입니다 ({username})") from None
    except asyncpg.CheckViolationError:
        raise InvalidRequest("username: 영문, 숫자, ._- 3~40자여야 합니다") from None


async def create_admin_audited(
    conn: asyncpg.Connection, *, username: str, password: str, detail: dict | None = None
) -> int:
    """Create an admin from the machine (CLI, first run), audited in the same transaction."""
    async with conn.transaction():
        admin_id = await create_admin(conn, username=username, password=password)
        await audit(
            conn,
            admin=CLI_ADMIN,
            action="admin.create",
            target_type="admin",
            target_id=admin_id,
            detail=detail,
        )
    return admin_id


async def admin_count(conn: asyncpg.Connection) -> int:
    return await conn.fetchval("SELECT count(*) FROM admins")


async def login(
    conn: asyncpg.Connection, *, pepper: bytes, username: str, password: str, client_ip: str | None
) -> tuple[str, object]:
    row = await conn.fetchrow(SELECT_ADMIN, username)
    if not _password_ok(row["password_hash"] if row else None, password) or row["disabled"]:
        raise AdminLoginFailed()
    session = secrets.token_urlsafe(32)
    expires_at = await conn.fetchval(
        INSERT_SESSION,
        security.keyed_hash(pepper, SESSION_PURPOSE, session),
        row["id"],
        SESSION_LIFETIME,
        client_ip,
    )
    await conn.execute("UPDATE admins SET last_login_at = now() WHERE id = $1", row["id"])
    return session, expires_at


def _password_ok(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


async def admin_for_session(
    conn: asyncpg.Connection, *, pepper: bytes, session: str
) -> Admin | None:
    row = await conn.fetchrow(SELECT_SESSION, security.keyed_hash(pepper, SESSION_PURPOSE, session))
    return Admin(row["id"], row["username"]) if row else None


async def logout(conn: asyncpg.Connection, *, pepper: bytes, session: str) -> None:
    await conn.execute(REVOKE_SESSION, security.keyed_hash(pepper, SESSION_PURPOSE, session))


async def audit(
    conn: asyncpg.Connection,
    *,
    admin: Admin,
    action: str,
    target_type: str,
    target_id: str | int,
    detail: dict | None = None,
    client_ip: str | None = None,
    request_id: str | None = None,
) -> None:
    """Append to the audit log. `detail` must never hold a secret: callers pass safe fields."""
    await conn.execute(
        INSERT_AUDIT,
        admin.id,
        admin.username,
        action,
        target_type,
        str(target_id),
        json.loads(json.dumps(detail or {}, default=str)),
        client_ip,
        request_id,
    )
