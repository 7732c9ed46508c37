"""Client authentication shared by both token dialects, with brute-force throttling.

A success costs one round trip: the throttle's check and the key's lookup are one statement,
and the appkey's past failures are deleted only when it has some.
"""

import asyncpg

from asset_api.auth import key_material, throttle
from asset_api.auth.keys import AuthenticatedKey, authenticated_key
from asset_api.db.sql import load
from asset_api.errors import InvalidAppKey

AUTHENTICATE_CLIENT = load(__package__, "authenticate_client", blocked_for=throttle.BLOCKED_FOR)


async def authenticate_with_throttle(
    conn: asyncpg.Connection, *, pepper: bytes, appkey: str, secretkey: str, client_ip: str | None
) -> AuthenticatedKey:
    # Only a well-formed appkey is counted under: a client that swapped its id and secret
    # must not leave part of the secret in auth_failures.
    known_appkey = appkey if key_material.looks_like_appkey(appkey) else None
    names = throttle.subjects(appkey=known_appkey, client_ip=client_ip)
    # Malformed credentials are looked up as no key at all (NULL), and refused the same way.
    well_formed = key_material.has_valid_checksum(appkey) and key_material.has_valid_checksum(
        secretkey
    )
    row = await conn.fetchrow(
        AUTHENTICATE_CLIENT,
        names,
        appkey if well_formed else None,
        throttle.appkey_subject(known_appkey) if known_appkey else None,
    )
    throttle.refuse_while_blocked(row["blocked_for"])
    try:
        key = authenticated_key(
            row if row["id"] is not None else None,
            pepper=pepper,
            secretkey=secretkey,
            client_ip=client_ip,
        )
    except InvalidAppKey:
        await throttle.record_failure(conn, names)
        raise
    if row["has_failures"]:
        await throttle.clear(conn, throttle.appkey_subject(key.appkey))
    return key
