"""Admins' second factors: enrolment (a TOTP secret, confirmed with a code, then ten recovery
codes), the code check of a login, and the reset for a lost phone; each change audited.

Codes are throttled per admin as passwords are (auth/throttle.py, apart from the password's
own count), and a TOTP code is accepted once: the step of the last accepted code is kept and
only a later step passes.
"""

from dataclasses import dataclass

import asyncpg

from asset_api.admin import admins, audit, totp
from asset_api.admin.audit import Actor
from asset_api.auth import throttle
from asset_api.errors import AdminCodeRejected, InvalidRequest

FACTOR_TOTP = "totp"
FACTOR_RECOVERY_CODE = "recovery_code"
ALREADY_ENROLLED = "이미 2단계 인증이 등록되어 있습니다. 초기화는 owner에게 요청하십시오"
NOT_STARTED = "2단계 인증 등록을 먼저 시작하십시오 (이미 등록했다면 다시 할 필요가 없습니다)"

# A new secret replaces one whose enrolment was never confirmed, never a confirmed one.
START_ENROLMENT = """
INSERT INTO admin_mfa AS m (admin_id, secret_sealed) VALUES ($1, $2)
ON CONFLICT (admin_id) DO UPDATE
    SET secret_sealed = excluded.secret_sealed, created_at = now(), last_used_step = NULL
    WHERE m.confirmed_at IS NULL
RETURNING 1
"""
PENDING_SECRET = "SELECT secret_sealed FROM admin_mfa WHERE admin_id = $1 AND confirmed_at IS NULL"
CONFIRMED_SECRET = """
SELECT secret_sealed FROM admin_mfa WHERE admin_id = $1 AND confirmed_at IS NOT NULL
"""
CONFIRM = """
UPDATE admin_mfa SET confirmed_at = now(), last_used_step = $2
WHERE admin_id = $1 AND confirmed_at IS NULL
RETURNING 1
"""
# The replay guard: the step moves forward only, so a code passes once.
USE_STEP = """
UPDATE admin_mfa SET last_used_step = $2
WHERE admin_id = $1 AND confirmed_at IS NOT NULL
  AND (last_used_step IS NULL OR last_used_step < $2)
RETURNING 1
"""
DELETE_RECOVERY_CODES = "DELETE FROM admin_recovery_codes WHERE admin_id = $1"
INSERT_RECOVERY_CODES = """
INSERT INTO admin_recovery_codes (admin_id, code_hash) SELECT $1, unnest($2::bytea[])
"""
USE_RECOVERY_CODE = """
UPDATE admin_recovery_codes SET used_at = now()
WHERE admin_id = $1 AND code_hash = $2 AND used_at IS NULL
RETURNING 1
"""
RECOVERY_CODES_LEFT = """
SELECT count(*) FROM admin_recovery_codes WHERE admin_id = $1 AND used_at IS NULL
"""
DELETE_FACTOR = "DELETE FROM admin_mfa WHERE admin_id = $1 RETURNING 1"


@dataclass(frozen=True, slots=True)
class Enrolment:
    """What the admin's authenticator app needs, shown once."""

    secret: str
    otpauth_uri: str
    qr_svg: str


async def start_enrolment(
    conn: asyncpg.Connection, *, actor: Actor, pepper: bytes, admin_id: int, username: str
) -> Enrolment:
    """A new secret for the admin (replacing an unconfirmed one), stored sealed; audited."""
    secret = totp.new_secret()
    async with conn.transaction():
        started = await conn.fetchval(
            START_ENROLMENT, admin_id, totp.seal(pepper, admin_id, secret)
        )
        if started is None:
            raise InvalidRequest(ALREADY_ENROLLED)
        await audit.record(
            conn, actor=actor, action="admin.mfa_enrol", target_type="admin", target_id=admin_id
        )
    uri = totp.otpauth_uri(secret, username)
    return Enrolment(secret, uri, totp.qr_svg(uri))


async def confirm_enrolment(
    conn: asyncpg.Connection, *, actor: Actor, pepper: bytes, admin_id: int, code: str
) -> list[str]:
    """The second factor in force once `code` matches the new secret; returns the ten
    recovery codes (their keyed hashes stored, any earlier ones gone). Audited."""
    names = throttle.subjects(mfa_of=admin_id, client_ip=actor.client_ip)
    await throttle.refuse_if_blocked(conn, names)
    sealed = await conn.fetchval(PENDING_SECRET, admin_id)
    if sealed is None:
        raise InvalidRequest(NOT_STARTED)
    secret = totp.unseal(pepper, admin_id, sealed)
    step = totp.matching_step(secret, code) if secret else None
    if step is None:
        await throttle.record_failure(conn, names)
        raise AdminCodeRejected()
    codes = totp.new_recovery_codes(pepper, admin_id)
    async with conn.transaction():
        if await conn.fetchval(CONFIRM, admin_id, step) is None:
            raise InvalidRequest(NOT_STARTED)
        await conn.execute(DELETE_RECOVERY_CODES, admin_id)
        await conn.execute(INSERT_RECOVERY_CODES, admin_id, codes.hashes)
        await audit.record(
            conn,
            actor=actor,
            action="admin.mfa_confirm",
            target_type="admin",
            target_id=admin_id,
            detail={"recovery_code_count": len(codes.shown)},
        )
    await throttle.clear(conn, throttle.mfa_subject(admin_id))
    return codes.shown


async def accept_code(
    conn: asyncpg.Connection, *, pepper: bytes, admin_id: int, code: str
) -> str | None:
    """Which factor `code` is for the admin (FACTOR_TOTP or FACTOR_RECOVERY_CODE), spending
    it; None when it is wrong or already used. Run it inside the login's transaction, so the
    code is spent only if the session is made."""
    if totp.TOTP_CODE.match(code):
        sealed = await conn.fetchval(CONFIRMED_SECRET, admin_id)
        secret = totp.unseal(pepper, admin_id, sealed) if sealed else None
        step = totp.matching_step(secret, code) if secret else None
        if step is not None and await conn.fetchval(USE_STEP, admin_id, step):
            return FACTOR_TOTP
        return None
    if totp.normalised_recovery_code(code) is None:
        return None
    code_hash = totp.recovery_hash(pepper, admin_id, code)
    if await conn.fetchval(USE_RECOVERY_CODE, admin_id, code_hash):
        return FACTOR_RECOVERY_CODE
    return None


async def recovery_codes_left(conn: asyncpg.Connection, admin_id: int) -> int:
    return await conn.fetchval(RECOVERY_CODES_LEFT, admin_id)


async def reset_factor(conn: asyncpg.Connection, *, actor: Actor, admin_id: int) -> None:
    """For a lost phone: the admin's secret and recovery codes are gone and their sessions
    end; they log in with their password and enrol again. Audited."""
    async with conn.transaction():
        await admins.admin_username(conn, admin_id)  # 1901 for an unknown admin
        had_factor = await conn.fetchval(DELETE_FACTOR, admin_id) is not None
        await conn.execute(DELETE_RECOVERY_CODES, admin_id)
        ended = await admins.end_sessions(conn, admin_id=admin_id)
        await audit.record(
            conn,
            actor=actor,
            action="admin.mfa_reset",
            target_type="admin",
            target_id=admin_id,
            detail={"had_factor": had_factor, "sessions_ended": ended},
        )
