"""What schemathesis cannot read in the specs (loaded by test_schemathesis.py through
SCHEMATHESIS_HOOKS): rules that JSON Schema cannot state, which the specs state in words.

- A period is two real calendar dates in order (a pattern allows 20260231, or an end before
  the start).
- A next-key is one the server made (opaque: any other value is refused), and `cont-yn: Y`
  comes with one.
- Accounts granted to a user exist; a key expires on a real day after today.

A positive case that breaks one of these is no valid request, so it is not sent as one; every
negative case is still sent."""

from datetime import date
from functools import partial

import schemathesis
from schemathesis import GenerationMode

from asset_api.data import paging
from asset_api.errors import InvalidRequest
from asset_api.ingest.demo_catalog import ACCOUNTS

PREFIX = "/asset-erp/v1"
NEXT_KEY_DECODERS = {
    f"{PREFIX}/accounts/{{account_no}}/transactions": partial(
        paging.decode_moment_key, paging.TRANSACTION_TAG
    ),
    f"{PREFIX}/accounts/{{account_no}}/realized-pnl": partial(
        paging.decode_moment_key, paging.SELL_TAG
    ),
    f"{PREFIX}/accounts/{{account_no}}/daily-valuations": partial(
        paging.decode_day_key, paging.VALUATION_TAG
    ),
    f"{PREFIX}/instruments/{{code}}/daily-prices": partial(paging.decode_day_key, paging.PRICE_TAG),
}


GRANTS = ("PUT", "/admin/v1/users/{user_id}/accounts")
# The accounts of the demo dataset the test loads, by environment.
DEMO_ACCOUNTS = {env: {a.number[env] for a in ACCOUNTS} for env in ("real", "mock")}


@schemathesis.hook
def filter_case(context, case) -> bool:
    if case.meta is None or case.meta.generation.mode != GenerationMode.POSITIVE:
        return True
    if (case.operation.method.upper(), case.operation.path) == GRANTS:
        return _grants_existing_accounts(case.body)
    if isinstance(case.body, dict) and case.body.get("expires_at") is not None:
        return _a_day_after_today(case.body["expires_at"])
    decode = NEXT_KEY_DECODERS.get(case.operation.path)
    if decode is None:
        return True
    headers = {name.lower(): value for name, value in (case.headers or {}).items()}
    return _real_period(case.query or {}) and _next_key_made_by_us(headers, decode)


def _a_day_after_today(text) -> bool:
    """A key's expiry (YYYY-MM-DD) is a real day after today (Korea time, near enough)."""
    try:
        return date.fromisoformat(str(text)) > date.today()
    except ValueError:
        return False


def _grants_existing_accounts(body) -> bool:
    """Accounts are granted only if they exist (1901 naming the others, which schemathesis
    would take for the user being gone)."""
    if not isinstance(body, dict) or not isinstance(body.get("account_nos"), list):
        return True
    known = DEMO_ACCOUNTS.get(body.get("env"), set())
    return all(number in known for number in body["account_nos"])


def _real_period(query: dict) -> bool:
    try:
        start, end = (_day(query.get(name)) for name in ("start_date", "end_date"))
    except (TypeError, ValueError):
        return False
    return start <= end


def _day(text) -> date:
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _next_key_made_by_us(headers: dict, decode) -> bool:
    next_key = headers.get("next-key")
    if next_key is None or not str(next_key).strip():
        return headers.get("cont-yn") != "Y"
    try:
        decode(str(next_key))
    except InvalidRequest:
        return False
    return True
