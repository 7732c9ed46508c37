"""Client authentication shared by both token dialects, with brute-force throttling."""

import asyncpg
from fastapi import Request

from asset_api.errors import InvalidAppKey
from asset_api.services import throttle
from asset_api.services.keys import AuthenticatedKey, authenticate_client


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


async def authenticate_with_throttle(
    conn: asyncpg.Connection, request: Request, *, appkey: str, secretkey: str
) -> AuthenticatedKey:
    ip = client_ip(request)
    names = throttle.subjects(appkey, ip)
    await throttle.refuse_if_blocked(conn, names)
    request.scope["state"]["appkey"] = appkey[:64]
    try:
        key = await authenticate_client(
            conn, pepper=request.app.state.pepper, appkey=appkey, secretkey=secretkey, client_ip=ip
        )
    except InvalidAppKey:
        await throttle.record_failure(conn, names)
        raise
    request.scope["state"]["key_id"] = key.key_id
    await throttle.record_success(conn, key.appkey)
    return key
