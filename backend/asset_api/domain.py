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


# An IPv4 or IPv6 network (or address) in the forms Python's ipaddress.ip_network takes,
# which is what the server parses it with: every string this matches, the server accepts.
_OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
_IPV4 = f"({_OCTET}[.]){{3}}{_OCTET}"
_HEX = "[0-9A-Fa-f]{1,4}"
_IPV6 = "|".join(
    (
        f"({_HEX}:){{7}}{_HEX}",
        f"({_HEX}:){{1,7}}:",
        f"({_HEX}:){{1,6}}:{_HEX}",
        f"({_HEX}:){{1,5}}(:{_HEX}){{1,2}}",
        f"({_HEX}:){{1,4}}(:{_HEX}){{1,3}}",
        f"({_HEX}:){{1,3}}(:{_HEX}){{1,4}}",
        f"({_HEX}:){{1,2}}(:{_HEX}){{1,5}}",
        f"{_HEX}:(:{_HEX}){{1,6}}",
        f":((:{_HEX}){{1,7}}|:)",
    )
)
CIDR_PATTERN = f"^({_IPV4}(/(3[0-2]|[12]?[0-9]))?|({_IPV6})(/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$"


def check_env(env: str) -> str:
    """`env` itself, or 1501 naming the allowed environments."""
    if env not in ENVIRONMENTS:
        raise InvalidRequest(f"env: 허용된 값은 {', '.join(ENVIRONMENTS)}입니다")
    return env
