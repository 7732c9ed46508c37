"""Bearer verification: the one dependency in front of every data endpoint.

token → keyed hash → (in-process cache of a few seconds | one SQL lookup) → expiry,
revocation, key and user status, IP allowlist, scope, rate limit. The cache bounds how long a
revocation takes to reach every process: `token_cache_seconds`.
"""

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from fastapi import Request

from asset_api.errors import (
    AppError,
    AppKeyDisabled,
    AppKeyExpired,
    Forbidden,
    InvalidToken,
    IpNotAllowed,
    TokenExpired,
)
from asset_api.principal import Principal
from asset_api.services.keys import ip_allowed
from asset_api.services.tokens import token_hash

MAX_TOKEN_LENGTH = 200
CACHE_MAX_ENTRIES = 50_000

LOOKUP_TOKEN = """
SELECT t.expires_at, t.revoked_at IS NOT NULL AS revoked,
       k.id AS key_id, k.user_id, k.appkey, k.env, k.rate_limit, k.allowed_cidrs,
       k.status AS key_status, k.expires_at IS NOT NULL AND k.expires_at <= now() AS key_expired,
       u.status AS user_status, u.all_accounts,
       ARRAY(SELECT unnest(k.scopes) INTERSECT SELECT unnest(u.scopes)) AS scopes
FROM access_tokens t
JOIN api_keys k ON k.id = t.key_id
JOIN api_users u ON u.id = k.user_id
WHERE t.token_hash = $1
"""


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
        self.entries: dict[bytes, tuple[float, TokenState]] = {}

    def get(self, digest: bytes) -> TokenState | None:
        entry = self.entries.get(digest)
        if entry is None or entry[0] < time.monotonic():
            return None
        return entry[1]

    def forget(self, digest: bytes) -> None:
        self.entries.pop(digest, None)

    def put(self, digest: bytes, state: TokenState) -> None:
        if len(self.entries) >= CACHE_MAX_ENTRIES:
            self.entries.clear()  # rare; simpler and safer than an LRU for a few-second cache
        self.entries[digest] = (time.monotonic() + self.ttl, state)


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise InvalidToken("authorization 헤더에 'Bearer 토큰'이 없습니다")
    if len(token) > MAX_TOKEN_LENGTH:
        raise InvalidToken()
    return token


async def verify_bearer(request: Request, *, scope: str) -> Principal:
    app_state = request.app.state
    try:
        digest = token_hash(app_state.pepper, bearer_token(request))
        state = app_state.token_cache.get(digest)
        if state is None:
            state = await _load_token_state(request, digest)
            app_state.token_cache.put(digest, state)
        principal = _check(state, request, scope)
        request.scope["state"]["key_id"] = principal.key_id
        request.scope["state"]["appkey"] = principal.appkey
        await app_state.rate_limiter.take(principal.key_id, principal.rate_limit)
        return principal
    except (InvalidToken, TokenExpired, Forbidden) as exc:
        exc.headers.setdefault("WWW-Authenticate", _www_authenticate(exc))
        raise


def _www_authenticate(error: AppError) -> str:
    if isinstance(error, Forbidden):
        return 'Bearer realm="asset-api", error="insufficient_scope"'
    return 'Bearer realm="asset-api", error="invalid_token"'


async def _load_token_state(request: Request, digest: bytes) -> TokenState:
    state = request.app.state
    async with state.pool.acquire(timeout=state.settings.db_connect_timeout) as conn:
        row = await conn.fetchrow(LOOKUP_TOKEN, digest)
    if row is None:
        return TokenState(None, False, None, ())
    principal = Principal(
        key_id=row["key_id"],
        user_id=row["user_id"],
        appkey=row["appkey"],
        env=row["env"],
        scopes=frozenset(row["scopes"]),
        all_accounts=row["all_accounts"],
        rate_limit=row["rate_limit"],
        token_expires_at=row["expires_at"],
    )
    key_refusal: type[AppError] | None = None
    if row["key_status"] != "active" or row["user_status"] != "active":
        key_refusal = AppKeyDisabled
    elif row["key_expired"]:
        key_refusal = AppKeyExpired
    return TokenState(principal, row["revoked"], key_refusal, tuple(row["allowed_cidrs"]))


def _check(state: TokenState, request: Request, scope: str) -> Principal:
    principal = state.principal
    if principal is None or state.revoked:
        raise InvalidToken()
    if principal.token_expires_at <= datetime.now(UTC):
        raise TokenExpired()
    if state.key_refusal is not None:
        raise state.key_refusal()
    if state.allowed_cidrs:  # most keys have no allowlist: no client address to look at
        client_ip = request.client.host if request.client else None
        if not ip_allowed(client_ip, list(state.allowed_cidrs)):
            raise IpNotAllowed()
    if scope not in principal.scopes:
        raise Forbidden(f"이 API에는 '{scope}' 권한이 필요합니다")
    return principal
