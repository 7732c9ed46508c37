"""Keyset pagination and periods for the paginated data endpoints, in the Kiwoom manner.

A response with more rows carries `cont-yn: Y` and `next-key: <opaque>`; the client repeats
the call with both as request headers. The key is the sort key of the last row sent
(URL-safe base64 of a short text with a one-letter tag per endpoint), so the next page is an
index range scan that starts right after it: page 1,000 costs what page 1 costs, and rows
inserted meanwhile can neither be skipped nor repeated.
"""

import base64
import binascii
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

import asyncpg

from asset_api.domain import MAX_BIGINT
from asset_api.errors import InvalidRequest

MAX_KEY_LENGTH = 200

# Tags of the keys that end in a row's (date, time, id): tag + YYYYMMDD + HHMMSS + id
TRANSACTION_TAG = "T"  # transactions
SELL_TAG = "S"  # realized-pnl
# Tags of the keys that end in a day: tag + YYYYMMDD
PRICE_TAG = "P"  # daily-prices
VALUATION_TAG = "V"  # daily-valuations
MOMENT_KEY = re.compile(r"^(\d{8})(\d{6})(\d{1,19})$")  # after the tag
DAY_KEY = re.compile(r"^(\d{8})$")
BASE64URL = re.compile(r"^[A-Za-z0-9_-]+$")
EIGHT_DIGITS = re.compile(r"^[0-9]{8}$")


@dataclass(frozen=True, slots=True)
class ReportPage:
    """One page of an account report (realized-pnl, daily-valuations)."""

    summary: bytes  # the JSON object of the period's summary, the same on every page
    items: list[bytes]  # the JSON of each row, newest first
    next_key: str | None  # None: this was the last page


def keyset_page(
    rows: Sequence[asyncpg.Record],
    limit: int,
    sort_key: str,
    next_key: Callable[[asyncpg.Record], str],
) -> tuple[list[bytes], str | None]:
    """The items (column `item`) of a page and its next-key, from the `limit + 1` rows of a
    keyset statement. Its LEFT JOIN leaves one row whose `sort_key` is NULL when the page is
    empty; a row beyond `limit` means another page, which starts after the last row sent."""
    if rows[0][sort_key] is None:
        return [], None
    if len(rows) <= limit:
        return [row["item"] for row in rows], None
    return [row["item"] for row in rows[:limit]], next_key(rows[limit - 1])


def continuation(cont_yn: str | None, next_key: str | None) -> str | None:
    """The next-key of the `cont-yn` / `next-key` request headers, checked; None on page 1.

    A next-key is honoured even without `cont-yn: Y` (a client that forgot the flag still
    moves forward instead of looping on page 1), but `cont-yn: Y` without a key is an error.
    """
    if cont_yn is not None and cont_yn not in ("Y", "N"):
        raise InvalidRequest("cont-yn: 허용된 값은 Y, N입니다")
    if next_key is not None and not next_key.strip():
        next_key = None
    if cont_yn == "Y" and next_key is None:
        raise InvalidRequest("next-key: cont-yn이 Y이면 필수 항목입니다")
    return next_key


def page_headers(next_key: str | None) -> dict[str, str]:
    if next_key is None:
        return {"cont-yn": "N"}
    return {"cont-yn": "Y", "next-key": next_key}


def encode_moment_key(tag: str, trade_date: str, trade_time: str, row_id: int) -> str:
    """From the row as sent: trade_date YYYYMMDD, trade_time HHMMSS, and its id."""
    return _encode(f"{tag}{trade_date}{trade_time}{row_id}")


def decode_moment_key(tag: str, key: str) -> tuple[date, time, int]:
    match = MOMENT_KEY.match(_untagged(key, tag))
    if match is None:
        raise _bad_key()
    day, moment, row_id = match.groups()
    try:
        moment_of_day = time(int(moment[:2]), int(moment[2:4]), int(moment[4:]))
        key = _parse_date(day), moment_of_day, int(row_id)
    except ValueError:
        raise _bad_key() from None
    if key[2] > MAX_BIGINT:
        raise _bad_key()
    return key


def encode_day_key(tag: str, trade_date: str) -> str:
    """From the row as sent: its date, YYYYMMDD."""
    return _encode(f"{tag}{trade_date}")


def decode_day_key(tag: str, key: str) -> date:
    match = DAY_KEY.match(_untagged(key, tag))
    if match is None:
        raise _bad_key()
    try:
        return _parse_date(match.group(1))
    except ValueError:
        raise _bad_key() from None


def moment_page_start(tag: str, next_key: str | None, end_date: date) -> tuple[date, time, int]:
    """The (date, time, id) a page newest first starts below: past every row of end_date on
    page 1, the next-key's row afterwards. A key past end_date (sent with a narrower period
    than its first page) starts at end_date."""
    page_one = (end_date, time(23, 59, 59), MAX_BIGINT)
    return min(decode_moment_key(tag, next_key), page_one) if next_key else page_one


def day_page_start(tag: str, next_key: str | None, end_date: date) -> date:
    """The day a page newest first starts below: the day after end_date on page 1 (date.max
    has none; nothing happens then), the next-key's day afterwards, never past page 1's."""
    page_one = end_date if end_date == date.max else end_date + timedelta(days=1)
    return min(decode_day_key(tag, next_key), page_one) if next_key else page_one


def parse_period(start_date: str, end_date: str) -> tuple[date, date]:
    """start_date and end_date (YYYYMMDD, both included), checked to be real dates in order."""
    start = _query_date("start_date", start_date)
    end = _query_date("end_date", end_date)
    if end < start:
        raise InvalidRequest("end_date: start_date보다 앞설 수 없습니다")
    return start, end


def _query_date(field: str, text: str) -> date:
    try:
        return _parse_date(text)
    except ValueError:
        raise InvalidRequest(f"{field}: 올바른 날짜(YYYYMMDD)가 아닙니다") from None


def _encode(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _decode(key: str) -> str:
    if len(key) > MAX_KEY_LENGTH or not BASE64URL.match(key):
        raise _bad_key()
    try:
        raw = base64.urlsafe_b64decode(key + "=" * (-len(key) % 4))
        return raw.decode("ascii")
    except (binascii.Error, ValueError):
        raise _bad_key() from None


def _untagged(key: str, tag: str) -> str:
    """The key's text after its tag; a key of another endpoint is refused like any bad key."""
    text = _decode(key)
    if not text.startswith(tag):
        raise _bad_key()
    return text[len(tag) :]


def _parse_date(text: str) -> date:
    if not EIGHT_DIGITS.match(text):
        raise ValueError(text)
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))


def _bad_key() -> InvalidRequest:
    return InvalidRequest("next-key: 이전 응답의 next-key 값을 그대로 보내십시오")
