"""A key's rate limit holds across processes: they share one budget in PostgreSQL."""

import asyncio
import time

import httpx

from asset_api.app import create_app
from asset_api.settings import Settings
from tests.helpers import get_token, make_key

DATA_URL = "/asset-erp/v1/accounts"


async def wait_for_a_fresh_second() -> None:
    """Start just after a second begins, so a burst falls in one rate window."""
    await asyncio.sleep(1.02 - time.time() % 1)


async def test_two_processes_share_one_budget(client, db, migrated, tmp_path):
    creds = await make_key(db, all_accounts=True, rate_limit=6)
    await get_token(client, creds)
    other_app = create_app(
        Settings(data_dir=tmp_path / "other", pepper="test-pepper-not-secret"),
        database_url=migrated,
    )
    transport = httpx.ASGITransport(app=other_app, client=("203.0.113.7", 1))
    async with (
        other_app.router.lifespan_context(other_app),
        httpx.AsyncClient(transport=transport, base_url="http://other") as other,
    ):
        await wait_for_a_fresh_second()
        started = time.time()
        statuses = []
        for _ in range(6):  # alternate between the two processes
            for process in (client, other):
                statuses.append(
                    (await process.get(DATA_URL, headers=creds.auth_header)).status_code
                )
        assert int(time.time()) == int(started), "the burst must fit in one second"
    assert statuses.count(200) == 6
    assert statuses.count(429) == 6


async def test_budget_returns_the_next_second(client, db):
    creds = await make_key(db, all_accounts=True, rate_limit=2)
    await get_token(client, creds)
    await wait_for_a_fresh_second()
    burst = [(await client.get(DATA_URL, headers=creds.auth_header)).status_code for _ in range(3)]
    assert burst == [200, 200, 429]
    await wait_for_a_fresh_second()
    assert (await client.get(DATA_URL, headers=creds.auth_header)).status_code == 200


async def test_a_process_forgets_the_budgets_of_past_seconds(app, db, monkeypatch):
    from asset_api.auth import rate_limit

    monkeypatch.setattr(rate_limit, "MAX_TRACKED_KEYS", 3)
    limiter = app.state.rate_limiter
    creds = await make_key(db, rate_limit=5)
    key_id = await db.fetchval("SELECT id FROM api_keys WHERE appkey = $1", creds.appkey)
    limiter.budgets.update({-1: (1, 3, 0), -2: (1, 0, 0), -3: (1, 2, 0)})  # keys seen long ago

    await limiter.take(key_id, 5)

    assert set(limiter.budgets) == {key_id}
    assert await db.fetchval("SELECT used FROM rate_windows WHERE key_id = $1", key_id) == 1
