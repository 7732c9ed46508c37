"""GET .../instruments/{code}/daily-prices (spec `daily-prices`): OHLCV of a period, newest
first, one keyset page per call, with each day's change against the previous close."""

from dataclasses import dataclass
from datetime import date

import asyncpg

from asset_api.auth.principal import Principal
from asset_api.data.paging import PRICE_TAG, day_page_start, encode_day_key, keyset_page
from asset_api.db import sql
from asset_api.errors import NotFound, echo

DAILY_PRICES = sql.load(__package__, "daily_prices")


@dataclass(frozen=True, slots=True)
class PricePage:
    items: list[bytes]  # the JSON of each DailyPricesPricesItem, newest first
    next_key: str | None  # None: this was the last page


async def get_daily_prices(
    conn: asyncpg.Connection,
    *,
    caller: Principal,
    code: str,
    start_date: date,
    end_date: date,
    limit: int,
    next_key: str | None = None,
) -> PricePage:
    before = day_page_start(PRICE_TAG, next_key, end_date)
    rows = await conn.fetch(DAILY_PRICES, caller.env, code, start_date, end_date, before, limit + 1)
    if not rows:
        raise NotFound(f"종목 {echo(code)}")
    return PricePage(*keyset_page(rows, limit, "date", _next_key))


def _next_key(last: asyncpg.Record) -> str:
    return encode_day_key(PRICE_TAG, last["date"])
