"""Accounts for the admin: the catalog to pick from, and which accounts a user may see.

The grants themselves go through services.data_accounts (the data endpoints' owner of the
user_accounts table); this module adds what only the admin needs: replacing one
environment's grants as a whole, and searching the catalog page by page.
"""

import asyncpg

from asset_api.errors import InvalidRequest, NotFound
from asset_api.services.admin_common import Page, PagedRows, search_text
from asset_api.services.data_accounts import (
    grant_accounts,
    list_user_accounts,
    missing_accounts,
)

MAX_GRANTS_PER_CALL = 1000

# Locks the user's row, so two admins replacing the same grants at once apply one after the
# other instead of interleaving their deletes and inserts.
LOCK_USER = "SELECT id FROM api_users WHERE id = $1 FOR UPDATE"
REVOKE_OTHER_GRANTS = """
DELETE FROM user_accounts g
USING accounts a
WHERE g.account_id = a.id AND g.user_id = $1 AND a.env = $2
  AND NOT (a.account_no = ANY($3::text[]))
"""

# $1 env, $2 search text (part of the number, name or broker); NULL: no filter.
ACCOUNT_FILTER = """
($1::text IS NULL OR a.env = $1)
AND ($2::text IS NULL
     OR strpos(a.account_no, $2) > 0
     OR strpos(lower(a.name), lower($2)) > 0
     OR strpos(lower(a.broker), lower($2)) > 0)
"""
COUNT_ACCOUNTS = f"SELECT count(*) FROM accounts a WHERE {ACCOUNT_FILTER}"  # noqa: S608 - constants
LIST_ACCOUNTS = f"""
SELECT a.account_no, a.name AS account_name, a.broker, a.env
FROM accounts a
WHERE {ACCOUNT_FILTER}
ORDER BY a.env, a.account_no
LIMIT $3 OFFSET $4
"""  # noqa: S608 - constants


async def user_accounts(conn: asyncpg.Connection, *, user_id: int) -> list[dict]:
    """The accounts granted to the user, both environments, as the admin API shows them."""
    rows = await list_user_accounts(conn, user_id=user_id)
    return [
        {"account_no": r["account_no"], "account_name": r["account_name"], "env": r["env"]}
        for r in rows
    ]


async def replace_user_accounts(
    conn: asyncpg.Connection, *, user_id: int, env: str, account_nos: list[str]
) -> list[str]:
    """Make `account_nos` exactly the accounts of `env` the user may see; returns them sorted.

    All or nothing: an unknown account number refuses the whole call (1501, naming it). The
    caller runs this in a transaction.
    """
    wanted = sorted(set(account_nos))
    if len(wanted) > MAX_GRANTS_PER_CALL:
        raise InvalidRequest(f"account_nos: 한 번에 {MAX_GRANTS_PER_CALL}개까지 지정할 수 있습니다")
    if await conn.fetchval(LOCK_USER, user_id) is None:
        raise NotFound(f"사용자 {user_id}")
    missing = await missing_accounts(conn, env=env, account_nos=wanted)
    if missing:
        listed = ", ".join(missing[:10])
        raise InvalidRequest(f"account_nos: {env} 환경에 없는 계좌입니다: {listed}")
    await conn.execute(REVOKE_OTHER_GRANTS, user_id, env, wanted)
    if wanted:
        await grant_accounts(conn, user_id=user_id, account_nos=wanted, env=env)
    return wanted


async def list_accounts(
    conn: asyncpg.Connection, *, env: str | None, q: str | None, page: Page
) -> PagedRows:
    q = search_text(q)
    total = await conn.fetchval(COUNT_ACCOUNTS, env, q)
    rows = await conn.fetch(LIST_ACCOUNTS, env, q, page.size, page.offset)
    return PagedRows(total, [dict(row) for row in rows])
