"""The administrators themselves (the people who log in to the SPA): argon2id passwords, roles,
and what an owner changes about them, each change audited in its transaction.

(Their sessions are sessions.py; their second factors, mfa.py.)
"""

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import asyncpg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from asset_api.admin import audit
from asset_api.admin.audit import Actor
from asset_api.admin.korea_time import korea_row
from asset_api.auth import throttle
from asset_api.db import sql
from asset_api.errors import AdminLoginFailed, InvalidRequest, NotFound

MIN_PASSWORD_LENGTH = 10
# From the least to the most trusted: each role may do all that the ones before it may.
ROLES = ("viewer", "operator", "owner")
DEFAULT_ROLE = "operator"
STATUSES = ("active", "disabled")
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verifying against this when the username is unknown keeps the timing of both failures alike.
_DUMMY_HASH = _hasher.hash("not-a-real-password")

INSERT_ADMIN = """
INSERT INTO admins (username, password_hash, role, password_change_required)
VALUES ($1, $2, $3, $4) RETURNING id
"""
COUNT_ADMINS = "SELECT count(*) FROM admins"
ADMIN_ID = "SELECT id FROM admins WHERE username = $1"
USERNAME = "SELECT username FROM admins WHERE id = $1"
ADMIN_COLUMNS = sql.load(__package__, "_admin_columns")
LIST_ADMINS = sql.load(__package__, "admins_list", admin_columns=ADMIN_COLUMNS)
SELECT_ADMIN = sql.load(__package__, "admin_get", admin_columns=ADMIN_COLUMNS)
# Owners are locked first so that two owners demoting each other at once cannot both succeed.
LOCK_OWNERS = "SELECT id FROM admins WHERE role = 'owner' AND NOT disabled FOR UPDATE"
ACTIVE_OWNERS = "SELECT count(*) FROM admins WHERE role = 'owner' AND NOT disabled"
ROLE_AND_STATUS = "SELECT role, disabled FROM admins WHERE id = $1 FOR UPDATE"
SET_ROLE = "UPDATE admins SET role = $2 WHERE id = $1"
SET_DISABLED = "UPDATE admins SET disabled = $2 WHERE id = $1"
PASSWORD_OF = "SELECT password_hash FROM admins WHERE id = $1"
SET_PASSWORD = """
UPDATE admins SET password_hash = $2, password_change_required = false,
                  password_changed_at = now()
WHERE id = $1
"""
# Every live session of an admin ends ($2: the one to keep, or NULL for none).
END_SESSIONS = """
WITH ended AS (
    UPDATE admin_sessions SET revoked_at = now()
    WHERE admin_id = $1 AND revoked_at IS NULL AND expires_at > now()
      AND token_hash IS DISTINCT FROM $2
    RETURNING 1
)
SELECT count(*) FROM ended
"""
END_CHALLENGES = """
UPDATE admin_mfa_challenges SET used_at = now() WHERE admin_id = $1 AND used_at IS NULL
"""


@dataclass(frozen=True, slots=True)
class Admin:
    """An admin as a session finds them: who, with what power, and what setup is left."""

    id: int
    username: str
    role: str
    mfa_enabled: bool
    password_change_required: bool


def new_password() -> str:
    return secrets.token_urlsafe(15)


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidRequest(f"password: {MIN_PASSWORD_LENGTH}자 이상이어야 합니다")
    return _hasher.hash(password)


def password_matches(stored: str | None, password: str) -> bool:
    """Constant work whether or not the admin exists (`stored` None: unknown username)."""
    try:
        return _hasher.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidRequest(f"role: 허용된 값은 {', '.join(reversed(ROLES))}입니다")
    return role


def role_at_least(role: str, least: str) -> bool:
    return ROLES.index(role) >= ROLES.index(least)


async def create_admin(
    conn: asyncpg.Connection,
    *,
    actor: Actor,
    username: str,
    password: str,
    role: str = DEFAULT_ROLE,
    password_change_required: bool = False,
    detail: dict | None = None,
) -> int:
    """A new admin, audited in the same transaction. `password_change_required`: the password
    is one the creator chose (a one-time password), which the admin must replace first."""
    password_hash = hash_password(password)
    check_role(role)
    async with conn.transaction():
        try:
            admin_id = await conn.fetchval(
                INSERT_ADMIN, username, password_hash, role, password_change_required
            )
        except asyncpg.UniqueViolationError:
            raise InvalidRequest(f"username: 이미 있는 관리자입니다 ({username})") from None
        except asyncpg.CheckViolationError:
            raise InvalidRequest("username: 영문, 숫자, ._- 3~40자여야 합니다") from None
        await audit.record(
            conn,
            actor=actor,
            action="admin.create",
            target_type="admin",
            target_id=admin_id,
            detail={"username": username, "role": role, **(detail or {})},
        )
    return admin_id


async def admin_count(conn: asyncpg.Connection) -> int:
    return await conn.fetchval(COUNT_ADMINS)


async def admin_id_of(conn: asyncpg.Connection, username: str) -> int:
    admin_id = await conn.fetchval(ADMIN_ID, username)
    if admin_id is None:
        raise NotFound(f"관리자 {username}")
    return admin_id


async def admin_username(conn: asyncpg.Connection, admin_id: int) -> str:
    username = await conn.fetchval(USERNAME, admin_id)
    if username is None:
        raise NotFound(f"관리자 {admin_id}")
    return username


async def list_admins(conn: asyncpg.Connection, *, idle: timedelta) -> list[dict[str, Any]]:
    """Every admin as the admin API shows them; `idle`: the session idle timeout."""
    return [korea_row(row) for row in await conn.fetch(LIST_ADMINS, idle)]


async def get_admin(conn: asyncpg.Connection, *, admin_id: int, idle: timedelta) -> dict[str, Any]:
    row = await conn.fetchrow(SELECT_ADMIN, idle, admin_id)
    if row is None:
        raise NotFound(f"관리자 {admin_id}")
    return korea_row(row)


async def update_admin(
    conn: asyncpg.Connection,
    *,
    actor: Actor,
    admin_id: int,
    role: str | None = None,
    status: str | None = None,
    idle: timedelta,
) -> dict[str, Any]:
    """A new role and/or status for an admin, each change audited. Disabling ends the admin's
    sessions at once. No change may leave the system without an active owner."""
    if role is not None:
        check_role(role)
    if status is not None and status not in STATUSES:
        raise InvalidRequest(f"status: 허용된 값은 {', '.join(STATUSES)}입니다")
    async with conn.transaction():
        await conn.execute(LOCK_OWNERS)
        current = await conn.fetchrow(ROLE_AND_STATUS, admin_id)
        if current is None:
            raise NotFound(f"관리자 {admin_id}")
        if role is not None and role != current["role"]:
            await conn.execute(SET_ROLE, admin_id, role)
            previous = current["role"]
            await _audit_admin(conn, actor, "admin.role", admin_id, role=role, previous=previous)
        if status is not None and (status == "disabled") != current["disabled"]:
            await _set_status(conn, actor, admin_id, status)
        if await conn.fetchval(ACTIVE_OWNERS) == 0:
            raise InvalidRequest("사용 중인 owner가 한 명 이상 있어야 합니다")
        return await get_admin(conn, admin_id=admin_id, idle=idle)


async def _set_status(conn: asyncpg.Connection, actor: Actor, admin_id: int, status: str) -> None:
    disabling = status == "disabled"
    await conn.execute(SET_DISABLED, admin_id, disabling)
    if disabling:
        ended = await end_sessions(conn, admin_id=admin_id)
        await _audit_admin(conn, actor, "admin.disable", admin_id, sessions_ended=ended)
    else:
        await _audit_admin(conn, actor, "admin.enable", admin_id)


async def change_password(
    conn: asyncpg.Connection,
    *,
    actor: Actor,
    admin_id: int,
    current_password: str,
    new_password: str,
    keep_session_hash: bytes | None,
) -> int:
    """The admin's own new password, after the current one (wrong guesses are throttled as
    logins are); every other session of theirs ends. Returns how many did."""
    names = throttle.subjects(admin=actor.username, client_ip=actor.client_ip)
    await throttle.refuse_if_blocked(conn, names)
    stored = await conn.fetchval(PASSWORD_OF, admin_id)
    if not password_matches(stored, current_password):
        await throttle.record_failure(conn, names)
        raise AdminLoginFailed("current_password")
    if new_password == current_password:
        raise InvalidRequest("new_password: 지금 비밀번호와 달라야 합니다")
    password_hash = hash_password(new_password)
    async with conn.transaction():
        await conn.execute(SET_PASSWORD, admin_id, password_hash)
        ended = await end_sessions(conn, admin_id=admin_id, keep_hash=keep_session_hash)
        await _audit_admin(conn, actor, "admin.password_change", admin_id, sessions_ended=ended)
    await throttle.clear(conn, throttle.admin_subject(actor.username))
    return ended


async def end_sessions(
    conn: asyncpg.Connection, *, admin_id: int, keep_hash: bytes | None = None
) -> int:
    """End every live session of the admin but the one `keep_hash` names (and any sign-in
    between password and code); returns how many sessions ended."""
    await conn.execute(END_CHALLENGES, admin_id)
    return await conn.fetchval(END_SESSIONS, admin_id, keep_hash)


async def _audit_admin(
    conn: asyncpg.Connection, actor: Actor, action: str, admin_id: int, **detail: Any
) -> None:
    await audit.record(
        conn, actor=actor, action=action, target_type="admin", target_id=admin_id, detail=detail
    )
