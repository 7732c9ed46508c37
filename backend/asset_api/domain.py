"""The vocabulary the whole backend shares, each value spelled once, with its check."""

import re
from zoneinfo import ZoneInfo

from asset_api.errors import InvalidRequest

# The time zone of every date an integrator or admin reads: expires_dt, trade dates, the
# admin API's instants, the day a usage count belongs to.
KOREA = ZoneInfo("Asia/Seoul")

# The environments a key and every data row belong to: a mock key sees only mock rows.
ENVIRONMENTS = ("real", "mock")

# PostgreSQL's bigint: amounts, counts and row ids are stored as one.
MAX_BIGINT = 2**63 - 1

# An account number (8 digits + a 2-digit product code, as brokers issue them) and a short
# instrument code, as the database's CHECK constraints and the specs define them.
ACCOUNT_NO = re.compile(r"^[0-9]{10}$")
INSTRUMENT_CODE = re.compile(r"^[0-9A-Z]{6}$")


def check_env(env: str) -> str:
    """`env` itself, or 1501 naming the allowed environments."""
    if env not in ENVIRONMENTS:
        raise InvalidRequest(f"env: 허용된 값은 {', '.join(ENVIRONMENTS)}입니다")
    return env
