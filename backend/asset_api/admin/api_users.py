"""API users as admins manage them: search, sort and page them; create and edit them, each
change audited in its transaction.

(The administrators themselves are admins.py; the accounts a user may see, grants.py.)
"""

from typing import Any

import asyncpg

from asset_api.admin import audit, grants
from asset_api.admin.audit import Actor
from asset_api.admin.korea_time import korea_row
from asset_api.admin.paging import Page, PagedRows, search_text
from asset_api.auth import keys
from asset_api.auth.token_cache import TokenCache
from asset_api.db import sql
from asset_api.errors import NotFound

USER_COLUMNS = sql.load(__package__, "_user_columns")
USERS_FILTER = sql.load(__package__, "_users_filter")
COUNT_USERS = sql.load(__package__, "users_count", users_filter=USERS_FILTER)
# The sortable columns of the users list; key_count is the output column of that name.
USER_SORTS = {
    "user_id": "u.id",
    "name": "lower(u.name)",
    "created_at": "u.created_at",
    "key_count": "key_count",
}
LIST_USERS = sql.sorted_variants(
    __package__,
    "users_list",
    USER_SORTS,
    "u.id",
    user_columns=USER_COLUMNS,
    users_filter=USERS_FILTER,
)
SELECT_USER = sql.load(__package__, "user_get", user_columns=USER_COLUMNS)

# One statement for any partial update: $2 names the fields the admin sent, so a field set
# to null (email) differs from a field left out.
UPDATE_USER = """
UPDATE api_users SET
    name = CASE WHEN 'name' = ANY($2::text[]) THEN $3 ELSE name END,
    email = CASE WHEN 'email' = ANY($2::text[]) THEN $4 ELSE email END,
    status = CASE WHEN 'status' = ANY($2::text[]) THEN $5 ELSE status END,
    all_accounts = CASE WHEN 'all_accounts' = ANY($2::text[]) THEN $6 ELSE all_accounts END,
    scopes = CASE WHEN 'scopes' = ANY($2::text[]) THEN $7 ELSE scopes END,
    updated_at = now()
WHERE id = $1
RETURNING id
"""

UPDATABLE_FIELDS = ("name", "email", "status", "all_accounts", "scopes")
# What the audit log keeps of a new user.
CREATE_AUDIT_FIELDS = ("name", "email", "all_accounts", "scopes")


async def list_users(
    conn: asyncpg.Connection,
    *,
    q: str | None,
    status: str | None,
    page: Page,
    sort: str,
    order: str,
) -> PagedRows:
    q = search_text(q)
    total = await conn.fetchval(COUNT_USERS, q, status)
    rows = await conn.fetch(LIST_USERS[sort, order], q, status, page.size, page.offset)
    return PagedRows(total, [korea_row(row) for row in rows])


async def get_user(conn: asyncpg.Connection, *, user_id: int) -> dict[str, Any]:
    row = await conn.fetchrow(SELECT_USER, user_id)
    if row is None:
        raise NotFound(f"사용자 {user_id}")
    return korea_row(row)


async def create_user(
    conn: asyncpg.Connection,
    *,
    actor: Actor,
    name: str,
    email: str | None = None,
    all_accounts: bool = False,
    scopes: list[str] | None = None,
    accounts: list[str] | None = None,
    env: str = "real",
) -> dict[str, Any]:
    """A new API user, granted `accounts` of `env` when given; audited. Returns the user."""
    async with conn.transaction():
        user_id = await keys.create_user(
            conn, name=name, email=email, all_accounts=all_accounts, scopes=scopes
        )
        detail_accounts = []
        if accounts:
            detail_accounts = await grants.grant_accounts(
                conn, user_id=user_id, account_nos=accounts, env=env
            )
        user = await get_user(conn, user_id=user_id)
        detail = {name: user[name] for name in CREATE_AUDIT_FIELDS}
        if detail_accounts:
            detail["accounts"] = {"env": env, "account_nos": detail_accounts}
        await audit.record(
            conn,
            actor=actor,
            action="user.create",
            target_type="user",
            target_id=user_id,
            detail=detail,
        )
    return user


async def update_user(
    conn: asyncpg.Connection,
    *,
    actor: Actor,
    user_id: int,
    changes: dict[str, Any],
    cache: TokenCache | None,
) -> dict[str, Any]:
    """Apply `changes` (a subset of UPDATABLE_FIELDS; fields not in it keep their value),
    audited; returns the user. An empty change changes and audits nothing."""
    unknown = set(changes) - set(UPDATABLE_FIELDS)
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    async with conn.transaction():
        if changes:
            await _update(conn, user_id, changes)
            await audit.record(
                conn,
                actor=actor,
                action="user.update",
                target_type="user",
                target_id=user_id,
                detail=changes,
            )
        user = await get_user(conn, user_id=user_id)
    if cache is not None:
        # Status and scopes of the user are part of every cached bearer check of their keys.
        cache.forget_all()
    return user


async def _update(conn: asyncpg.Connection, user_id: int, changes: dict[str, Any]) -> None:
    scopes = changes.get("scopes")
    updated = await conn.fetchval(
        UPDATE_USER,
        user_id,
        list(changes),
        changes.get("name"),
        changes.get("email"),
        changes.get("status"),
        changes.get("all_accounts"),
        keys.validate_scopes(scopes) if scopes is not None else None,
    )
    if updated is None:
        raise NotFound(f"사용자 {user_id}")
