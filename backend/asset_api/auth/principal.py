"""Who is calling a data endpoint: the verified key behind a bearer token."""

from dataclasses import dataclass
from datetime import datetime


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
