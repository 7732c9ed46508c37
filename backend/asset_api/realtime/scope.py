"""What a key may subscribe to, read as the key, its user and the grants are now: the stream's
endpoint scope among the key's and its user's, and its tr_key inside the key's data scope.

Checked when a subscription starts, and, every few seconds, for every subscription already
open (realtime/feed.py): a grant or a scope taken away ends the subscriptions that needed it,
as the contract's "a key sees only its granted accounts" says, in every process.
"""

from collections.abc import Sequence
from typing import NamedTuple

import asyncpg

from asset_api.data.scope import IN_SCOPE_OF_KEY
from asset_api.db import sql
from asset_api.errors import AppError, Forbidden, NotFound

# The streams, and the endpoint scope a key needs for each.
STREAM_SCOPES = {"transactions": "accounts", "balance": "accounts", "prices": "market"}

SUBSCRIPTION_SCOPE = sql.load(__package__, "subscription_scope", in_scope=IN_SCOPE_OF_KEY)


class Wanted(NamedTuple):
    """A subscription a key has or asks for, to a stream of `env`."""

    key_id: int
    env: str
    tr_id: str  # one of STREAM_SCOPES
    tr_key: str


async def refusals(conn: asyncpg.Connection, wanted: Sequence[Wanted]) -> list[AppError | None]:
    """For each of `wanted`, in order: None when its key may have it, or the refusal: 8010
    without the stream's scope, 1901 for a tr_key that does not exist or is outside the key's
    scope (the same answer for both)."""
    if not wanted:
        return []
    scopes = [STREAM_SCOPES[w.tr_id] for w in wanted]
    rows = await conn.fetch(
        SUBSCRIPTION_SCOPE,
        [w.key_id for w in wanted],
        [w.env for w in wanted],
        scopes,
        [w.tr_key for w in wanted],
    )
    answers = {row["n"]: row for row in rows}
    result: list[AppError | None] = []
    for n, (request, scope) in enumerate(zip(wanted, scopes, strict=True), 1):
        row = answers.get(n)
        if row is not None and not row["scope_granted"]:
            result.append(Forbidden(f"이 실시간 항목에는 '{scope}' 권한이 필요합니다"))
        elif row is None or not row["found"]:
            result.append(NotFound(f"{'계좌' if scope == 'accounts' else '종목'} {request.tr_key}"))
        else:
            result.append(None)
    return result
