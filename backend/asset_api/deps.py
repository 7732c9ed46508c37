"""FastAPI dependencies as Annotated aliases, so handler signatures read like plain types."""

from collections.abc import AsyncIterator
from typing import Annotated

import asyncpg
from fastapi import Depends, Request

from asset_api.settings import Settings


async def get_conn(request: Request) -> AsyncIterator[asyncpg.Connection]:
    pool: asyncpg.Pool = request.app.state.pool
    async with pool.acquire(timeout=request.app.state.settings.db_connect_timeout) as conn:
        yield conn


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


Conn = Annotated[asyncpg.Connection, Depends(get_conn)]
AppSettings = Annotated[Settings, Depends(get_app_settings)]
