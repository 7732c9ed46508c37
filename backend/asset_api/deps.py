"""FastAPI dependencies as Annotated aliases, so handler signatures read like plain types."""

from collections.abc import AsyncIterator
from typing import Annotated

import asyncpg
from fastapi import Depends, Request

from asset_api.errors import AdminSessionRequired
from asset_api.principal import Principal
from asset_api.services.admins import Admin, admin_for_session
from asset_api.services.bearer import verify_bearer
from asset_api.services.data_http import connection
from asset_api.settings import Settings


async def get_conn(request: Request) -> AsyncIterator[asyncpg.Connection]:
    async with connection(request) as conn:
        yield conn


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


Conn = Annotated[asyncpg.Connection, Depends(get_conn)]
AppSettings = Annotated[Settings, Depends(get_app_settings)]


async def accounts_caller(request: Request) -> Principal:
    """The verified caller of an accounts endpoint: a bearer token whose key has `accounts`."""
    return await verify_bearer(request, scope="accounts")


async def market_caller(request: Request) -> Principal:
    """The verified caller of a market endpoint: a bearer token whose key has `market`."""
    return await verify_bearer(request, scope="market")


# The callers of the data endpoints, by the scope each endpoint needs. The data handlers
# without query parameters call the functions above as their first line instead (see
# routes/accounts.py for why).
AccountsCaller = Annotated[Principal, Depends(accounts_caller)]
MarketCaller = Annotated[Principal, Depends(market_caller)]


async def current_admin(request: Request, conn: Conn) -> Admin:
    """The admin behind the SPA's bearer session (never a cookie: no CSRF surface)."""
    scheme, _, session = request.headers.get("authorization", "").partition(" ")
    admin = None
    if scheme.lower() == "bearer" and 0 < len(session.strip()) <= 200:
        admin = await admin_for_session(
            conn, pepper=request.app.state.pepper, session=session.strip()
        )
    if admin is None:
        raise AdminSessionRequired(headers={"WWW-Authenticate": 'Bearer realm="asset-api-admin"'})
    return admin


CurrentAdmin = Annotated[Admin, Depends(current_admin)]
