"""Approval keys of the realtime websocket (POST /asset-erp/v1/get-approval, KIS's
/oauth2/Approval): issued to an authenticated appkey, checked by the first frame of a
connection. Only the keyed hash is stored, as for tokens."""

from dataclasses import dataclass
from datetime import timedelta

import asyncpg

from asset_api.auth import key_material
from asset_api.auth.keys import KEY_STATE, ip_allowed, key_refusal
from asset_api.auth.principal import Principal, principal_of
from asset_api.auth.tokens import IssuedToken
from asset_api.db import sql
from asset_api.errors import InvalidToken, IpNotAllowed

APPROVAL_PURPOSE = "approval"
MAX_APPROVAL_KEY_LENGTH = 200

INSERT_APPROVAL = """
INSERT INTO approval_keys (key_hash, key_id, expires_at, client_ip) VALUES ($1, $2, $3, $4)
"""

LOOKUP_APPROVAL = sql.load(__package__, "approval_state", key_state=KEY_STATE)

# Past approval keys are of no use to anyone: deleted by housekeeping a day after they expire.
DELETE_EXPIRED_APPROVALS = "DELETE FROM approval_keys WHERE expires_at < now() - interval '1 day'"


@dataclass(frozen=True, slots=True)
class Approval:
    """The key behind a valid approval key, as the websocket binds it to a connection."""

    digest: bytes
    principal: Principal


def approval_hash(pepper: bytes, approval_key: str) -> bytes:
    return key_material.keyed_hash(pepper, APPROVAL_PURPOSE, approval_key)


async def issue_approval_key(
    conn: asyncpg.Connection,
    *,
    pepper: bytes,
    key_id: int,
    lifetime: timedelta,
    client_ip: str | None,
) -> IssuedToken:
    issued = IssuedToken.new(lifetime)
    digest = approval_hash(pepper, issued.token)
    await conn.execute(INSERT_APPROVAL, digest, key_id, issued.expires_at, client_ip)
    return issued


async def check_approval_key(
    conn: asyncpg.Connection, *, pepper: bytes, approval_key: str, client_ip: str | None
) -> Approval:
    """The key behind `approval_key`, or the refusal of the contract's acks: 8005 (unknown or
    expired approval key), 1002 (key or user disabled, key revoked), 1003 (key expired), 1004
    (the connection's address is not in the key's allowlist)."""
    if not approval_key or len(approval_key) > MAX_APPROVAL_KEY_LENGTH:
        raise InvalidToken("approval_key")
    digest = approval_hash(pepper, approval_key)
    row = await conn.fetchrow(LOOKUP_APPROVAL, digest)
    if row is None or row["expired"]:
        raise InvalidToken("approval_key")
    refusal = key_refusal(row)
    if refusal is not None:
        raise refusal()
    if not ip_allowed(client_ip, row["allowed_cidrs"]):
        raise IpNotAllowed()
    return Approval(digest, principal_of(row))


async def delete_expired_approvals(conn: asyncpg.Connection) -> None:
    await conn.execute(DELETE_EXPIRED_APPROVALS)
