"""GET .../accounts/{account_no}/realized-pnl (spec `realized-pnl`): the sells of a period with
their moving-average cost and realized P&L, newest first, one keyset page per call, and the
period's totals.

The costs are not computed here: a sell's cost depends on every earlier trade of the
instrument, so the triggers of migration 0009 replay the history when it is written and keep
the results; a call reads one page of them and two rows of running totals.
"""

from datetime import date

import asyncpg

from asset_api.auth.principal import Principal
from asset_api.data.paging import (
    SELL_TAG,
    ReportPage,
    encode_moment_key,
    keyset_page,
    moment_page_start,
)
from asset_api.data.scope import REPORT_ACCOUNT, scope_args
from asset_api.db import sql
from asset_api.errors import NotFound, echo

REALIZED_PNL = sql.load(
    __package__,
    "realized_pnl",
    report_account=REPORT_ACCOUNT,
    instrument="NULL::bigint",
    totals="account_days t WHERE t.account_id = a.id",
    code_filter="",
)
REALIZED_PNL_OF_CODE = sql.load(
    __package__,
    "realized_pnl",
    report_account=REPORT_ACCOUNT,
    instrument="(SELECT i.id FROM instruments i WHERE i.env = c.env AND i.code = $11)",
    totals="position_days t WHERE t.account_id = a.id AND t.instrument_id = a.instrument_id",
    code_filter="AND s.instrument_id = a.instrument_id",
)


async def get_realized_pnl(
    conn: asyncpg.Connection,
    *,
    caller: Principal,
    account_no: str,
    start_date: date,
    end_date: date,
    limit: int,
    code: str | None = None,
    next_key: str | None = None,
) -> ReportPage:
    """The summary (RealizedPnlResponseSummary) and one page of RealizedPnlSellsItem."""
    before = moment_page_start(SELL_TAG, next_key, end_date)
    args = [*scope_args(caller), account_no, start_date, end_date, *before, limit + 1]
    if code is None:
        rows = await conn.fetch(REALIZED_PNL, *args)
    else:
        rows = await conn.fetch(REALIZED_PNL_OF_CODE, *args, code)
    if not rows:
        raise NotFound(f"계좌 {echo(account_no)}")
    if code is not None and rows[0]["instrument_id"] is None:
        raise NotFound(f"종목 {echo(code)}")
    return ReportPage(rows[0]["summary"], *keyset_page(rows, limit, "id", _next_key))


def _next_key(last: asyncpg.Record) -> str:
    return encode_moment_key(SELL_TAG, last["trade_date"], last["trade_time"], last["id"])
