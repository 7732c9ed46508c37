"""AsyncAssetApiClient.subscribe against a real server process, through a relay that fails and
comes back: the iterator reconnects by itself and resumes after the last seq it yielded."""

import asyncio

import pytest

from asset_api.client import ApiError, AsyncAssetApiClient
from tests.data.conftest import ACCOUNT_A, ACCOUNT_B
from tests.realtime.conftest import Relay

INSERT_DEPOSITS = """
INSERT INTO transactions (account_id, trade_date, trade_time, kind, amount)
SELECT a.id, date '2026-12-01', '10:00', 'deposit', n
FROM accounts a, generate_series($2::int, $3::int) AS n
WHERE a.account_no = $1 AND a.env = 'real'
"""
CONNECTIONS = "SELECT count(*) FROM realtime_connections"


async def connections_become(db, count: int) -> None:
    """Wait until the server's registry holds `count` connections (at most 10 s)."""
    for _ in range(200):
        if await db.fetchval(CONNECTIONS) == count:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"not {count} connections after 10 s")


async def test_subscribe_reconnects_and_resumes_after_the_last_seq_it_yielded(server, db, key_a):
    relay = Relay(server)
    await relay.mend()
    client = AsyncAssetApiClient(relay.base_url, key_a.appkey, key_a.secretkey)
    stream = aiter(client.subscribe("transactions", ACCOUNT_A, first_delay=0.2, max_delay=1))
    try:
        first = asyncio.ensure_future(anext(stream))
        await connections_become(db, 1)  # subscribed
        await db.execute(INSERT_DEPOSITS, ACCOUNT_A, 1, 2)
        events = [await asyncio.wait_for(first, 10), await asyncio.wait_for(anext(stream), 10)]
        assert [e["header"]["seq"] for e in events] == [8, 9]
        resumed = asyncio.ensure_future(anext(stream))
        relay.cut()
        await connections_become(db, 0)
        await db.execute(INSERT_DEPOSITS, ACCOUNT_A, 3, 5)  # while the client cannot connect
        await asyncio.sleep(0.5)  # a reconnect or two refused meanwhile
        await relay.mend()
        await connections_become(db, 1)
        await db.execute(INSERT_DEPOSITS, ACCOUNT_A, 6, 6)  # live again
        events = [await asyncio.wait_for(resumed, 10)]
        events += [await asyncio.wait_for(anext(stream), 10) for _ in range(3)]
        assert [e["header"]["seq"] for e in events] == [10, 11, 12, 13]
        assert [e["body"]["amount"] for e in events] == [3, 4, 5, 6]
    finally:
        await stream.aclose()
        await client.aclose()
        relay.cut()


async def test_a_refused_subscription_raises(server, key_a):
    async with AsyncAssetApiClient(server.base_url, key_a.appkey, key_a.secretkey) as client:
        with pytest.raises(ApiError) as refused:
            await anext(aiter(client.subscribe("transactions", ACCOUNT_B)))
        assert refused.value.return_code == 1901


async def test_get_access_token_and_its_old_name_give_the_same_token(server, key_a):
    async with AsyncAssetApiClient(server.base_url, key_a.appkey, key_a.secretkey) as client:
        token = await client.get_access_token()
        assert await client.token() is token
        assert token.token and token.seconds_left(token.expires_at) == 0
