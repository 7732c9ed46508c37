"""Approval keys of the realtime websocket (POST /asset-erp/v1/get-approval, KIS's
/oauth2/Approval): issued to an authenticated appkey, checked by the first frame of a
connection. Only the keyed hash is stored, as for tokens."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import asyncpg

from asset_api.auth import key_material
from asset_api.auth.keys import ip_allowed, key_refusal
from asset_api.auth.principal import Principal
from asset_api.auth.tokens import IssuedToken
from asset_api.errors import InvalidToken, IpNotAllowed

APPROVAL_PURPOSE = "approval"
MAX_APPROVAL_KEY_LENGTH = 200

INSERT_APPROVAL = """
INSERT INTO approval_keys (key_hash, key_id, expires_at, client_ip) VALUES ($1, $2, $3, $4)
"""

LOOKUP_APPROVAL = """
SELECT g.expires_at <= now() AS expired,
       k.id AS key_id, k.user_id, k.appkey, k.env, k.rate_limit, k.allowed_cidrs, g.expires_at,
       k.status AS key_status, k.expires_at IS NOT NULL AND k.expires_at <= now() AS key_expired,
       u.status AS user_status, u.all_accounts,
       ARRAY(SELECT unnest(k.scopes) INTERSECT SELECT unnest(u.scopes)) AS scopes
FROM approval_keys g
JOIN api_keys k ON k.id = g.key_id
JOIN api_users u ON u.id = k.user_id
WHERE g.key_hash = $1
"""

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
    approval_key = key_material.new_token()
    expires_at = datetime.now(UTC).replace(microsecond=0) + lifetime
    await conn.execute(
        INSERT_APPROVAL, approval_hash(pepper, approval_key), key_id, expires_at, client_ip
    )
    return IssuedToken(approval_key, expires_at)


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
    return Approval(digest, principal)


async def delete_expired_approvals(conn: asyncpg.Connection) -> None:
    await conn.execute(DELETE_EXPIRED_APPROVALS)
