"""Instants as the admin API shows and takes them: in Korea time."""

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from asset_api.domain import KOREA
from asset_api.errors import InvalidRequest

# End of an admin-chosen expiry date: the last second of that day in Korea.
END_OF_DAY = time(23, 59, 59)


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
