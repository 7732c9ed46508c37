"""The administrators themselves (the people who log in to the SPA): argon2id passwords."""

import secrets
from dataclasses import dataclass

import asyncpg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from asset_api.admin import audit
from asset_api.admin.audit import Actor
from asset_api.errors import InvalidRequest

MIN_PASSWORD_LENGTH = 10
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verifying against this when the username is unknown keeps the timing of both failures alike.
_DUMMY_HASH = _hasher.hash("not-a-real-password")

INSERT_ADMIN = "INSERT INTO admins (username, password_hash) VALUES ($1, $2) RETURNING id"
COUNT_ADMINS = "SELECT count(*) FROM admins"


@dataclass(frozen=True, slots=True)
class Admin:
    id: int
    username: str


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


async def create_admin(
    conn: asyncpg.Connection,
    *,
    actor: Actor,
    username: str,
    password: str,
    detail: dict | None = None,
) -> int:
    """A new admin, audited in the same transaction."""
    password_hash = hash_password(password)
    async with conn.transaction():
        try:
            admin_id = await conn.fetchval(INSERT_ADMIN, username, password_hash)
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
            detail=detail,
        )
    return admin_id


async def admin_count(conn: asyncpg.Connection) -> int:
    return await conn.fetchval(COUNT_ADMINS)
