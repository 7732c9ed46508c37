"""Bearer verification, the part that needs no HTTP: a token's state from one SQL lookup, and
the refusals it calls for (expiry, revocation, key and user status, IP allowlist, scope).

auth/deps.py puts it in front of every data endpoint, with the cache and the rate limit.
"""

from datetime import UTC, datetime

import asyncpg

from asset_api.auth.keys import KEY_STATE, ip_allowed, key_refusal
from asset_api.auth.principal import Principal, principal_of
from asset_api.auth.token_cache import TokenState
from asset_api.db import sql
from asset_api.errors import (
    Forbidden,
    InvalidToken,
    IpNotAllowed,
    TokenExpired,
)

MAX_TOKEN_LENGTH = 200

LOOKUP_TOKEN = sql.load(__package__, "token_state", key_state=KEY_STATE)


def bearer_token(authorization: str) -> str:
    """The token of an `authorization: Bearer <token>` header, or 8005."""
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise InvalidToken("authorization 헤더에 'Bearer 토큰'이 없습니다")
    if len(token) > MAX_TOKEN_LENGTH:
        raise InvalidToken()
    return token


async def load_token_state(conn: asyncpg.Connection, digest: bytes) -> TokenState:
    row = await conn.fetchrow(LOOKUP_TOKEN, digest)
    if row is None:
        return TokenState(None, False, None, ())
    return TokenState(
        principal_of(row), row["revoked"], key_refusal(row), tuple(row["allowed_cidrs"])
    )


def check_token(state: TokenState, *, client_ip: str | None, scope: str | None) -> Principal:
    """The principal, or the refusal its state calls for. `client_ip` is looked at only for
    keys with an allowlist (most have none); `scope` None checks no scope."""
    principal = state.principal
    if principal is None or state.revoked:
        raise InvalidToken()
    if principal.token_expires_at <= datetime.now(UTC):
        raise TokenExpired()
    if state.key_refusal is not None:
        raise state.key_refusal()
    if state.allowed_cidrs and not ip_allowed(client_ip, list(state.allowed_cidrs)):
        raise IpNotAllowed()
    if scope is not None and scope not in principal.scopes:
        raise Forbidden(f"이 API에는 '{scope}' 권한이 필요합니다")
    return principal
