"""AsyncAssetApiClient.subscribe against a real server process that goes away and comes back:
the iterator reconnects by itself and resumes after the last seq it yielded."""

import asyncio

import pytest

from asset_api.client import ApiError, AsyncAssetApiClient
from asset_api.ingest.dataset import write_dataset
from tests.data.conftest import ACCOUNT_A, ACCOUNT_B, real_dataset
from tests.helpers import make_key
from tests.realtime.conftest import start_server, stop_server

INSERT_DEPOSITS = """
INSERT INTO transactions (account_id, trade_date, trade_time, kind, amount)
SELECT a.id, date '2026-12-01', '10:00', 'deposit', n
FROM accounts a, generate_series($2::int, $3::int) AS n
WHERE a.account_no = $1 AND a.env = 'real'
"""


@pytest.fixture
async def key_a(db):
    await write_dataset(db, env="real", dataset=real_dataset())
    return await make_key(db, env="real", accounts=[ACCOUNT_A])


async def test_subscribe_reconnects_and_resumes_after_the_last_seq_it_yielded(
    migrated, db, key_a, tmp_path
):
    server = start_server(migrated, tmp_path)
    port = int(server.base_url.rsplit(":", 1)[1])
    client = AsyncAssetApiClient(server.base_url, key_a.appkey, key_a.secretkey)
    stream = aiter(client.subscribe("transactions", ACCOUNT_A, first_delay=0.2, max_delay=1))
    try:
        first = asyncio.ensure_future(anext(stream))
        await asyncio.sleep(1.5)  # subscribed
        await db.execute(INSERT_DEPOSITS, ACCOUNT_A, 1, 2)
        events = [await asyncio.wait_for(first, 10), await asyncio.wait_for(anext(stream), 10)]
        assert [e["header"]["seq"] for e in events] == [8, 9]
        await asyncio.to_thread(stop_server, server)
        await db.execute(INSERT_DEPOSITS, ACCOUNT_A, 3, 5)  # while no server runs
        server = await asyncio.to_thread(start_server, migrated, tmp_path, port)
        await db.execute(INSERT_DEPOSITS, ACCOUNT_A, 6, 6)  # live again
        events = [await asyncio.wait_for(anext(stream), 20) for _ in range(4)]
        assert [e["header"]["seq"] for e in events] == [10, 11, 12, 13]
        assert [e["body"]["amount"] for e in events] == [3, 4, 5, 6]
    finally:
        await stream.aclose()
        await client.aclose()
        stop_server(server)


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
