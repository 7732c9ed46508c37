"""GET .../accounts/{account_no}/transactions (spec `transactions`): trades and cash movements
of a period, newest first, one keyset page per call."""

from dataclasses import dataclass
from datetime import date

import asyncpg

from asset_api.auth.principal import Principal
from asset_api.data.paging import (
    TRANSACTION_TAG,
    encode_moment_key,
    keyset_page,
    moment_page_start,
)
from asset_api.data.scope import IN_SCOPE, scope_args
from asset_api.db import sql
from asset_api.errors import NotFound, echo

TRANSACTIONS = sql.load(
    __package__,
    "transactions",
    in_scope=IN_SCOPE,
    kind_filter="",
)
TRANSACTIONS_OF_KIND = sql.load(
    __package__,
    "transactions",
    in_scope=IN_SCOPE,
    kind_filter="AND t.kind = $10",
)


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
    before = moment_page_start(TRANSACTION_TAG, next_key, end_date)
    args = [*scope_args(caller), account_no, start_date, *before, limit + 1]
    if kind is None:
        rows = await conn.fetch(TRANSACTIONS, *args)
    else:
        rows = await conn.fetch(TRANSACTIONS_OF_KIND, *args, kind)
    if not rows:
        raise NotFound(f"계좌 {echo(account_no)}")
    return TransactionPage(*keyset_page(rows, limit, "id", _next_key))


def _next_key(last: asyncpg.Record) -> str:
    return encode_moment_key(TRANSACTION_TAG, last["trade_date"], last["trade_time"], last["id"])
