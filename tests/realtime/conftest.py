"""Real server processes for the realtime tests (two, for the cross-process cases) on the
session's database, and a websocket client that speaks the feed's frames."""

import asyncio
import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import websockets

from asset_api.ingest.dataset import write_dataset
from tests.data.conftest import ACCOUNT_A, mock_dataset, real_dataset
from tests.helpers import TEST_PEPPER, Credentials, make_key

# Short enough for the tests to see every rule act, long enough for a loaded machine.
SERVER_SETTINGS = {
    "ASSET_API_PEPPER": TEST_PEPPER.decode(),
    "ASSET_API_REALTIME_PING_SECONDS": "1",
    "ASSET_API_REALTIME_IDLE_SECONDS": "4",
    "ASSET_API_REALTIME_KEY_CHECK_SECONDS": "1",
    "ASSET_API_REALTIME_SEND_BUFFER_BYTES": str(256 * 1024),
    "ASSET_API_TOKEN_CACHE_SECONDS": "0",
}


@dataclass
class Server:
    base_url: str
    process: subprocess.Popen

    @property
    def ws_url(self) -> str:
        return self.base_url.replace("http://", "ws://") + "/asset-erp/v1/realtime"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(
    database_url: str, workdir: Path, port: int | None = None, **settings: str
) -> Server:
    port = port or _free_port()
    env = (
        os.environ
        | SERVER_SETTINGS
        | settings
        | {
            "DATABASE_URL": database_url,
            "ASSET_API_DATA_DIR": str(workdir),
            "ASSET_API_LOG_LEVEL": "WARNING",
        }
    )
    log = open(workdir / f"server-{port}.log", "w")  # noqa: SIM115 - closed with the process
    process = subprocess.Popen(
        [sys.executable, "-m", "asset_api", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    server = Server(f"http://127.0.0.1:{port}", process)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {(workdir / f'server-{port}.log').read_text()}")
        try:
            if httpx.get(server.base_url + "/health/live", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("server did not start in 30 s")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="package")
def servers(migrated, tmp_path_factory) -> Iterator[list[Server]]:
    """Two API processes on the same database, as two hosts would be, shared by the realtime
    tests (each test's `db` empties the database under them, as a restore would)."""
    workdir = tmp_path_factory.mktemp("realtime-servers")
    started = [start_server(migrated, workdir) for _ in range(2)]
    yield started
    for server in started:
        stop_server(server)


@pytest.fixture
def server(servers) -> Server:
    return servers[0]


@pytest.fixture
async def data(db) -> None:
    """The real dataset of tests/data (account A has 7 transactions: seqs 1-7)."""
    await write_dataset(db, env="real", dataset=real_dataset())


@pytest.fixture
async def mock_data(db, data) -> None:
    await write_dataset(db, env="mock", dataset=mock_dataset())


@pytest.fixture
async def key_a(db, data) -> Credentials:
    """A real key granted account A, both scopes."""
    return await make_key(db, env="real", accounts=[ACCOUNT_A])


class Relay:
    """A TCP relay in front of a server that a test can cut (every relayed connection dropped
    and new ones refused, as when the network or a load balancer in between fails) and mend."""

    def __init__(self, server: Server):
        self.target_port = int(server.base_url.rsplit(":", 1)[1])
        self.port = _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.listener: asyncio.Server | None = None
        self.writers: set[asyncio.StreamWriter] = set()

    async def mend(self) -> None:
        self.listener = await asyncio.start_server(self._relay, "127.0.0.1", self.port)

    def cut(self) -> None:
        self.listener.close()
        for writer in self.writers:
            writer.transport.abort()
        self.writers.clear()

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.transport.abort()
            return
        self.writers.update((writer, upstream))
        await asyncio.gather(self._pipe(reader, upstream), self._pipe(upstream_reader, writer))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except OSError:
            pass
        finally:
            writer.transport.abort()
            self.writers.discard(writer)


async def approval_key(server: Server, creds: Credentials) -> str:
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        res = await client.post("/asset-erp/v1/get-approval", json=creds.grant)
    assert res.status_code == 200, res.text
    return res.json()["approval_key"]


def subscribe_frame(key: str, tr_id: str, tr_key: str, *, tr_type: str = "1", **extra) -> str:
    return json.dumps(
        {
            "header": {"approval_key": key, "tr_type": tr_type, "content-type": "utf-8"},
            "body": {"input": {"tr_id": tr_id, "tr_key": tr_key, **extra}},
        }
    )


class FeedClient:
    """A websocket client of the feed that echoes PINGPONG, as KIS's clients do, and keeps
    the other frames in order."""

    def __init__(self, ws, key: str):
        self.ws = ws
        self.key = key
        self.pings = 0

    async def send(self, frame: str | bytes) -> None:
        await self.ws.send(frame)

    async def subscribe(self, tr_id: str, tr_key: str, **extra) -> dict:
        await self.ws.send(subscribe_frame(self.key, tr_id, tr_key, **extra))
        return await self.next()

    async def unsubscribe(self, tr_id: str, tr_key: str) -> dict:
        await self.ws.send(subscribe_frame(self.key, tr_id, tr_key, tr_type="2"))
        return await self.next()

    async def next(self, within: float = 5.0) -> dict:
        async with asyncio.timeout(within):
            while True:
                frame = json.loads(await self.ws.recv())
                if frame["header"].get("tr_id") == "PINGPONG":
                    self.pings += 1
                    await self.ws.send(json.dumps(frame))
                    continue
                return frame

    async def events(self, count: int, within: float = 5.0) -> list[dict]:
        return [await self.next(within) for _ in range(count)]

    async def nothing_more(self, seconds: float = 0.7) -> None:
        try:
            frame = await self.next(seconds)
        except TimeoutError:
            return
        raise AssertionError(f"an unexpected frame: {frame}")


@contextlib.asynccontextmanager
async def connect_each(
    servers: list[Server], creds: Credentials
) -> AsyncIterator[list[FeedClient]]:
    """A feed client on each of `servers`, each with its own approval key."""
    async with contextlib.AsyncExitStack() as stack:
        yield [
            await stack.enter_async_context(connect(server, await approval_key(server, creds)))
            for server in servers
        ]


class connect:  # noqa: N801 - used as `async with connect(...) as feed`
    def __init__(self, server: Server, key: str, **options):
        self.server, self.key, self.options = server, key, options

    async def __aenter__(self) -> FeedClient:
        self.ws = await websockets.connect(self.server.ws_url, **self.options)
        return FeedClient(self.ws, self.key)

    async def __aexit__(self, *exc) -> None:
        await self.ws.close()
