"""Access keys as admins manage them: lists and views (never a secret), and the audited
changes (issue, edit, rotate, revoke), each in one transaction with its audit row.

The key primitives (secrets, hashes, authentication) are auth/keys.py; the admin API and the
CLI both come here, so a change and its audit record are written in one place.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import asyncpg

from asset_api.admin import audit
from asset_api.admin.audit import Actor
from asset_api.admin.korea_time import korea_row, kst_iso
from asset_api.admin.paging import Page, PagedRows
from asset_api.auth import keys
from asset_api.auth.token_cache import TokenCache
from asset_api.db import sql
from asset_api.domain import check_env
from asset_api.errors import InvalidRequest, NotFound

EXPIRING_SOON_DAYS = 14
MAX_GRACE_HOURS = 720
EXPIRING_SOON_LIMIT = 100

KEY_SELECT = sql.load(__package__, "_key_select")
KEYS_FILTER = sql.load(__package__, "_keys_filter")
COUNT_KEYS = sql.load(__package__, "keys_count", keys_filter=KEYS_FILTER)
KEY_SORTS = {
    "created_at": "k.created_at",
    "expires_at": "k.expires_at",
    "last_used_at": "k.last_used_at",
}
LIST_KEYS = sql.sorted_variants(
    __package__, "keys_list", KEY_SORTS, "k.id", key_select=KEY_SELECT, keys_filter=KEYS_FILTER
)
SELECT_KEY = sql.load(__package__, "key_get", key_select=KEY_SELECT)
KEYS_OF_USER = sql.load(__package__, "keys_of_user", key_select=KEY_SELECT)
ALL_KEYS = sql.load(__package__, "keys_all", key_select=KEY_SELECT)
EXPIRING_KEYS = sql.load(__package__, "keys_expiring", key_select=KEY_SELECT)

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
# What the audit log keeps of a newly issued key: its settings, never its secret.
ISSUE_AUDIT_FIELDS = ("user_id", "env", "expires_at", "rate_limit", "scopes", "allowed_cidrs")


@dataclass(frozen=True, slots=True)
class NewSecret:
    """An issued or rotated key: the secretkey exists only here, to be shown once."""

    appkey: str
    secretkey: str
    key: dict[str, Any]  # the key as the admin API shows it


# --- reads ----------------------------------------------------------------------------------


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
    rows = await conn.fetch(
        LIST_KEYS[sort, order], user_id, status, expiring_days, page.size, page.offset
    )
    return PagedRows(total, [korea_row(row) for row in rows])


async def get_key(conn: asyncpg.Connection, *, appkey: str) -> dict[str, Any]:
    row = await conn.fetchrow(SELECT_KEY, appkey)
    if row is None:
        raise NotFound(f"앱키 {appkey}")
    return korea_row(row)


async def keys_of_user(conn: asyncpg.Connection, *, user_id: int) -> list[dict[str, Any]]:
    """All keys of a user, revoked ones included, newest first."""
    return [korea_row(row) for row in await conn.fetch(KEYS_OF_USER, user_id)]


async def all_keys(conn: asyncpg.Connection, *, user_id: int | None) -> list[dict[str, Any]]:
    """Every key (of one user, when given), oldest first."""
    return [korea_row(row) for row in await conn.fetch(ALL_KEYS, user_id)]


async def expiring_keys(
    conn: asyncpg.Connection, *, days: int = EXPIRING_SOON_DAYS
) -> list[dict[str, Any]]:
    """Active keys that expire within `days`, soonest first."""
    rows = await conn.fetch(EXPIRING_KEYS, days, EXPIRING_SOON_LIMIT)
    return [korea_row(row) for row in rows]


# --- audited changes ------------------------------------------------------------------------


async def issue_key(
    conn: asyncpg.Connection,
    *,
    actor: Actor,
    pepper: bytes,
    user_id: int,
    env: str = "real",
    expires_at: datetime | None = None,
    rate_limit: int = 20,
    scopes: list[str] | None = None,
    allowed_cidrs: list[str] | None = None,
) -> NewSecret:
    check_cidrs(allowed_cidrs)
    async with conn.transaction():
        issued = await keys.issue_key(
            conn,
            pepper=pepper,
            user_id=user_id,
            env=env,
            expires_at=expires_at,
            rate_limit=rate_limit,
            scopes=scopes,
            allowed_cidrs=allowed_cidrs,
            created_ip=actor.client_ip,
        )
        key = await get_key(conn, appkey=issued.appkey)
        await audit.record(
            conn,
            actor=actor,
            action="key.issue",
            target_type="key",
            target_id=issued.appkey,
            detail={name: key[name] for name in ISSUE_AUDIT_FIELDS},
        )
    return NewSecret(issued.appkey, issued.secretkey, key)


async def rotate_key(
    conn: asyncpg.Connection, *, actor: Actor, pepper: bytes, appkey: str, grace_hours: float
) -> NewSecret:
    """A new secretkey; the previous one keeps working for `grace_hours`."""
    if not 0 <= grace_hours <= MAX_GRACE_HOURS:  # NaN too
        raise InvalidRequest(f"grace_hours: 0~{MAX_GRACE_HOURS} 사이여야 합니다 ({grace_hours})")
    async with conn.transaction():
        await lock_changeable_key(conn, appkey=appkey)
        issued = await keys.rotate_key(
            conn, pepper=pepper, appkey=appkey, grace=timedelta(hours=grace_hours)
        )
        key = await get_key(conn, appkey=appkey)
        await audit.record(
            conn,
            actor=actor,
            action="key.rotate",
            target_type="key",
            target_id=appkey,
            detail={
                "grace_hours": grace_hours,
                "previous_valid_until": key["previous_valid_until"],
            },
        )
    return NewSecret(appkey, issued.secretkey, key)


async def revoke_key(
    conn: asyncpg.Connection, *, actor: Actor, appkey: str, cache: TokenCache | None
) -> dict[str, Any]:
    """Revoke the key and its live tokens, audited; returns the key.

    Revoking is final, so revoking a revoked key changes nothing (and is not audited again).
    """
    async with conn.transaction():
        row = await conn.fetchrow(LOCK_KEY, appkey)
        if row is None:
            raise NotFound(f"앱키 {appkey}")
        if row["status"] != "revoked":
            live_tokens = await conn.fetchval(COUNT_LIVE_TOKENS, row["id"])
            await keys.set_key_status(conn, appkey=appkey, status="revoked")
            await audit.record(
                conn,
                actor=actor,
                action="key.revoke",
                target_type="key",
                target_id=appkey,
                detail={"revoked_tokens": live_tokens},
            )
        key = await get_key(conn, appkey=appkey)
    _forget(cache)  # the revoked tokens stop working in this process now
    return key


async def update_key(
    conn: asyncpg.Connection,
    *,
    actor: Actor,
    appkey: str,
    changes: dict[str, Any],
    cache: TokenCache | None,
) -> dict[str, Any]:
    """Apply `changes` (a subset of UPDATABLE_FIELDS, expires_at already a datetime or None),
    audited; returns the key. An empty change changes and audits nothing.

    The bearer check reads the key's env on every lookup, so a changed env applies to the
    key's existing tokens as well as to new ones: the cache is forgotten after the commit.
    """
    unknown = set(changes) - set(UPDATABLE_FIELDS)
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    if "rate_limit" in changes:
        keys.check_rate_limit(changes["rate_limit"])
    async with conn.transaction():
        if changes:
            await _apply(conn, appkey, changes)
            await audit.record(
                conn,
                actor=actor,
                action="key.update",
                target_type="key",
                target_id=appkey,
                detail=_audit_detail(changes),
            )
        key = await get_key(conn, appkey=appkey)
    _forget(cache)
    return key


async def lock_changeable_key(conn: asyncpg.Connection, *, appkey: str) -> int:
    """The key's id, locked until the transaction ends. A revoked key is final: as a key that
    can be changed it no longer exists (1901, as keys.set_key_status says too)."""
    row = await conn.fetchrow(LOCK_KEY, appkey)
    if row is None:
        raise NotFound(f"앱키 {appkey}")
    if row["status"] == "revoked":
        raise NotFound(f"앱키 {appkey}: 폐기된 앱키는 바꿀 수 없습니다")
    return row["id"]


def check_cidrs(cidrs: list[str] | None) -> None:
    """1501 naming the first malformed entry, before any write."""
    if cidrs is not None:
        keys.parse_cidrs(cidrs)


async def _apply(conn: asyncpg.Connection, appkey: str, changes: dict[str, Any]) -> None:
    key_id = await lock_changeable_key(conn, appkey=appkey)
    settings = {name: value for name, value in changes.items() if name != "status"}
    if settings:
        env, scopes, cidrs = (settings.get(name) for name in ("env", "scopes", "allowed_cidrs"))
        await conn.execute(
            UPDATE_KEY,
            key_id,
            list(settings),
            check_env(env) if env is not None else None,
            settings.get("expires_at"),
            settings.get("rate_limit"),
            keys.validate_scopes(scopes) if scopes is not None else None,
            keys.parse_cidrs(cidrs) if cidrs is not None else None,
        )
    if "status" in changes:
        await keys.set_key_status(conn, appkey=appkey, status=changes["status"])


def _audit_detail(changes: dict[str, Any]) -> dict[str, Any]:
    detail = dict(changes)
    if "expires_at" in detail:
        detail["expires_at"] = kst_iso(detail["expires_at"])
    return detail


def _forget(cache: TokenCache | None) -> None:
    # Other processes see the change when their cache entries expire (token_cache_seconds).
    if cache is not None:
        cache.forget_all()
