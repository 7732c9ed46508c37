"""Pages of the admin lists (page number and size, with the total) and their search text."""

from dataclasses import dataclass
from typing import Any


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


def search_text(q: str | None) -> str | None:
    """The text to search for, or None (no filter) when it is missing or blank."""
    if q is None or not q.strip():
        return None
    return q.strip()
