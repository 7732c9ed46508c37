"""API users as the admin API shows and edits them: search, sort, page, partial updates."""

from typing import Any

import asyncpg

from asset_api.errors import NotFound
from asset_api.services.admin_common import Page, PagedRows, korea_row, order_by, search_text
from asset_api.services.keys import validate_scopes

# key_count counts the keys that can still be used again: revoked ones are history.
USER_COLUMNS = """
u.id AS user_id, u.name, u.email, u.status, u.all_accounts, u.scopes,
(SELECT count(*) FROM api_keys k WHERE k.user_id = u.id AND k.status <> 'revoked') AS key_count,
u.created_at
"""

# $1 search text (part of the name or e-mail, or the exact id), $2 status; NULL: no filter.
# strpos instead of LIKE, so a search for "50%" or "a_b" means those characters.
USER_FILTER = """
($1::text IS NULL
 OR strpos(lower(u.name), lower($1)) > 0
 OR strpos(lower(COALESCE(u.email, '')), lower($1)) > 0
 OR u.id::text = $1)
AND ($2::text IS NULL OR u.status = $2)
"""

COUNT_USERS = f"SELECT count(*) FROM api_users u WHERE {USER_FILTER}"  # noqa: S608 - constants
LIST_USERS = f"SELECT {USER_COLUMNS} FROM api_users u WHERE {USER_FILTER}"  # noqa: S608 - constants
PAGE = "LIMIT $3 OFFSET $4"

# The sortable columns of the users list; key_count is the output column of that name.
USER_SORTS = {
    "user_id": "u.id",
    "name": "lower(u.name)",
    "created_at": "u.created_at",
    "key_count": "key_count",
}

SELECT_USER = f"SELECT {USER_COLUMNS} FROM api_users u WHERE u.id = $1"  # noqa: S608 - constants

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
    query = f"{LIST_USERS} {order_by(USER_SORTS, sort, order, 'u.id')} {PAGE}"
    rows = await conn.fetch(query, q, status, page.size, page.offset)
    return PagedRows(total, [korea_row(row) for row in rows])


async def get_user(conn: asyncpg.Connection, *, user_id: int) -> dict[str, Any]:
    row = await conn.fetchrow(SELECT_USER, user_id)
    if row is None:
        raise NotFound(f"사용자 {user_id}")
    return korea_row(row)


async def update_user(conn: asyncpg.Connection, *, user_id: int, changes: dict[str, Any]) -> None:
    """Apply `changes` (a subset of UPDATABLE_FIELDS); fields not in it keep their value."""
    unknown = set(changes) - set(UPDATABLE_FIELDS)
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    scopes = changes.get("scopes")
    updated = await conn.fetchval(
        UPDATE_USER,
        user_id,
        list(changes),
        changes.get("name"),
        changes.get("email"),
        changes.get("status"),
        changes.get("all_accounts"),
        validate_scopes(scopes) if scopes is not None else None,
    )
    if updated is None:
        raise NotFound(f"사용자 {user_id}")
