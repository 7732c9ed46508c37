"""Instruments: the master record with its latest price, and daily prices by period.

Instruments are not granted per user: a key with the `market` scope sees every instrument of
its environment. Each read is one SQL statement; changes and rates are computed there, exact,
and PostgreSQL renders the rows as the JSON of the response, UTF-8 encoded (see
data_http.py).
"""

from dataclasses import dataclass
from datetime import date, timedelta

import asyncpg

from asset_api.errors import NotFound
from asset_api.principal import Principal
from asset_api.services.data_paging import decode_price_key, encode_price_key

# The change against the previous trading day's close, as an integer and as a percentage
# with two decimals (half away from zero; "0.00" without a previous close).
CHANGE_COLUMNS = """
           COALESCE(p.close - p.previous_close, 0) AS change,
           COALESCE(round((p.close - p.previous_close) * 100.0
                          / NULLIF(p.previous_close, 0), 2), 0.00)::text AS change_rate
"""

# The fields of InstrumentResponse as one JSON object; the two latest closes come from one
# backward step on daily_prices' primary key.
INSTRUMENT = f"""
SELECT convert_to(row_to_json(body)::text, 'UTF8') AS fields, body.price_date
FROM instruments i
LEFT JOIN LATERAL (
    SELECT d.trade_date, d.close, d.volume, d.trading_value,
           lead(d.close) OVER (ORDER BY d.trade_date DESC) AS previous_close
    FROM (
        SELECT * FROM daily_prices d
        WHERE d.instrument_id = i.id
        ORDER BY d.trade_date DESC
        LIMIT 2
    ) d
    ORDER BY d.trade_date DESC
    LIMIT 1
) p ON true
CROSS JOIN LATERAL (
    SELECT i.code, i.isin, i.name, i.market, i.sector, i.listed_shares, i.currency,
           to_char(p.trade_date, 'YYYYMMDD') AS price_date, p.close AS last_price,
           {CHANGE_COLUMNS},
           p.volume, p.trading_value,
           p.close * i.listed_shares AS market_cap
) body
WHERE i.env = $1 AND i.code = $2
"""  # noqa: S608 - CHANGE_COLUMNS is a constant

# Newest first, from below the key (end_date + 1 on page 1, the last date sent afterwards).
# The inner scan is deliberately not bounded by start_date: its last row may be the trading
# day before the period, which only supplies the previous close of the oldest row shown.
# The LEFT JOIN keeps one row for an instrument without prices in range (an empty list);
# an unknown code (or one of the other environment) yields no row at all (1901).
# Each row: its date (for the next-key) and the JSON of DailyPricesPricesItem.
DAILY_PRICES = f"""
SELECT item.date, convert_to(row_to_json(item)::text, 'UTF8') AS item
FROM instruments i
LEFT JOIN LATERAL (
    SELECT d.*, lead(d.close) OVER (ORDER BY d.trade_date DESC) AS previous_close
    FROM (
        SELECT * FROM daily_prices d
        WHERE d.instrument_id = i.id AND d.trade_date < $5
        ORDER BY d.trade_date DESC
        LIMIT $6
    ) d
) p ON p.trade_date BETWEEN $3 AND $4
CROSS JOIN LATERAL (
    SELECT to_char(p.trade_date, 'YYYYMMDD') AS date, p.open, p.high, p.low, p.close,
           p.volume, p.trading_value,
           {CHANGE_COLUMNS}
) item
WHERE i.env = $1 AND i.code = $2
ORDER BY p.trade_date DESC
"""  # noqa: S608 - CHANGE_COLUMNS is a constant


async def get_instrument(conn: asyncpg.Connection, *, caller: Principal, code: str) -> bytes:
    """The fields of InstrumentResponse as a JSON object."""
    row = await conn.fetchrow(INSTRUMENT, caller.env, code)
    if row is None:
        raise NotFound(f"종목 {code}")
    if row["price_date"] is None:
        # The response promises a latest price; an instrument loaded without any price has
        # none to give yet.
        raise NotFound(f"종목 {code}의 시세")
    return row["fields"]


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
