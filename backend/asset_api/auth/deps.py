"""The HTTP side of auth: the bearer check in front of every data endpoint, and client
authentication for the token endpoints, each recording the caller in the request's state."""

from typing import Annotated

import asyncpg
from fastapi import Depends, Request

from asset_api.auth import client_auth, key_material, token_check
from asset_api.auth.keys import AuthenticatedKey
from asset_api.auth.principal import Principal
from asset_api.auth.tokens import token_hash
from asset_api.errors import AppError, Forbidden, InvalidToken, TokenExpired
from asset_api.http.client_address import client_ip
from asset_api.http.request_state import state_of


async def verify_bearer(request: Request, *, scope: str) -> Principal:
    """token → keyed hash → (in-process cache of a few seconds | one SQL lookup) → the checks
    of token_check → the key's rate limit."""
    app_state = request.app.state
    try:
        token = token_check.bearer_token(request.headers.get("authorization", ""))
        digest = token_hash(app_state.pepper, token)
        state = app_state.token_cache.get(digest)
        if state is None:
            timeout = app_state.settings.db_connect_timeout
            async with app_state.pool.acquire(timeout=timeout) as conn:
                state = await token_check.load_token_state(conn, digest)
            app_state.token_cache.put(digest, state)
        # Most keys have no allowlist: no client address to work out.
        address = client_ip(request) if state.allowed_cidrs else None
        principal = token_check.check_token(state, client_ip=address, scope=scope)
        caller = state_of(request.scope)
        caller.key_id, caller.appkey = principal.key_id, principal.appkey
        # Known before the limiter answers: a 1700 carries the RateLimit headers too (r=0).
        caller.rate_limit = principal.rate_limit
        caller.rate_remaining = await app_state.rate_limiter.take(
            principal.key_id, principal.rate_limit
        )
        return principal
    except (InvalidToken, TokenExpired, Forbidden) as exc:
        exc.headers.setdefault("WWW-Authenticate", _www_authenticate(exc))
        raise


def _www_authenticate(error: AppError) -> str:
    if isinstance(error, Forbidden):
        return 'Bearer realm="asset-api", error="insufficient_scope"'
    return 'Bearer realm="asset-api", error="invalid_token"'


async def accounts_caller(request: Request) -> Principal:
    """The verified caller of an accounts endpoint: a bearer token whose key has `accounts`."""
    return await verify_bearer(request, scope="accounts")


async def market_caller(request: Request) -> Principal:
    """The verified caller of a market endpoint: a bearer token whose key has `market`."""
    return await verify_bearer(request, scope="market")


# The callers of the data endpoints, by the scope each endpoint needs. The data handlers
# without query parameters call the functions above as their first line instead (see
# data/routes.py for why).
AccountsCaller = Annotated[Principal, Depends(accounts_caller)]
MarketCaller = Annotated[Principal, Depends(market_caller)]


async def authenticate_client(
    conn: asyncpg.Connection, request: Request, *, appkey: str, secretkey: str
) -> AuthenticatedKey:
    """The key of an appkey/secretkey pair (either token dialect), throttled per appkey and
    client address; the request's record names the appkey, once it is safe to."""
    caller = state_of(request.scope)
    # Only a well-formed appkey is recorded: a client that swapped its id and secret must
    # not leave part of the secret in request_log.
    caller.appkey = appkey if key_material.looks_like_appkey(appkey) else None
    key = await client_auth.authenticate_with_throttle(
        conn,
        pepper=request.app.state.pepper,
        appkey=appkey,
        secretkey=secretkey,
        client_ip=client_ip(request),
    )
    caller.key_id = key.key_id
    return key
