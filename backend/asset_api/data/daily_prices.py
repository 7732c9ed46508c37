"""GET .../instruments/{code}/daily-prices (spec `daily-prices`): OHLCV of a period, newest
first, one keyset page per call, with each day's change against the previous close."""

from dataclasses import dataclass
from datetime import date, timedelta

import asyncpg

from asset_api.auth.principal import Principal
from asset_api.data.paging import decode_price_key, encode_price_key
from asset_api.db import sql
from asset_api.errors import NotFound

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
    # Page 1 reads below the day after end_date (date.max has no such day; nothing trades then).
    before = decode_price_key(next_key) if next_key else _day_after(end_date)
    rows = await conn.fetch(DAILY_PRICES, caller.env, code, start_date, end_date, before, limit + 1)
    if not rows:
        raise NotFound(f"종목 {code}")
    if rows[0]["date"] is None:
        return PricePage([], None)
    if len(rows) <= limit:
        return PricePage([row["item"] for row in rows], None)
    return PricePage(
        [row["item"] for row in rows[:limit]], encode_price_key(rows[limit - 1]["date"])
    )


def _day_after(day: date) -> date:
    return day if day == date.max else day + timedelta(days=1)
