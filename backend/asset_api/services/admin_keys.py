"""Access keys as the admin API shows and edits them. Never reads or returns a secret.

Issuing, rotating and revoking keep their one implementation in services.keys; this module
adds the admin's view (filtered, sorted, paged lists) and the edits only the admin makes.
"""

from typing import Any

import asyncpg

from asset_api.errors import InvalidRequest, NotFound
from asset_api.services.admin_common import Page, PagedRows, korea_row, order_by
from asset_api.services.keys import ENVIRONMENTS, parse_cidrs, set_key_status, validate_scopes

EXPIRING_SOON_DAYS = 14
EXPIRING_SOON_LIMIT = 100

# The key as the admin API shows it: the columns of the `key` object of the specs, no hash.
KEY_SELECT = """
SELECT k.appkey, k.user_id, u.name AS user_name, k.status, k.env, k.expires_at, k.rate_limit,
       k.scopes, k.allowed_cidrs::text[] AS allowed_cidrs, k.created_at, k.rotated_at,
       k.revoked_at, k.last_used_at, host(k.last_used_ip) AS last_used_ip,
       k.previous_valid_until
FROM api_keys k
JOIN api_users u ON u.id = k.user_id
"""

# $1 user id, $2 status, $3 "expiring within this many days" (active keys only); NULL: any.
KEY_FILTER = """
WHERE ($1::bigint IS NULL OR k.user_id = $1)
  AND ($2::text IS NULL OR k.status = $2)
  AND ($3::int IS NULL OR (k.status = 'active' AND k.expires_at > now()
                           AND k.expires_at <= now() + make_interval(days => $3)))
"""
COUNT_KEYS = f"SELECT count(*) FROM api_keys k {KEY_FILTER}"  # noqa: S608 - constants
KEY_SORTS = {
    "created_at": "k.created_at",
    "expires_at": "k.expires_at",
    "last_used_at": "k.last_used_at",
}
PAGE = "LIMIT $4 OFFSET $5"

SELECT_KEY = f"{KEY_SELECT} WHERE k.appkey = $1"  # noqa: S608 - constants
KEYS_OF_USER = f"{KEY_SELECT} WHERE k.user_id = $1 ORDER BY k.created_at DESC, k.id DESC"  # noqa: S608
EXPIRING_KEYS = f"""
{KEY_SELECT}
WHERE k.status = 'active' AND k.expires_at > now()
  AND k.expires_at <= now() + make_interval(days => $1)
ORDER BY k.expires_at, k.id
LIMIT $2
"""  # noqa: S608 - constants

# Locks the key for the rest of the caller's transaction, so a concurrent revoke cannot slip
# between the check "not revoked" and the change.
LOCK_KEY = "SELECT id, status FROM api_keys WHERE appkey = $1 FOR UPDATE"

# One statement for any partial update: $2 names the fields the admin sent, so an expiry set
# to null ("never") differs from an expiry left out.
UPDATE_KEY = """
UPDATE api_keys SET
    env = CASE WHEN 'env' = ANY($2::text[]) THEN $3 ELSE env END,
    expires_at = CASE WHEN 'expires_at' = ANY($2::text[]) THEN $4 ELSE expires_at END,
    rate_limit = CASE WHEN 'rate_limit' = ANY($2::text[]) THEN $5 ELSE rate_limit END,
    scopes = CASE WHEN 'scopes' = ANY($2::text[]) THEN $6 ELSE scopes END,
    allowed_cidrs = CASE WHEN 'allowed_cidrs' = ANY($2::text[]) THEN $7 ELSE allowed_cidrs END
WHERE id = $1
"""

COUNT_LIVE_TOKENS = """
SELECT count(*) FROM access_tokens
WHERE key_id = $1 AND revoked_at IS NULL AND expires_at > now()
"""

UPDATABLE_FIELDS = ("status", "env", "expires_at", "rate_limit", "scopes", "allowed_cidrs")


async def list_keys(
    conn: asyncpg.Connection,
    *,
    user_id: int | None,
    status: str | None,
    expiring_days: int | None,
    page: Page,
    sort: str,
    order: str,
) -> PagedRows:
    total = await conn.fetchval(COUNT_KEYS, user_id, status, expiring_days)
    query = f"{KEY_SELECT} {KEY_FILTER} {order_by(KEY_SORTS, sort, order, 'k.id')} {PAGE}"
    rows = await conn.fetch(query, user_id, status, expiring_days, page.size, page.offset)
    return PagedRows(total, [korea_row(row) for row in rows])


async def get_key(conn: asyncpg.Connection, *, appkey: str) -> dict[str, Any]:
    row = await conn.fetchrow(SELECT_KEY, appkey)
    if row is None:
        raise NotFound(f"앱키 {appkey}")
    return korea_row(row)


async def keys_of_user(conn: asyncpg.Connection, *, user_id: int) -> list[dict[str, Any]]:
    """All keys of a user, revoked ones included, newest first."""
    return [korea_row(row) for row in await conn.fetch(KEYS_OF_USER, user_id)]


async def expiring_keys(
    conn: asyncpg.Connection, *, days: int = EXPIRING_SOON_DAYS
) -> list[dict[str, Any]]:
    """Active keys that expire within `days`, soonest first."""
    rows = await conn.fetch(EXPIRING_KEYS, days, EXPIRING_SOON_LIMIT)
    return [korea_row(row) for row in rows]


async def lock_changeable_key(conn: asyncpg.Connection, *, appkey: str) -> int:
    """The key's id, locked until the transaction ends; revoked keys are final (1501)."""
    row = await conn.fetchrow(LOCK_KEY, appkey)
    if row is None:
        raise NotFound(f"앱키 {appkey}")
    if row["status"] == "revoked":
        raise InvalidRequest(f"appkey: 폐기된 앱키는 바꿀 수 없습니다 ({appkey})")
    return row["id"]


async def update_key(conn: asyncpg.Connection, *, appkey: str, changes: dict[str, Any]) -> None:
    """Apply `changes` (a subset of UPDATABLE_FIELDS, expires_at already a datetime or None).

    The caller runs this in a transaction, with the audit entry, and then forgets the cached
    token states: the bearer check reads the key's env on every lookup, so a changed env
    applies to the key's existing tokens as well as to new ones.
    """
    unknown = set(changes) - set(UPDATABLE_FIELDS)
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    key_id = await lock_changeable_key(conn, appkey=appkey)
    settings = {name: value for name, value in changes.items() if name != "status"}
    if settings:
        await conn.execute(
            UPDATE_KEY,
            key_id,
            list(settings),
            _env(settings.get("env")),
            settings.get("expires_at"),
            settings.get("rate_limit"),
            _scopes(settings.get("scopes")),
            _cidrs(settings.get("allowed_cidrs")),
        )
    if "status" in changes:
        await set_key_status(conn, appkey=appkey, status=changes["status"])


async def revoke_key(conn: asyncpg.Connection, *, appkey: str) -> int | None:
    """Revoke the key and its live tokens; the number of tokens revoked with it.

    None when the key was already revoked: revoking is final, so a second revoke changes
    nothing (and is not audited again).
    """
    row = await conn.fetchrow(LOCK_KEY, appkey)
    if row is None:
        raise NotFound(f"앱키 {appkey}")
    if row["status"] == "revoked":
        return None
    live_tokens = await conn.fetchval(COUNT_LIVE_TOKENS, row["id"])
    await set_key_status(conn, appkey=appkey, status="revoked")
    return live_tokens


def check_cidrs(cidrs: list[str] | None) -> None:
    """1501 naming the first malformed entry, before any write."""
    if cidrs is not None:
        parse_cidrs(cidrs)


def _env(env: str | None) -> str | None:
    if env is not None and env not in ENVIRONMENTS:
        raise InvalidRequest(f"env: 허용된 값은 {', '.join(ENVIRONMENTS)}입니다")
    return env


def _scopes(scopes: list[str] | None) -> list[str] | None:
    return validate_scopes(scopes) if scopes is not None else None


def _cidrs(cidrs: list[str] | None) -> list | None:
    if cidrs is None:
        return None
    check_cidrs(cidrs)
    return parse_cidrs(cidrs)
