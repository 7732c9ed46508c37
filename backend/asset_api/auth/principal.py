"""Who is calling a data endpoint: the verified key behind a bearer token (or, on the realtime
websocket, behind an approval key)."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Principal:
    key_id: int
    user_id: int
    appkey: str
    env: str  # 'real' or 'mock': the key sees only rows of this environment
    scopes: frozenset[str]  # endpoint scopes: 'accounts', 'market'
    all_accounts: bool  # true: every account of `env`; false: only the user's granted ones
    rate_limit: int  # requests per second
    token_expires_at: datetime


def principal_of(row: Mapping[str, Any]) -> Principal:
    """The principal of a row with the columns of auth/sql/_key_state.sql and the credential's
    expires_at."""
    return Principal(
        key_id=row["key_id"],
        user_id=row["user_id"],
        appkey=row["appkey"],
        env=row["env"],
        scopes=frozenset(row["scopes"]),
        all_accounts=row["all_accounts"],
        rate_limit=row["rate_limit"],
        token_expires_at=row["expires_at"],
    )
