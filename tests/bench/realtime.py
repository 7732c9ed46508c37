"""The realtime bench: commit-to-client latency with 1,000 connected subscribers, and the
server's memory per idle connection (RSS growth ÷ connections). Bounded: 1,000 websockets
from this one process, 30 committed transactions, a few seconds of measuring."""

import asyncio
import json
import resource
import time
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import httpx
import websockets

SUBSCRIBERS = 1_000
EVENTS = 30
PREFIX = "/asset-erp/v1"
INSERT_ONE = """
INSERT INTO transactions (account_id, trade_date, trade_time, kind, amount)
SELECT id, current_date, '10:00', 'deposit', $2 FROM accounts
WHERE env = 'real' AND account_no = $1
"""


@dataclass
class RealtimeResult:
    subscribers: int
    events: int
    deliveries: int
    p50_ms: float
    p99_ms: float
    kib_per_connection: float


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def measure(base_url: str, server_pid: int, database_url: str, credentials: dict,
                  account_no: str) -> RealtimeResult:  # fmt: skip
    async with httpx.AsyncClient(base_url=base_url) as client:
        approval = (await client.post(f"{PREFIX}/get-approval", json=credentials)).json()
    frame = json.dumps({
        "header": {"approval_key": approval["approval_key"], "tr_type": "1"},
        "body": {"input": {"tr_id": "transactions", "tr_key": account_no}},
    })  # fmt: skip
    url = base_url.replace("http://", "ws://") + f"{PREFIX}/realtime"
    # One descriptor per websocket, here and in the server (which inherits nothing from us:
    # its own limit is its own), beyond the usual soft limit of 1,024.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4 * SUBSCRIBERS)), hard))
    before = rss_kib(server_pid)
    sockets = []
    for _ in range(SUBSCRIBERS):
        ws = await websockets.connect(url, max_queue=None)
        await ws.send(frame)
        sockets.append(ws)
    for ws in sockets:
        assert json.loads(await ws.recv())["body"]["return_code"] == 0
    await asyncio.sleep(1)
    kib_per_connection = (rss_kib(server_pid) - before) / SUBSCRIBERS
    arrivals: list[list[float]] = [[] for _ in range(EVENTS)]

    async def read(ws) -> None:
        for _ in range(EVENTS):
            event = json.loads(await ws.recv())
            while event["header"].get("tr_id") == "PINGPONG":
                event = json.loads(await ws.recv())
            arrivals[event["body"]["amount"] - 1].append(time.perf_counter())

    readers = [asyncio.create_task(read(ws)) for ws in sockets]
    conn = await asyncpg.connect(database_url)
    committed = []
    try:
        for n in range(1, EVENTS + 1):
            await conn.execute(INSERT_ONE, account_no, n)  # autocommit: returns after COMMIT
            committed.append(time.perf_counter())
            await asyncio.sleep(0.1)
        await asyncio.wait_for(asyncio.gather(*readers), 60)
    finally:
        await conn.close()
        for ws in sockets:
            await ws.close()
    latencies = sorted(
        (arrived - committed[i]) * 1000 for i, times in enumerate(arrivals) for arrived in times
    )
    return RealtimeResult(
        subscribers=SUBSCRIBERS,
        events=EVENTS,
        deliveries=len(latencies),
        p50_ms=latencies[len(latencies) // 2],
        p99_ms=latencies[int(len(latencies) * 0.99) - 1],
        kib_per_connection=kib_per_connection,
    )


def report(result: RealtimeResult) -> None:
    print(f"\nrealtime  {result.subscribers:,} subscribers of one stream, {result.events} commits "
          f"({result.deliveries:,} deliveries)")  # fmt: skip
    print(f"          commit-to-client p50 {result.p50_ms:.1f} ms, p99 {result.p99_ms:.1f} ms "
          "(client and server on the same 2 cores)")  # fmt: skip
    print(f"          server memory per idle connection {result.kib_per_connection:.1f} KiB "
          "(RSS growth ÷ connections)")  # fmt: skip
