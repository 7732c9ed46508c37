"""Client authentication shared by both token dialects, with brute-force throttling."""

import asyncpg

from asset_api.auth import key_material, throttle
from asset_api.auth.keys import AuthenticatedKey, authenticate_key
from asset_api.errors import InvalidAppKey


async def authenticate_with_throttle(
    conn: asyncpg.Connection, *, pepper: bytes, appkey: str, secretkey: str, client_ip: str | None
) -> AuthenticatedKey:
    # Only a well-formed appkey is counted under: a client that swapped its id and secret
    # must not leave part of the secret in auth_failures.
    known_appkey = appkey if key_material.looks_like_appkey(appkey) else None
    names = throttle.subjects(appkey=known_appkey, client_ip=client_ip)
    await throttle.refuse_if_blocked(conn, names)
    try:
        key = await authenticate_key(
            conn, pepper=pepper, appkey=appkey, secretkey=secretkey, client_ip=client_ip
        )
    except InvalidAppKey:
        await throttle.record_failure(conn, names)
        raise
    await throttle.clear(conn, throttle.appkey_subject(key.appkey))
    return key
