"""Which accounts an API user may see: the grants (user_accounts) that every data query's
scope reads (data/sql/_in_scope.sql). Granted when a user is created (api_users.py) and
replaced one environment at a time from the SPA, audited."""

import asyncpg

from asset_api.admin import audit
from asset_api.admin.audit import Actor
from asset_api.domain import check_env
from asset_api.errors import InvalidRequest, NotFound

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

GRANT = """
INSERT INTO user_accounts (user_id, account_id)
SELECT $1, a.id FROM accounts a WHERE a.env = $2 AND a.account_no = ANY($3::text[])
ON CONFLICT DO NOTHING
"""

FIND_ACCOUNTS = "SELECT account_no FROM accounts WHERE env = $1 AND account_no = ANY($2::text[])"
USER_EXISTS = "SELECT EXISTS (SELECT 1 FROM api_users WHERE id = $1)"

REVOKE = """
DELETE FROM user_accounts g
USING accounts a
WHERE g.account_id = a.id AND g.user_id = $1 AND a.env = $2 AND a.account_no = $3
"""

LIST_GRANTS = """
SELECT a.account_no, a.env, a.name AS account_name, a.broker, a.status, g.granted_at
FROM user_accounts g
JOIN accounts a ON a.id = g.account_id
WHERE g.user_id = $1 AND ($2::text IS NULL OR a.env = $2)
ORDER BY a.env, a.account_no
"""


async def grant_accounts(
    conn: asyncpg.Connection, *, user_id: int, account_nos: list[str], env: str
) -> list[str]:
    """Let user `user_id` see the accounts `account_nos` of `env` (already granted: no-op).

    All or nothing: an unknown user or any unknown account number raises NotFound naming it,
    and grants none. Returns the account numbers, sorted and without duplicates.
    """
    check_env(env)
    wanted = sorted(set(account_nos))
    async with conn.transaction():
        if not await conn.fetchval(USER_EXISTS, user_id):
            raise NotFound(f"사용자 {user_id}")
        missing = await missing_accounts(conn, env=env, account_nos=wanted)
        if missing:
            raise NotFound(f"계좌 {', '.join(missing)} ({env})")
        await conn.execute(GRANT, user_id, env, wanted)
    return wanted


async def missing_accounts(
    conn: asyncpg.Connection, *, env: str, account_nos: list[str]
) -> list[str]:
    """The account numbers of `account_nos` that `env` does not have, in the given order."""
    found = {row["account_no"] for row in await conn.fetch(FIND_ACCOUNTS, env, account_nos)}
    return [number for number in account_nos if number not in found]


async def revoke_account(
    conn: asyncpg.Connection, *, user_id: int, account_no: str, env: str
) -> bool:
    """Withdraw one grant; True if there was one. Takes effect on the very next request."""
    check_env(env)
    status = await conn.execute(REVOKE, user_id, env, account_no)
    return status != "DELETE 0"


async def list_user_accounts(
    conn: asyncpg.Connection, *, user_id: int, env: str | None = None
) -> list[dict]:
    """The accounts granted to `user_id` (of `env`, or of both environments)."""
    if env is not None:
        check_env(env)
    return [dict(row) for row in await conn.fetch(LIST_GRANTS, user_id, env)]


async def user_accounts(conn: asyncpg.Connection, *, user_id: int) -> list[dict]:
    """The accounts granted to the user, both environments, as the admin API shows them."""
    rows = await list_user_accounts(conn, user_id=user_id)
    return [
        {"account_no": r["account_no"], "account_name": r["account_name"], "env": r["env"]}
        for r in rows
    ]


async def replace_user_accounts(
    conn: asyncpg.Connection, *, actor: Actor, user_id: int, env: str, account_nos: list[str]
) -> list[str]:
    """Make `account_nos` exactly the accounts of `env` the user may see, audited; returns
    them sorted. All or nothing: an unknown account number refuses the whole call (1901,
    naming it, as grant_accounts does)."""
    wanted = sorted(set(account_nos))
    if len(wanted) > MAX_GRANTS_PER_CALL:
        raise InvalidRequest(f"account_nos: 한 번에 {MAX_GRANTS_PER_CALL}개까지 지정할 수 있습니다")
    async with conn.transaction():
        if await conn.fetchval(LOCK_USER, user_id) is None:
            raise NotFound(f"사용자 {user_id}")
        missing = await missing_accounts(conn, env=env, account_nos=wanted)
        if missing:
            listed = ", ".join(missing[:10])
            raise NotFound(f"계좌 {listed} ({env})")
        await conn.execute(REVOKE_OTHER_GRANTS, user_id, env, wanted)
        if wanted:
            await grant_accounts(conn, user_id=user_id, account_nos=wanted, env=env)
        await audit.record(
            conn,
            actor=actor,
            action="user.accounts",
            target_type="user",
            target_id=user_id,
            detail={"env": env, "account_nos": wanted},
        )
    return wanted
