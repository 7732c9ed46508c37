"""The realtime feed on GET /metrics of a real server process: its open connections (a gauge)
and the events it delivered, live and replayed (a counter), as a scrape sees them once the
process's sampler has run (every second)."""

import asyncio
import time

import httpx

from tests.data.conftest import ACCOUNT_A
from tests.realtime.conftest import approval_key, connect
from tests.realtime.test_feed import deposit
from tests.system.test_metrics import samples

CONNECTIONS = ("asset_api_realtime_connections", ())
DELIVERED = ("asset_api_realtime_events_delivered_total", ())


async def scrape(server) -> dict:
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        res = await client.get("/metrics")
    assert res.status_code == 200, res.text
    return samples(res.text)


async def scrape_until(server, wanted, within: float = 5.0) -> dict:
    """The first scrape whose values satisfy `wanted` (the sampler writes them each second)."""
    deadline = time.monotonic() + within
    while True:
        values = await scrape(server)
        if wanted(values) or time.monotonic() > deadline:
            return values
        await asyncio.sleep(0.2)


async def test_open_connections_and_events_delivered_live_and_replayed(server, db, key_a):
    before = await scrape_until(server, lambda v: v.get(CONNECTIONS, 0) == 0)
    assert before[CONNECTIONS] == 0
    delivered = before.get(DELIVERED, 0.0)
    key = await approval_key(server, key_a)
    async with connect(server, key) as live, connect(server, key) as replaying:
        await live.subscribe("transactions", ACCOUNT_A)
        await deposit(db, count=2)
        assert len(await live.events(2)) == 2
        # The dataset's 7 transactions and the 2 deposits, from the table.
        await replaying.subscribe("transactions", ACCOUNT_A, last_seq=0)
        assert len(await replaying.events(9)) == 9
        during = await scrape_until(server, lambda v: v.get(DELIVERED, 0) >= delivered + 11)
        assert during[CONNECTIONS] == 2
        assert during[DELIVERED] == delivered + 11
    after = await scrape_until(server, lambda v: v.get(CONNECTIONS, 0) == 0)
    assert after[CONNECTIONS] == 0
    assert after[DELIVERED] == delivered + 11
