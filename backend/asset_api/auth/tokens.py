"""Access tokens: issue, revoke, introspect. Only the keyed hash of a token is stored."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import asyncpg

from asset_api import metrics
from asset_api.auth import key_material
from asset_api.auth.token_cache import TokenCache
from asset_api.domain import KOREA

TOKEN_PURPOSE = "token"

INSERT_TOKEN = """
INSERT INTO access_tokens (token_hash, key_id, dialect, expires_at, client_ip)
VALUES ($1, $2, $3, $4, $5)
"""

# A client may revoke only its own tokens; anything else is silently a no-op (RFC 7009).
REVOKE_TOKEN = """
UPDATE access_tokens SET revoked_at = now()
WHERE token_hash = $1 AND key_id = $2 AND revoked_at IS NULL
"""

# Tokens some days past their expiry, a batch at a time: their rows are of no use any more (a
# deleted token is just an unknown one, 8005) and at a token a second would pile up.
DELETE_EXPIRED = """
DELETE FROM access_tokens WHERE id IN (
    SELECT id FROM access_tokens WHERE expires_at < now() - make_interval(days => $1)
    LIMIT $2
)
"""
DELETE_BATCH = 10_000

INTROSPECT_TOKEN = """
SELECT t.issued_at, t.expires_at, k.appkey, k.scopes, k.env
FROM access_tokens t JOIN api_keys k ON k.id = t.key_id JOIN api_users u ON u.id = k.user_id
WHERE t.token_hash = $1 AND t.key_id = $2 AND t.revoked_at IS NULL AND t.expires_at > now()
  AND k.status = 'active' AND u.status = 'active'
"""


@dataclass(frozen=True, slots=True)
class IssuedToken:
    token: str
    expires_at: datetime

    @classmethod
    def new(cls, lifetime: timedelta) -> "IssuedToken":
        """A fresh random token (access token or approval key) and its expiry, in whole
        seconds, so that expires_dt and expires_in say exactly what the server enforces."""
        return cls(key_material.new_token(), datetime.now(UTC).replace(microsecond=0) + lifetime)

    @property
    def expires_dt(self) -> str:
        """YYYYMMDDHHmmss in Korea time, exactly as the Kiwoom API returns it."""
        return self.expires_at.astimezone(KOREA).strftime("%Y%m%d%H%M%S")

    def expires_in(self, now: datetime | None = None) -> int:
        return int((self.expires_at - (now or datetime.now(UTC))).total_seconds())


def token_hash(pepper: bytes, token: str) -> bytes:
    return key_material.keyed_hash(pepper, TOKEN_PURPOSE, token)


async def issue_token(
    conn: asyncpg.Connection,
    *,
    pepper: bytes,
    key_id: int,
    dialect: str,
    lifetime: timedelta,
    client_ip: str | None,
) -> IssuedToken:
    issued = IssuedToken.new(lifetime)
    digest = token_hash(pepper, issued.token)
    await conn.execute(INSERT_TOKEN, digest, key_id, dialect, issued.expires_at, client_ip)
    metrics.token_issued(dialect)
    return issued


async def revoke_token(
    conn: asyncpg.Connection,
    *,
    pepper: bytes,
    key_id: int,
    token: str,
    cache: TokenCache | None,
) -> bool:
    """Revoke one of the key's tokens (True if it was live) and forget it in `cache`, so it
    stops working in this process at once; other processes' caches let go of it within
    token_cache_seconds."""
    digest = token_hash(pepper, token)
    status = await conn.execute(REVOKE_TOKEN, digest, key_id)
    if cache is not None:
        cache.forget(digest)
    return status.endswith(" 1")


async def introspect_token(
    conn: asyncpg.Connection, *, pepper: bytes, key_id: int, token: str
) -> asyncpg.Record | None:
    return await conn.fetchrow(INTROSPECT_TOKEN, token_hash(pepper, token), key_id)


async def delete_expired(conn: asyncpg.Connection, *, days_after: int) -> int:
    """Delete the tokens that expired more than `days_after` days ago; how many."""
    deleted = 0
    while True:
        status = await conn.execute(DELETE_EXPIRED, days_after, DELETE_BATCH)
        count = int(status.split()[-1])
        deleted += count
        if count < DELETE_BATCH:
            return deleted
