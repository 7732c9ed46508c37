"""Pace, don't punish: the data endpoints send RateLimit-Policy / RateLimit (IETF httpapi draft)
from the rate limiter's state, and the Python client paces itself by them, so that walking a
long history at full speed with a low limit never receives a 1700. Against the real server
(`asset-api serve`), where a plain loop does receive 1700s."""

import asyncio
import time

import httpx
import pytest

from asset_api.client import AsyncAssetApiClient
from asset_api.client.pacing import parse_ratelimit
from asset_api.ingest.demo import load_demo
from tests.helpers import get_token, make_key
from tests.live import api_process

RATE = 10  # requests per second: the low limit of the key
ACCOUNT = "5012345601"  # the demo dataset's busiest real account
PERIOD = {"start_date": "20240101", "end_date": "20261231", "limit": "20"}
TRANSACTIONS = f"/asset-erp/v1/accounts/{ACCOUNT}/transactions"


@pytest.fixture(scope="module")
def server(migrated, tmp_path_factory):
    with api_process(migrated, tmp_path_factory.mktemp("pacing"), log_level="WARNING") as live:
        yield live


async def refusals(db, key_id: int) -> int:
    await asyncio.sleep(1.5)  # the request log is written about once a second
    return await db.fetchval(
        "SELECT count(*) FROM request_log WHERE key_id = $1 AND return_code = 1700", key_id
    )


async def key_id_of(db, appkey: str) -> int:
    return await db.fetchval("SELECT id FROM api_keys WHERE appkey = $1", appkey)


def test_the_ratelimit_header_is_read_as_the_draft_writes_it():
    assert parse_ratelimit('"key";r=12;t=1') == (12, 1)
    assert parse_ratelimit('"a";r=5;t=30, "b";r=0;t=2') == (0, 2)
    assert parse_ratelimit(None) is None and parse_ratelimit("nonsense") is None


async def test_data_answers_carry_the_policy_and_what_is_left(server, db, client):
    await load_demo(db, "real")
    creds = await make_key(db, all_accounts=True, rate_limit=RATE)
    await get_token(client, creds)
    async with httpx.AsyncClient(base_url=server.url, headers=creds.auth_header) as http:
        first = await http.get("/asset-erp/v1/accounts")
        second = await http.get("/asset-erp/v1/accounts")
    assert first.headers["ratelimit-policy"] == f'"key";q={RATE};w=1'
    left_first, reset = parse_ratelimit(first.headers["ratelimit"])
    left_second, _ = parse_ratelimit(second.headers["ratelimit"])
    assert reset == 1 and 0 <= left_first < RATE
    assert left_second == left_first - 1 or left_second == RATE - 1  # the same second or the next


async def test_calls_at_full_speed_without_pacing_are_refused(server, db, client):
    await load_demo(db, "real")
    creds = await make_key(db, all_accounts=True, rate_limit=RATE)
    await get_token(client, creds)
    async with httpx.AsyncClient(base_url=server.url, headers=creds.auth_header) as http:
        # All at once, so that however slow the machine, more than RATE arrive in one second.
        calls = [http.get("/asset-erp/v1/accounts") for _ in range(3 * RATE)]
        statuses = [res.status_code for res in await asyncio.gather(*calls)]
    assert 429 in statuses
    assert await refusals(db, await key_id_of(db, creds.appkey)) > 0


async def test_the_client_walks_a_long_history_without_a_1700(server, db):
    await load_demo(db, "real")
    creds = await make_key(db, all_accounts=True, rate_limit=RATE)
    started = time.monotonic()
    async with AsyncAssetApiClient(server.url, creds.appkey, creds.secretkey) as api:
        rows = [row async for row in api.paginate(TRANSACTIONS, PERIOD, "transactions")]
    elapsed = time.monotonic() - started
    pages = -(-len(rows) // int(PERIOD["limit"]))
    assert pages > 2 * RATE, f"only {pages} pages: the walk would not meet the limit"
    assert len({row["transaction_id"] for row in rows}) == len(rows)
    assert elapsed >= pages / RATE - 1.5  # it was paced to the limit ...
    assert await refusals(db, await key_id_of(db, creds.appkey)) == 0  # ... and never refused
