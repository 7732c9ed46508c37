"""`asset-api serve --workers 2` as real processes: GET /metrics (read with curl, as an
operator would) adds up both workers' counts to what the load sent; an address outside
ASSET_API_METRICS_ALLOW is refused; the access log is one JSON object a line."""

import asyncio
import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from tests.helpers import TEST_PEPPER, make_key

OPENED_CONNECTIONS = 60
LOAD_REQUESTS = 300  # 5 on each connection
DATA_REQUESTS = 40  # 1 on each of the first 40
START_SECONDS = 30
SAMPLER_SECONDS = 1.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def served(database_url: str, tmp_path: Path, *, workers: int, **env_settings: str):
    """`asset-api serve` in its own process group; yields its base URL and its log file."""
    port = free_port()
    log_file = tmp_path / f"serve-{port}.log"
    env = (
        os.environ
        | env_settings
        | {
            "DATABASE_URL": database_url,
            "ASSET_API_PEPPER": TEST_PEPPER.decode(),
            "ASSET_API_DATA_DIR": str(tmp_path / "data"),
            "ASSET_API_LOG_LEVEL": "INFO",
        }
    )
    command = [sys.executable, "-m", "asset_api", "serve", "--host", "127.0.0.1",
               "--port", str(port), "--workers", str(workers)]  # fmt: skip
    with log_file.open("w") as output:
        process = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base_url, process, log_file)
        yield base_url, log_file
    finally:
        process.terminate()  # uvicorn's supervisor stops its workers and waits for them
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_up(base_url: str, process: subprocess.Popen, log_file: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, log_file.read_text()
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{base_url}/health", timeout=1).status_code == 200:
                return
        time.sleep(0.2)
    raise AssertionError(f"the server did not come up:\n{log_file.read_text()}")


def curl(url: str) -> tuple[int, str]:
    done = subprocess.run(["curl", "-s", "-w", "\n%{http_code}", url],
                          capture_output=True, text=True, timeout=10, check=True)  # fmt: skip
    body, _, status = done.stdout.rpartition("\n")
    return int(status), body


def counter(text: str, operation: str, return_code: int = 0) -> float:
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "asset_api_requests_total" and sample.labels == {
                "operation": operation,
                "return_code": str(return_code),
            }:
                return sample.value
    return 0.0


def gauge(text: str, name: str) -> float:
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name:
                return sample.value
    raise AssertionError(f"no {name}")


async def send_load(base_url: str, token: str, *, connections: int = 8) -> None:
    """LOAD_REQUESTS of /health/live and DATA_REQUESTS of the accounts list, each connection
    opened anew now and then so that the kernel spreads them over both workers."""
    headers = {"authorization": f"Bearer {token}"}

    async def one_connection(health: int, data: int) -> None:
        async with httpx.AsyncClient(base_url=base_url, timeout=10) as client:
            for _ in range(health):
                assert (await client.get("/health/live")).status_code == 200
            for _ in range(data):
                assert (await client.get("/asset-erp/v1/accounts", headers=headers)).is_success

    tasks = [
        one_connection(LOAD_REQUESTS // OPENED_CONNECTIONS, 1 if n < DATA_REQUESTS else 0)
        for n in range(OPENED_CONNECTIONS)
    ]
    for start in range(0, len(tasks), connections):
        await asyncio.gather(*tasks[start : start + connections])


async def test_metrics_of_two_workers_add_up_to_the_load_sent(migrated, db, tmp_path):
    creds = await make_key(db, all_accounts=True)
    folder = tmp_path / "prometheus"
    with served(migrated, tmp_path, workers=2, PROMETHEUS_MULTIPROC_DIR=str(folder),
                ASSET_API_LOG_FORMAT="json") as (base_url, log_file):  # fmt: skip
        async with httpx.AsyncClient(base_url=base_url) as client:
            res = await client.post("/asset-erp/v1/get-auth", json={
                "grant_type": "client_credentials", "appkey": creds.appkey,
                "secretkey": creds.secretkey})  # fmt: skip
            token = res.json()["token"]
        await send_load(base_url, token)
        # Each worker writes its tally into the shared files every second (metrics.Sampler).
        await asyncio.sleep(SAMPLER_SECONDS + 0.5)

        status, text = await asyncio.to_thread(curl, f"{base_url}/metrics")
        assert status == 200
        assert counter(text, "health-live") == LOAD_REQUESTS
        assert counter(text, "accounts") == DATA_REQUESTS
        assert counter(text, "get-auth") == 1
        assert gauge(text, "asset_api_processes") == 2
        # Both workers answered part of it: each wrote its own counter file.
        assert len(list(folder.glob("counter_*.db"))) == 2

    access = [json.loads(line) for line in log_file.read_text().splitlines()
              if '"logger": "asset_api.access"' in line]  # fmt: skip
    assert len(access) >= LOAD_REQUESTS + DATA_REQUESTS + 1
    assert {r["operation"] for r in access} >= {"health-live", "accounts", "get-auth", "metrics"}
    assert len({r["request_id"] for r in access}) == len(access)
    log_text = log_file.read_text()
    assert token not in log_text
    assert creds.secretkey not in log_text


async def test_metrics_are_refused_to_an_address_outside_the_allow_list(migrated, tmp_path):
    # The server is reached from 127.0.0.1; the list allows only a documentation network.
    with served(migrated, tmp_path, workers=1, ASSET_API_METRICS_ALLOW="192.0.2.0/24") as (
        base_url,
        _,
    ):
        status, body = await asyncio.to_thread(curl, f"{base_url}/metrics")
    assert status == 403
    assert json.loads(body)["return_code"] == 1004
    assert "asset_api_requests_total" not in body
