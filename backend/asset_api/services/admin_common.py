"""What the admin services share: pages, whitelisted sorting, Korea-time formatting, text checks."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from pydantic import BaseModel

from asset_api.errors import InvalidRequest
from asset_api.services.tokens import KOREA

# End of an admin-chosen expiry date: the last second of that day in Korea.
END_OF_DAY = time(23, 59, 59)

# ORDER BY directions, the only two strings a request can choose between.
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}

# Requests to the public API (token and data endpoints), as opposed to admin or health calls:
# what the usage figures count.
PUBLIC_API_PATHS = "(path LIKE '/asset-erp/%' OR path LIKE '/oauth2/%')"


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based
    size: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


@dataclass(frozen=True, slots=True)
class PagedRows:
    total: int
    rows: list[dict[str, Any]]


def order_by(columns: Mapping[str, str], sort: str, order: str, tiebreak: str) -> str:
    """An ORDER BY clause built only from the constants in `columns` and DIRECTIONS.

    `sort` and `order` have been validated against the same names by the request model; a
    name outside them is a programming error here, never a piece of SQL.
    """
    direction = DIRECTIONS[order]
    # NULLS LAST in both directions: "never expires" or "never used" sorts after real values.
    return f"ORDER BY {columns[sort]} {direction} NULLS LAST, {tiebreak} {direction}"


def search_text(q: str | None) -> str | None:
    """The text to search for, or None (no filter) when it is missing or blank."""
    if q is None or not q.strip():
        return None
    return q.strip()


def kst_iso(value: datetime | None) -> str | None:
    """2026-12-31T23:59:59+09:00: what the admin API shows for every instant."""
    if value is None:
        return None
    return value.astimezone(KOREA).isoformat(timespec="seconds")


def korea_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """A database row as the admin API shows it: every instant in Korea time."""
    return {
        name: kst_iso(value) if isinstance(value, datetime) else value
        for name, value in record.items()
    }


def end_of_day_kst(field: str, value: str | None) -> datetime | None:
    """The last second of `value` (YYYY-MM-DD) in Korea; None stays None (never expires)."""
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InvalidRequest(f"{field}: 올바른 날짜가 아닙니다 ({value})") from None
    expires_at = datetime.combine(day, END_OF_DAY, KOREA)
    if expires_at <= datetime.now(KOREA):
        raise InvalidRequest(f"{field}: 오늘 이후의 날짜여야 합니다 ({value})")
    return expires_at


def check_storable_text(model: BaseModel) -> None:
    """Refuse strings PostgreSQL cannot store (NUL, lone surrogates) with 1501 naming the field.

    pydantic accepts both from JSON or a query string; PostgreSQL would reject them with an
    error that would otherwise surface as a 500.
    """
    for field, value in model:
        for text in _strings(value):
            check_storable(field, text)


def check_storable(field: str, text: str) -> None:
    if "\x00" in text or not _is_utf8(text):
        raise InvalidRequest(f"{field}: 쓸 수 없는 문자가 들어 있습니다")


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        yield from (item for item in value if isinstance(item, str))


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
