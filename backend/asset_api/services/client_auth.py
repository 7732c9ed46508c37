"""Client authentication shared by both token dialects, with brute-force throttling."""

import asyncpg
from fastapi import Request

from asset_api import security
from asset_api.errors import InvalidAppKey
from asset_api.services import throttle
from asset_api.services.keys import AuthenticatedKey, authenticate_client


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


async def authenticate_with_throttle(
    conn: asyncpg.Connection, request: Request, *, appkey: str, secretkey: str
) -> AuthenticatedKey:
    ip = client_ip(request)
    # Only a well-formed appkey is recorded or counted under: a client that swapped its id
    # and secret must not leave part of the secret in request_log or auth_failures.
    known_appkey = appkey if security.looks_like_appkey(appkey) else None
    names = throttle.subjects(known_appkey, ip)
    await throttle.refuse_if_blocked(conn, names)
    request.scope["state"]["appkey"] = known_appkey
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
