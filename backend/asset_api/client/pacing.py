"""Pacing by the server's RateLimit header (draft-ietf-httpapi-ratelimit-headers), so that a
client walking a long history at full speed waits for the next window instead of being refused
with 1700.

Asset-API answers every data call with `RateLimit: "key";r=<left>;t=<seconds>`: `r` calls are
left in the current window, which ends in `t` seconds. The pacer counts its own calls against
the last `r` it was told and, once none are left, holds the next call until the window is over.
An API that sends no such header (Kiwoom) is not paced.
"""

import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any


class Pacer:
    def __init__(self, sleep: Callable[[float], Awaitable[Any]], clock=time.monotonic):
        self._sleep = sleep
        self._clock = clock
        self._left: int | None = None  # None: the server has not said (or its window ended)
        self._window_ends = 0.0

    async def before_call(self) -> None:
        if self._left is not None and self._left <= 0:
            wait = self._window_ends - self._clock()
            if wait > 0:
                await self._sleep(wait)
        if self._clock() >= self._window_ends:
            self._left = None
        elif self._left is not None:
            self._left -= 1

    def after_call(self, headers: Mapping[str, str]) -> None:
        told = parse_ratelimit(headers.get("ratelimit"))
        if told is not None:
            self._left, seconds = told
            # Counted from when the answer arrived, which is after the server's clock said it.
            self._window_ends = self._clock() + seconds


def parse_ratelimit(value: str | None) -> tuple[int, int] | None:
    """(calls left, seconds until the window ends) of a RateLimit header; of the most
    constraining policy when it names several; None when absent or unreadable."""
    if not value:
        return None
    found = []
    for item in value.split(","):
        params = dict(
            part.strip().partition("=")[::2] for part in item.split(";")[1:] if "=" in part
        )
        try:
            found.append((int(params["r"]), int(params.get("t", "1"))))
        except (KeyError, ValueError):
            continue
    return min(found) if found else None
