"""GET .../accounts/{account_no}/daily-valuations (spec `daily-valuations`): the account valued
on each trading day of a period, newest first, one keyset page per call, and the period's
totals.

A day's valuation depends on the whole history before it and on that day's closes, so the
triggers of migration 0009 keep one row per account and trading day, redone when a
transaction or a price they depend on is written; a call reads one page of them.
"""

from datetime import date

import asyncpg

from asset_api.auth.principal import Principal
from asset_api.data.paging import (
    VALUATION_TAG,
    ReportPage,
    day_page_start,
    encode_day_key,
    keyset_page,
)
from asset_api.data.scope import REPORT_ACCOUNT, scope_args
from asset_api.db import sql
from asset_api.errors import NotFound, echo

DAILY_VALUATIONS = sql.load(__package__, "daily_valuations", report_account=REPORT_ACCOUNT)


async def get_daily_valuations(
    conn: asyncpg.Connection,
    *,
    caller: Principal,
    account_no: str,
    start_date: date,
    end_date: date,
    limit: int,
    next_key: str | None = None,
) -> ReportPage:
    """The summary (DailyValuationsResponseSummary) and one page of
    DailyValuationsValuationsItem."""
    before = day_page_start(VALUATION_TAG, next_key, end_date)
    rows = await conn.fetch(
        DAILY_VALUATIONS, *scope_args(caller), account_no, start_date, end_date, before, limit + 1
    )
    if not rows:
        raise NotFound(f"계좌 {echo(account_no)}")
    return ReportPage(rows[0]["summary"], *keyset_page(rows, limit, "date", _next_key))


def _next_key(last: asyncpg.Record) -> str:
    return encode_day_key(VALUATION_TAG, last["date"])
