"""API users and their access keys: create, issue, rotate, disable, revoke, authenticate.

Services take a connection and keyword arguments; a miss raises a domain error.
"""

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta

import asyncpg

from asset_api.auth import key_material
from asset_api.db import sql
from asset_api.domain import check_env
from asset_api.errors import (
    AppError,
    AppKeyDisabled,
    AppKeyExpired,
    InvalidAppKey,
    InvalidRequest,
    IpNotAllowed,
    NotFound,
)

SCOPES = ("accounts", "market")
SECRET_PURPOSE = "secretkey"
MAX_ALLOWED_CIDRS = 100
# Requests per second, as the api_keys CHECK constraint allows.
RATE_LIMIT_RANGE = (1, 10_000)
# As the api_users CHECK constraints allow.
MAX_NAME_LENGTH, MAX_EMAIL_LENGTH = 100, 200
# The columns of a key and its user that a check of one of its credentials reads (the
# /*:key_state*/ slot of sql/token_state.sql and sql/approval_state.sql).
KEY_STATE = sql.load(__package__, "_key_state")

INSERT_USER = """
INSERT INTO api_users (name, email, all_accounts, scopes)
VALUES ($1, $2, $3, $4)
RETURNING id
"""

INSERT_KEY = """
INSERT INTO api_keys (user_id, appkey, secret_hash, env, expires_at, rate_limit, scopes,
                      allowed_cidrs, created_ip)
SELECT u.id, $2, $3, $4, $5, $6, COALESCE($7, u.scopes), $8, $9
FROM api_users u WHERE u.id = $1
RETURNING id, expires_at
"""

# The previous secret keeps working until `previous_valid_until`; a rotation during a grace
# period drops the oldest secret, as only two may be valid at once.
ROTATE_KEY = """
UPDATE api_keys
SET previous_secret_hash = secret_hash,
    previous_valid_until = now() + make_interval(secs => $3),
    secret_hash = $2,
    rotated_at = now()
WHERE appkey = $1 AND status <> 'revoked'
RETURNING id
"""

SET_KEY_STATUS = """
UPDATE api_keys
SET status = $2,
    revoked_at = CASE WHEN $2 = 'revoked' THEN now() ELSE revoked_at END
WHERE appkey = $1 AND status <> 'revoked'
RETURNING id
"""

# Revoking a key ends its tokens too, so nothing issued under it keeps working.
REVOKE_KEY_TOKENS = """
UPDATE access_tokens SET revoked_at = now()
WHERE key_id = $1 AND revoked_at IS NULL AND expires_at > now()
"""


@dataclass(frozen=True, slots=True)
class IssuedKey:
    key_id: int
    appkey: str
    secretkey: str
    expires_at: datetime | None


@dataclass(frozen=True, slots=True)
class AuthenticatedKey:
    key_id: int
    user_id: int
    appkey: str
    env: str
    scopes: list[str]


async def create_user(
    conn: asyncpg.Connection,
    *,
    name: str,
    email: str | None = None,
    all_accounts: bool = False,
    scopes: list[str] | None = None,
) -> int:
    check_user_fields(name=name, email=email)
    scopes = validate_scopes(scopes if scopes is not None else list(SCOPES))
    return await conn.fetchval(INSERT_USER, name, email, all_accounts, scopes)


async def issue_key(
    conn: asyncpg.Connection,
    *,
    pepper: bytes,
    user_id: int,
    env: str = "real",
    expires_at: datetime | None = None,
    rate_limit: int = 20,
    scopes: list[str] | None = None,
    allowed_cidrs: list[str] | None = None,
    created_ip: str | None = None,
) -> IssuedKey:
    """A new key whose secretkey exists only in the returned value: show it once."""
    check_env(env)
    check_rate_limit(rate_limit)
    appkey, secretkey = key_material.new_appkey(), key_material.new_secretkey()
    row = await conn.fetchrow(
        INSERT_KEY,
        user_id,
        appkey,
        key_material.keyed_hash(pepper, SECRET_PURPOSE, secretkey),
        env,
        expires_at,
        rate_limit,
        validate_scopes(scopes) if scopes is not None else None,
        parse_cidrs(allowed_cidrs or []),
        created_ip,
    )
    if row is None:
        raise NotFound(f"사용자 {user_id}")
    return IssuedKey(row["id"], appkey, secretkey, row["expires_at"])


async def rotate_key(
    conn: asyncpg.Connection, *, pepper: bytes, appkey: str, grace: timedelta
) -> IssuedKey:
    secretkey = key_material.new_secretkey()
    key_id = await conn.fetchval(
        ROTATE_KEY,
        appkey,
        key_material.keyed_hash(pepper, SECRET_PURPOSE, secretkey),
        grace.total_seconds(),
    )
    if key_id is None:
        raise NotFound(f"앱키 {appkey}")
    return IssuedKey(key_id, appkey, secretkey, None)


async def set_key_status(conn: asyncpg.Connection, *, appkey: str, status: str) -> int:
    """Disable, re-enable or revoke (final). Revoking also revokes the key's live tokens."""
    if status not in ("active", "disabled", "revoked"):
        raise InvalidRequest("status: 허용된 값은 active, disabled, revoked입니다")
    async with conn.transaction():
        key_id = await conn.fetchval(SET_KEY_STATUS, appkey, status)
        if key_id is None:
            raise NotFound(f"앱키 {appkey} (없거나 이미 폐기됨)")
        if status == "revoked":
            await conn.execute(REVOKE_KEY_TOKENS, key_id)
    return key_id


def authenticated_key(
    row: asyncpg.Record | None, *, pepper: bytes, secretkey: str, client_ip: str | None
) -> AuthenticatedKey:
    """The key of `row` (the key an appkey names, as auth/sql/authenticate_client.sql reads
    it; None: no such key) if `secretkey` is its secret, or the precise refusal of
    CONTRACT.md.

    An unknown appkey and a wrong secret get the same 1001, so neither can be probed; the
    key's state (1002, 1003, 1004) is told only to a caller who proved the secret.
    """
    presented = key_material.keyed_hash(pepper, SECRET_PURPOSE, secretkey)
    if row is None or not _secret_matches(row, presented):
        raise InvalidAppKey()
    if row["status"] != "active" or row["user_status"] != "active":
        raise AppKeyDisabled()
    if row["expired"]:
        raise AppKeyExpired()
    if not ip_allowed(client_ip, row["allowed_cidrs"]):
        raise IpNotAllowed()
    return AuthenticatedKey(row["id"], row["user_id"], row["appkey"], row["env"], row["scopes"])


def _secret_matches(row: asyncpg.Record, presented: bytes) -> bool:
    current = key_material.same_digest(row["secret_hash"], presented)
    previous = key_material.same_digest(row["previous_secret_hash"], presented)
    # Both comparisons run every time, so timing does not tell which secret matched.
    return current or (previous and bool(row["previous_valid"]))


def key_refusal(row: asyncpg.Record) -> type[AppError] | None:
    """The refusal a key's state (a row with the columns of KEY_STATE) calls for: disabled or
    revoked (key or user), or expired."""
    if row["key_status"] != "active" or row["user_status"] != "active":
        return AppKeyDisabled
    if row["key_expired"]:
        return AppKeyExpired
    return None


def ip_allowed(client_ip: str | None, allowed: list) -> bool:
    if not allowed:
        return True
    if client_ip is None:
        return False
    try:
        address = ipaddress.ip_address(client_ip)
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(str(net)) for net in allowed)


def check_rate_limit(rate_limit: int) -> int:
    low, high = RATE_LIMIT_RANGE
    if not low <= rate_limit <= high:
        raise InvalidRequest(f"rate_limit: {low}~{high} 사이여야 합니다 ({rate_limit})")
    return rate_limit


def check_user_fields(*, name: str | None = None, email: str | None = None) -> None:
    """1501 for what the api_users constraints would refuse, before the database is asked."""
    if name is not None and not 1 <= len(name) <= MAX_NAME_LENGTH:
        raise InvalidRequest(f"name: 1~{MAX_NAME_LENGTH}자여야 합니다")
    if email is not None and len(email) > MAX_EMAIL_LENGTH:
        raise InvalidRequest(f"email: {MAX_EMAIL_LENGTH}자 이하여야 합니다")


def validate_scopes(scopes: list[str]) -> list[str]:
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown:
        raise InvalidRequest(f"scopes: 알 수 없는 권한 {', '.join(unknown)}")
    return sorted(set(scopes))


def parse_cidrs(cidrs: list[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """The allowlist's networks, or 1501 naming the first malformed entry (in Korean: the
    ipaddress module's own message is English)."""
    if len(cidrs) > MAX_ALLOWED_CIDRS:
        raise InvalidRequest(f"allowed_cidrs: {MAX_ALLOWED_CIDRS}개까지 지정할 수 있습니다")
    networks = []
    for cidr in cidrs:
        try:
            networks.append(ipaddress.ip_network(cidr.strip(), strict=False))
        except ValueError:
            raise InvalidRequest(f"allowed_cidrs: 올바른 CIDR이 아닙니다 ({cidr[:50]})") from None
    return networks
