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
from datetime import date, time

from asset_api.domain import MAX_BIGINT
from asset_api.errors import InvalidRequest

MAX_KEY_LENGTH = 200

TRANSACTION_TAG = "T"  # T + YYYYMMDD + HHMMSS + id
PRICE_TAG = "P"  # P + YYYYMMDD
TRANSACTION_KEY = re.compile(r"^T(\d{8})(\d{6})(\d{1,19})$")
PRICE_KEY = re.compile(r"^P(\d{8})$")
BASE64URL = re.compile(r"^[A-Za-z0-9_-]+$")
EIGHT_DIGITS = re.compile(r"^[0-9]{8}$")


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


def encode_transaction_key(trade_date: str, trade_time: str, row_id: int) -> str:
    """From the row as sent: trade_date YYYYMMDD, trade_time HHMMSS, and its id."""
    return _encode(f"{TRANSACTION_TAG}{trade_date}{trade_time}{row_id}")


def decode_transaction_key(key: str) -> tuple[date, time, int]:
    match = TRANSACTION_KEY.match(_decode(key))
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


def encode_price_key(trade_date: str) -> str:
    """From the row as sent: its date, YYYYMMDD."""
    return _encode(f"{PRICE_TAG}{trade_date}")


def decode_price_key(key: str) -> date:
    match = PRICE_KEY.match(_decode(key))
    if match is None:
        raise _bad_key()
    try:
        return _parse_date(match.group(1))
    except ValueError:
        raise _bad_key() from None


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


def _parse_date(text: str) -> date:
    if not EIGHT_DIGITS.match(text):
        raise ValueError(text)
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))


def _bad_key() -> InvalidRequest:
    return InvalidRequest("next-key: 이전 응답의 next-key 값을 그대로 보내십시오")
