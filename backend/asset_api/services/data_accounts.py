"""Accounts: what a key may see (list, balance, transactions) and the grants behind it.

Every query takes the caller's scope as parameters and applies it in its WHERE clause:
`env = $env AND ($all_accounts OR EXISTS a grant)`. An account outside the scope is therefore
indistinguishable from one that does not exist; both are NotFound (1901). Each read is one
SQL statement; summary figures and rates are computed by PostgreSQL in exact numeric
arithmetic, and it renders the rows as the JSON of the response, UTF-8 encoded (see
data_http.py): integers stay integers, rates are decimal strings.
"""

from dataclasses import dataclass
from datetime import date, time

import asyncpg

from asset_api.errors import InvalidRequest, NotFound
from asset_api.principal import Principal
from asset_api.services.data_paging import decode_transaction_key, encode_transaction_key
from asset_api.services.data_store import ENVIRONMENTS

# The scope predicate shared by every account query: $1 env, $2 all_accounts, $3 user id.
IN_SCOPE = """
a.env = $1
AND ($2::boolean OR EXISTS (
    SELECT 1 FROM user_accounts g WHERE g.user_id = $3::bigint AND g.account_id = a.id))
"""

# One JSON object per account (AccountsAccountsItem), by account number.
LIST_ACCOUNTS = f"""
SELECT convert_to(row_to_json(item)::text, 'UTF8') AS item
FROM (
    SELECT a.account_no, a.name AS account_name, a.broker, a.currency,
           to_char(a.opened_on, 'YYYYMMDD') AS opened_date, a.status
    FROM accounts a
    WHERE {IN_SCOPE}
) item
ORDER BY item.account_no
"""  # noqa: S608 - IN_SCOPE is a constant

# Rates and weights: percentages with two decimals, rounded half away from zero, "0.00" when
# the base is zero (the text cast keeps both decimals: "0.00", "-3.10").
# One row, the fields of BalanceResponse as a JSON object; no row when out of scope.
BALANCE = f"""
WITH account AS (
    SELECT a.id, COALESCE(c.deposit, 0) AS deposit
    FROM accounts a
    LEFT JOIN cash_balances c ON c.account_id = a.id
    WHERE a.account_no = $4 AND {IN_SCOPE}
),
position AS (
    SELECT i.code, i.name, h.quantity, h.purchase_amount,
           h.purchase_amount / h.quantity AS avg_purchase_price,  -- cut to the won
           -- an instrument without any price yet is valued at what was paid for it
           COALESCE(p.close, h.purchase_amount / h.quantity) AS current_price,
           p.trade_date AS price_date
    FROM account a
    JOIN holdings h ON h.account_id = a.id
    JOIN instruments i ON i.id = h.instrument_id
    -- The latest close, kept per instrument by triggers on daily_prices (migration 0005).
    LEFT JOIN latest_prices p ON p.instrument_id = h.instrument_id
),
valued AS (
    SELECT *, quantity * current_price AS evaluation_amount FROM position
),
total AS (
    SELECT COALESCE(sum(purchase_amount), 0)::bigint AS purchase_amount,
           COALESCE(sum(evaluation_amount), 0)::bigint AS evaluation_amount,
           max(price_date) AS price_date
    FROM valued
),
holding AS (
    SELECT v.code, v.name, v.quantity, v.avg_purchase_price, v.purchase_amount,
           v.current_price, v.evaluation_amount,
           v.evaluation_amount - v.purchase_amount AS profit_loss,
           COALESCE(round((v.evaluation_amount - v.purchase_amount) * 100.0
                          / NULLIF(v.purchase_amount, 0), 2), 0.00)::text AS profit_loss_rate,
           COALESCE(round(v.evaluation_amount * 100.0
                          / NULLIF(t.evaluation_amount, 0), 2), 0.00)::text AS weight
    FROM valued v CROSS JOIN total t
)
-- The summary fields by row_to_json, the holdings spliced in as text: a json value among
-- them would be parsed again only to be printed. Each holding by format(), which renders the
-- same JSON as row_to_json (to_json quotes the text) in ~13% less of the query's time.
SELECT convert_to(rtrim(row_to_json(body)::text, '}}') || ',"holdings":[' || COALESCE((
           SELECT string_agg(format(
                      '{{"code":%s,"name":%s,"quantity":%s,"avg_purchase_price":%s,'
                      '"purchase_amount":%s,"current_price":%s,"evaluation_amount":%s,'
                      '"profit_loss":%s,"profit_loss_rate":"%s","weight":"%s"}}',
                      to_json(h.code), to_json(h.name), h.quantity, h.avg_purchase_price,
                      h.purchase_amount, h.current_price, h.evaluation_amount,
                      h.profit_loss, h.profit_loss_rate, h.weight),
                  ',' ORDER BY h.evaluation_amount DESC, h.code)
           FROM holding h
       ), '') || ']}}', 'UTF8')
FROM (
    SELECT
        -- without holdings: the environment's latest trading day (evaluated only then), and
        -- without any price at all: today in Korea
        to_char(COALESCE(t.price_date, (
            SELECT max(latest.trade_date)
            FROM latest_prices latest
            JOIN instruments i ON i.id = latest.instrument_id
            WHERE i.env = $1
        ), (now() AT TIME ZONE 'Asia/Seoul')::date), 'YYYYMMDD') AS price_date,
        a.deposit,
        t.purchase_amount AS total_purchase_amount,
        t.evaluation_amount AS total_evaluation_amount,
        t.evaluation_amount - t.purchase_amount AS total_profit_loss,
        COALESCE(round((t.evaluation_amount - t.purchase_amount) * 100.0
                       / NULLIF(t.purchase_amount, 0), 2), 0.00)::text AS total_profit_loss_rate,
        a.deposit + t.evaluation_amount AS estimated_assets
    FROM account a
    CROSS JOIN total t
) body
"""  # noqa: S608 - IN_SCOPE is a constant

# Newest first. Page 1 starts below (end_date, 23:59:59, max id), later pages below the last
# row sent. That row comparison is the scan's only upper bound on purpose: a second one
# (trade_date <= end_date) would let PostgreSQL start the backward index scan at end_date and
# filter its way down to the key, so a deep page would cost in proportion to its depth. With
# it alone, page 1,000 costs what page 1 costs. The LEFT JOIN keeps one row for an account
# with no transaction in range (200 with an empty list), while an account out of scope yields
# no row at all (1901).
# {kind_filter} is one of two constants below, never a value: with a kind, the scan uses
# transactions_kind_keyset instead, so a rare kind does not wade through the others.
# Each row: the sort key of the row (for the next-key) and the row as the JSON of
# TransactionsTransactionsItem.
_TRANSACTIONS = """
SELECT t.id, item.trade_date, item.trade_time, convert_to(row_to_json(item)::text, 'UTF8') AS item
FROM accounts a
LEFT JOIN LATERAL (
    SELECT * FROM transactions t
    WHERE t.account_id = a.id {kind_filter}
      AND t.trade_date >= $5
      AND (t.trade_date, t.trade_time, t.id) < ($6::date, $7::time, $8::bigint)
    ORDER BY t.trade_date DESC, t.trade_time DESC, t.id DESC
    LIMIT $9
) t ON true
LEFT JOIN instruments i ON i.id = t.instrument_id
CROSS JOIN LATERAL (
    SELECT 'TX' || to_char(t.trade_date, 'YYYYMMDD')
               || lpad(t.id::text, greatest(6, length(t.id::text)), '0') AS transaction_id,
           to_char(t.trade_date, 'YYYYMMDD') AS trade_date,
           to_char(t.trade_time, 'HH24MISS') AS trade_time,
           t.kind, i.code, i.name, t.quantity, t.price, t.amount, t.fee, t.tax,
           t.settlement_amount
) item
WHERE a.account_no = $4 AND {in_scope}
ORDER BY t.trade_date DESC, t.trade_time DESC, t.id DESC
"""
TRANSACTIONS = _TRANSACTIONS.format(kind_filter="", in_scope=IN_SCOPE)
TRANSACTIONS_OF_KIND = _TRANSACTIONS.format(kind_filter="AND t.kind = $10", in_scope=IN_SCOPE)

PAGE_ONE_TIME = time(23, 59, 59)
PAGE_ONE_ID = 2**63 - 1


def scope_args(caller: Principal) -> tuple[str, bool, int]:
    return caller.env, caller.all_accounts, caller.user_id


async def list_accounts(conn: asyncpg.Connection, *, caller: Principal) -> list[bytes]:
    """The caller's accounts, each as the JSON of AccountsAccountsItem."""
    return [row["item"] for row in await conn.fetch(LIST_ACCOUNTS, *scope_args(caller))]


async def get_balance(conn: asyncpg.Connection, *, caller: Principal, account_no: str) -> bytes:
    """The fields of BalanceResponse as a JSON object."""
    fields = await conn.fetchval(BALANCE, *scope_args(caller), account_no)
    if fields is None:
        raise NotFound(f"계좌 {account_no}")
    return fields


@dataclass(frozen=True, slots=True)
class TransactionPage:
    items: list[bytes]  # the JSON of each TransactionsTransactionsItem, newest first
    next_key: str | None  # None: this was the last page


async def get_transactions(
    conn: asyncpg.Connection,
    *,
    caller: Principal,
    account_no: str,
    start_date: date,
    end_date: date,
    limit: int,
    kind: str | None = None,
    next_key: str | None = None,
) -> TransactionPage:
    page_one = (end_date, PAGE_ONE_TIME, PAGE_ONE_ID)
    # A key past end_date (sent with a narrower period than its first page) starts at end_date.
    before = min(decode_transaction_key(next_key), page_one) if next_key else page_one
    args = [*scope_args(caller), account_no, start_date, *before, limit + 1]
    if kind is None:
        rows = await conn.fetch(TRANSACTIONS, *args)
    else:
        rows = await conn.fetch(TRANSACTIONS_OF_KIND, *args, kind)
    if not rows:
        raise NotFound(f"계좌 {account_no}")
    if rows[0]["id"] is None:
        return TransactionPage([], None)
    if len(rows) <= limit:
        return TransactionPage([row["item"] for row in rows], None)
    last = rows[limit - 1]
    key = encode_transaction_key(last["trade_date"], last["trade_time"], last["id"])
    return TransactionPage([row["item"] for row in rows[:limit]], key)


# --- grants (used by the admin API and CLI) -------------------------------------------------

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
    _check_env(env)
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
    _check_env(env)
    status = await conn.execute(REVOKE, user_id, env, account_no)
    return status != "DELETE 0"


async def list_user_accounts(
    conn: asyncpg.Connection, *, user_id: int, env: str | None = None
) -> list[dict]:
    """The accounts granted to `user_id` (of `env`, or of both environments)."""
    if env is not None:
        _check_env(env)
    return [dict(row) for row in await conn.fetch(LIST_GRANTS, user_id, env)]


def _check_env(env: str) -> None:
    if env not in ENVIRONMENTS:
        raise InvalidRequest(f"env: 허용된 값은 {', '.join(ENVIRONMENTS)}입니다")
