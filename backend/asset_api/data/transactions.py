"""GET .../accounts/{account_no}/transactions (spec `transactions`): trades and cash movements
of a period, newest first, one keyset page per call."""

from dataclasses import dataclass
from datetime import date, time

import asyncpg

from asset_api.auth.principal import Principal
from asset_api.data.paging import decode_transaction_key, encode_transaction_key
from asset_api.data.scope import IN_SCOPE, scope_args
from asset_api.db import sql
from asset_api.domain import MAX_BIGINT
from asset_api.errors import NotFound, echo

TRANSACTIONS = sql.load(__package__, "transactions", in_scope=IN_SCOPE, kind_filter="")
TRANSACTIONS_OF_KIND = sql.load(
    __package__, "transactions", in_scope=IN_SCOPE, kind_filter="AND t.kind = $10"
)

# Page 1 starts below the last possible row of end_date.
PAGE_ONE_TIME = time(23, 59, 59)
PAGE_ONE_ID = MAX_BIGINT


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
        raise NotFound(f"계좌 {echo(account_no)}")
    if rows[0]["id"] is None:
        return TransactionPage([], None)
    if len(rows) <= limit:
        return TransactionPage([row["item"] for row in rows], None)
    last = rows[limit - 1]
    key = encode_transaction_key(last["trade_date"], last["trade_time"], last["id"])
    return TransactionPage([row["item"] for row in rows[:limit]], key)
