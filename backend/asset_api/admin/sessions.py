"""Admin sessions: login with a password and, for an admin with a second factor, a code;
the admin behind a session; logout, here or everywhere. Logins, failed logins and logouts are
audited.

A session, like an mfa_token (the step between password and code), is a random bearer value
the SPA keeps in memory; only its keyed hash is stored. A session ends when revoked, after the
idle timeout without a call, at its absolute lifetime, or at once when its admin is disabled.
"""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import asyncpg

from asset_api.admin import admins, audit, mfa
from asset_api.admin.admins import Admin, password_matches
from asset_api.admin.audit import Actor
from asset_api.auth import key_material, throttle
from asset_api.db import sql
from asset_api.errors import AdminCodeRejected, AdminLoginFailed, AdminSessionRequired

SESSION_PURPOSE = "admin-session"
MFA_TOKEN_PURPOSE = "admin-mfa-token"
MFA_TOKEN_LIFETIME = timedelta(minutes=5)
# Who a failed login is recorded as: nobody has proved who they are.
ANONYMOUS = "anonymous"
TOKEN_GONE = "mfa_token이 만료되었거나 이미 사용되었습니다. 다시 로그인하십시오"

SELECT_ADMIN = """
SELECT a.id, a.username, a.password_hash, a.disabled,
       EXISTS (SELECT 1 FROM admin_mfa m WHERE m.admin_id = a.id AND m.confirmed_at IS NOT NULL)
           AS mfa_enabled
FROM admins a WHERE a.username = $1
"""
INSERT_SESSION = """
INSERT INTO admin_sessions (token_hash, admin_id, expires_at, client_ip)
VALUES ($1, $2, now() + $3::interval, $4)
RETURNING expires_at
"""
INSERT_CHALLENGE = """
INSERT INTO admin_mfa_challenges (token_hash, admin_id, expires_at, client_ip)
VALUES ($1, $2, now() + $3::interval, $4)
"""
SELECT_CHALLENGE = sql.load(__package__, "mfa_challenge_get")
SPEND_CHALLENGE = """
UPDATE admin_mfa_challenges SET used_at = now()
WHERE id = $1 AND used_at IS NULL AND expires_at > now()
RETURNING 1
"""
TOUCH_LOGIN = "UPDATE admins SET last_login_at = now() WHERE id = $1"
TOUCH_SESSION = sql.load(__package__, "session_touch")
SESSION_EXPIRY = "SELECT expires_at FROM admin_sessions WHERE token_hash = $1"
REVOKE_SESSION = "UPDATE admin_sessions SET revoked_at = now() WHERE token_hash = $1"
# Sessions and mfa_tokens past their end are of no use; the audit log keeps the logins.
PRUNE_ENDED = """
WITH challenges AS (DELETE FROM admin_mfa_challenges WHERE expires_at < now() - $1::interval)
DELETE FROM admin_sessions WHERE expires_at < now() - $1::interval
"""
KEEP_ENDED = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class SessionPolicy:
    """How long a session lasts at most, and without a call (the settings of the same names)."""

    lifetime: timedelta
    idle: timedelta


@dataclass(frozen=True, slots=True)
class LoggedIn:
    admin: Admin
    session: str  # shown once, in the login answer
    expires_at: datetime
    recovery_codes_left: int = 0


@dataclass(frozen=True, slots=True)
class CodeNeeded:
    """The password was right; the admin's second factor comes next, with this token."""

    username: str
    mfa_token: str  # shown once, in the login answer


def session_hash(pepper: bytes, session: str) -> bytes:
    return key_material.keyed_hash(pepper, SESSION_PURPOSE, session)


async def login(
    conn: asyncpg.Connection,
    *,
    pepper: bytes,
    policy: SessionPolicy,
    username: str,
    password: str,
    client_ip: str | None,
    request_id: str | None,
) -> LoggedIn | CodeNeeded:
    """A session for the admin, or (with a second factor) the token for the code step; 8001
    otherwise. Guessing is slowed per username and per client address, as on the token
    endpoints, and every failure is audited."""
    names = throttle.subjects(admin=username, client_ip=client_ip)
    await throttle.refuse_if_blocked(conn, names)
    row = await conn.fetchrow(SELECT_ADMIN, username)
    if not password_matches(row["password_hash"] if row else None, password) or row["disabled"]:
        if row is None:
            await _refuse(conn, names, None, "unknown_username", client_ip, request_id)
        else:
            reason = "disabled" if row["disabled"] else "password"
            await _refuse(conn, names, row["id"], reason, client_ip, request_id)
        raise AdminLoginFailed()
    await throttle.clear(conn, throttle.admin_subject(username))
    if row["mfa_enabled"]:
        mfa_token = secrets.token_urlsafe(32)
        await conn.execute(
            INSERT_CHALLENGE,
            key_material.keyed_hash(pepper, MFA_TOKEN_PURPOSE, mfa_token),
            row["id"],
            MFA_TOKEN_LIFETIME,
            client_ip,
        )
        return CodeNeeded(row["username"], mfa_token)
    actor = Actor(row["id"], row["username"], client_ip, request_id)
    async with conn.transaction():
        logged_in = await _open_session(conn, pepper, policy, actor, {"second_factor": "none"})
    return logged_in


async def login_with_code(
    conn: asyncpg.Connection,
    *,
    pepper: bytes,
    policy: SessionPolicy,
    mfa_token: str,
    code: str,
    client_ip: str | None,
    request_id: str | None,
) -> LoggedIn:
    """The session of an admin who passed the password step, for a TOTP code (accepted once)
    or an unused recovery code (spent). A wrong code is 8003, throttled and audited; a spent
    or expired mfa_token is 8002: log in again."""
    token_hash = key_material.keyed_hash(pepper, MFA_TOKEN_PURPOSE, mfa_token)
    challenge = await conn.fetchrow(SELECT_CHALLENGE, token_hash)
    if challenge is None:
        raise AdminSessionRequired(TOKEN_GONE)
    admin_id = challenge["id"]
    names = throttle.subjects(mfa_of=admin_id, client_ip=client_ip)
    await throttle.refuse_if_blocked(conn, names)
    actor = Actor(admin_id, challenge["username"], client_ip, request_id)
    async with conn.transaction():
        factor = await mfa.accept_code(conn, pepper=pepper, admin_id=admin_id, code=code.strip())
        if factor is not None:
            if await conn.fetchval(SPEND_CHALLENGE, challenge["challenge_id"]) is None:
                raise AdminSessionRequired(TOKEN_GONE)
            logged_in = await _open_session(conn, pepper, policy, actor, {"second_factor": factor})
            if factor == mfa.FACTOR_RECOVERY_CODE:
                await audit.record(
                    conn,
                    actor=actor,
                    action="admin.recovery_code_used",
                    target_type="admin",
                    target_id=admin_id,
                    detail={"left": logged_in.recovery_codes_left},
                )
    if factor is None:
        await _refuse(conn, names, admin_id, "code", client_ip, request_id)
        raise AdminCodeRejected()
    await throttle.clear(conn, throttle.mfa_subject(admin_id))
    return logged_in


async def _open_session(
    conn: asyncpg.Connection, pepper: bytes, policy: SessionPolicy, actor: Actor, detail: dict
) -> LoggedIn:
    """A new session for `actor`'s admin, audited as their login (inside the caller's
    transaction)."""
    session = secrets.token_urlsafe(32)
    token_hash = session_hash(pepper, session)
    expires_at = await conn.fetchval(
        INSERT_SESSION, token_hash, actor.admin_id, policy.lifetime, actor.client_ip
    )
    await conn.execute(TOUCH_LOGIN, actor.admin_id)
    await audit.record(
        conn,
        actor=actor,
        action="admin.login",
        target_type="admin",
        target_id=actor.admin_id,
        detail=detail,
    )
    admin = await admin_for_hash(conn, token_hash, idle=policy.idle)
    left = await mfa.recovery_codes_left(conn, actor.admin_id)
    return LoggedIn(admin, session, expires_at, left)


async def _refuse(
    conn: asyncpg.Connection,
    names: list[str],
    admin_id: int | None,
    reason: str,
    client_ip: str | None,
    request_id: str | None,
) -> None:
    """A failed login: counted against its subjects and audited, in one transaction."""
    async with conn.transaction():
        await throttle.record_failure(conn, names)
        await audit.record(
            conn,
            actor=Actor(None, ANONYMOUS, client_ip, request_id),
            action="admin.login_failed",
            target_type="admin",
            # An unknown username is not recorded: people type their password there.
            target_id=admin_id if admin_id is not None else "unknown",
            detail={"reason": reason},
        )


async def admin_for_session(
    conn: asyncpg.Connection, *, pepper: bytes, session: str, idle: timedelta
) -> Admin | None:
    """The admin behind a live session, which this call keeps alive; None for any other."""
    return await admin_for_hash(conn, session_hash(pepper, session), idle=idle)


async def admin_for_hash(
    conn: asyncpg.Connection, token_hash: bytes, *, idle: timedelta
) -> Admin | None:
    row = await conn.fetchrow(TOUCH_SESSION, token_hash, idle)
    if row is None:
        return None
    return Admin(
        row["id"], row["username"], row["role"], row["mfa_enabled"], row["password_change_required"]
    )


async def session_expiry(conn: asyncpg.Connection, *, pepper: bytes, session: str) -> datetime:
    return await conn.fetchval(SESSION_EXPIRY, session_hash(pepper, session))


async def logout(conn: asyncpg.Connection, *, pepper: bytes, session: str, actor: Actor) -> None:
    async with conn.transaction():
        await conn.execute(REVOKE_SESSION, session_hash(pepper, session))
        await audit.record(
            conn, actor=actor, action="admin.logout", target_type="admin", target_id=actor.admin_id
        )


async def logout_everywhere(conn: asyncpg.Connection, *, actor: Actor) -> int:
    """Every session of the actor's admin ends, the calling one too; returns how many."""
    async with conn.transaction():
        ended = await admins.end_sessions(conn, admin_id=actor.admin_id)
        await audit.record(
            conn,
            actor=actor,
            action="admin.logout_all",
            target_type="admin",
            target_id=actor.admin_id,
            detail={"sessions_ended": ended},
        )
    return ended


async def prune_ended(conn: asyncpg.Connection) -> None:
    """Housekeeping: forget sessions and mfa_tokens that ended a while ago."""
    await conn.execute(PRUNE_ENDED, KEEP_ENDED)
