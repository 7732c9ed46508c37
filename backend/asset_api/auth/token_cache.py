"""The in-process cache of verified token states, a few seconds long.

It bounds how long a revocation takes to reach every process: `token_cache_seconds`. The
process that made a change forgets at once (`forget`, `forget_all`); the others when their
entries expire.
"""

import time
from dataclasses import dataclass

from asset_api.auth.principal import Principal
from asset_api.errors import AppError

CACHE_MAX_ENTRIES = 50_000


@dataclass(frozen=True, slots=True)
class TokenState:
    """What the database said about a token, as cached."""

    principal: Principal | None  # None: unknown token
    revoked: bool
    key_refusal: type[AppError] | None  # the refusal the key's state calls for, if any
    allowed_cidrs: tuple


class TokenCache:
    def __init__(self, ttl_seconds: float):
        self.ttl = ttl_seconds
        self._entries: dict[bytes, tuple[float, TokenState]] = {}

    def get(self, digest: bytes) -> TokenState | None:
        entry = self._entries.get(digest)
        if entry is None or entry[0] < time.monotonic():
            return None
        return entry[1]

    def put(self, digest: bytes, state: TokenState) -> None:
        if len(self._entries) >= CACHE_MAX_ENTRIES:
            self._entries.clear()  # rare; simpler and safer than an LRU for a few-second cache
        self._entries[digest] = (time.monotonic() + self.ttl, state)

    def forget(self, digest: bytes) -> None:
        self._entries.pop(digest, None)

    def forget_all(self) -> None:
        """After a change to a key or a user: every cached state may depend on it."""
        self._entries.clear()
