"""`make bench`: requests per second and p50/p99 latency of the hot paths, in one run.

A throwaway embedded PostgreSQL cluster, data loaded with COPY (the demo market, an account
with 20 holdings, an account with 1,000,000 transactions, a key), the API under uvicorn on
127.0.0.1 in its own process, and a load generator in another (wrk when installed, else
tests/bench/loadgen.py). Measured, each after a short warm-up:

  a  GET /health/live                      no database: the framework's ceiling here
  b  GET .../accounts/{no}/balance         authenticated, 20 holdings valued in SQL
  c  GET .../accounts/{no}/transactions    page 1, and a page 900,000 rows deep (next-key)
  d  POST /asset-erp/v1/get-auth           token issuance

Prints the table, the ratios b/a, c-deep/c-first (p50 latency) and d/a, and the machine's
conditions. Each scenario gets ROUNDS × SLICE_SECONDS of load, interleaved with the others.
Everything stops by itself; nothing outside a temporary folder is touched.
"""

import asyncio
import contextlib
import json
import os
import platform
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

import asyncpg
import httpx

from asset_api.admin.grants import grant_accounts
from asset_api.auth import keys
from asset_api.data.paging import encode_transaction_key
from asset_api.db import embedded
from asset_api.db.migrate import migrate
from asset_api.ingest.dataset import Dataset, write_dataset
from asset_api.ingest.demo import load_demo
from asset_api.ingest.demo_catalog import INSTRUMENTS
from asset_api.settings import default_pool_max
from tests.bench import realtime

# Each scenario is measured in ROUNDS slices, interleaved with the others, so that a change in
# the machine's background load (other processes) falls on all of them alike.
ROUNDS = 3
SLICE_SECONDS = 3
WARMUP_SECONDS = 2
CONNECTIONS = 16
BALANCE_ACCOUNT = "7000000001"
DEEP_ACCOUNT = "7000000002"
HOLDINGS = 20
TRANSACTION_COUNT = 1_000_000
DEEP_ROWS = 900_000  # how far into the account (newest first) the deep page starts
ROWS_PER_DAY = 400
FIRST_TRADE_DAY = date(2016, 1, 4)
PERIOD = {"start_date": "20160101", "end_date": "20261231"}
PEPPER = "bench-pepper-not-secret"
PREFIX = "/asset-erp/v1"

TARGETS = (("b/a", ">=", 0.5), ("c-deep/c-first", "<=", 1.3))


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --- data -----------------------------------------------------------------------------------


@dataclass
class Prepared:
    appkey: str
    secretkey: str
    deep_key: str
    postgres: str


async def prepare(database_url: str) -> Prepared:
    conn = await asyncpg.connect(database_url)
    try:
        await migrate(conn)
        started = time.perf_counter()
        await load_demo(conn, "real")  # the market: 32 instruments, ~4 years of prices
        await write_dataset(conn, env="real", dataset=_bench_accounts())
        log(f"demo market and a {HOLDINGS}-holding account in {time.perf_counter() - started:.1f}s")
        started = time.perf_counter()
        await _copy_transactions(conn, DEEP_ACCOUNT, TRANSACTION_COUNT)
        log(f"{TRANSACTION_COUNT:,} transactions by COPY in {time.perf_counter() - started:.1f}s")
        user_id = await keys.create_user(conn, name="벤치마크")
        await grant_accounts(
            conn, user_id=user_id, account_nos=[BALANCE_ACCOUNT, DEEP_ACCOUNT], env="real"
        )
        issued = await keys.issue_key(
            conn, pepper=PEPPER.encode(), user_id=user_id, env="real", rate_limit=10_000
        )
        await settle(conn)
        return Prepared(
            appkey=issued.appkey,
            secretkey=issued.secretkey,
            deep_key=await _deep_key(conn),
            postgres=await conn.fetchval("SHOW server_version"),
        )
    finally:
        await conn.close()


async def settle(conn: asyncpg.Connection) -> None:
    """Leave the database as a running one would be, not as a bulk load leaves it: rows
    frozen and hint bits set (else the first reads write them), statistics fresh, and the
    load's WAL checkpointed. Otherwise autovacuum and a checkpoint catch up with the million
    fresh rows during the measurements, on the same two cores, and land on whichever
    scenario happens to be running."""
    started = time.perf_counter()
    await conn.execute("VACUUM (FREEZE, ANALYZE)")
    await conn.execute("CHECKPOINT")
    log(f"database settled (VACUUM FREEZE ANALYZE, CHECKPOINT) in "
        f"{time.perf_counter() - started:.1f}s")  # fmt: skip


def _bench_accounts() -> Dataset:
    rng = random.Random("asset-api bench holdings")
    holdings = []
    for instrument in INSTRUMENTS[:HOLDINGS]:
        quantity = 1 + int(rng.random() * 300)
        price = int(instrument.start_price * (0.7 + 0.6 * rng.random()))
        holdings.append((BALANCE_ACCOUNT, instrument.code, quantity, quantity * price))
    opened = date(2015, 12, 1)
    return Dataset(
        accounts=[
            (BALANCE_ACCOUNT, "벤치마크 잔고", "키움증권", "KRW", opened, "active"),
            (DEEP_ACCOUNT, "벤치마크 거래내역", "키움증권", "KRW", opened, "active"),
        ],
        holdings=holdings,
        cash_balances=[(BALANCE_ACCOUNT, 12_345_678), (DEEP_ACCOUNT, 0)],
    )


async def _copy_transactions(conn: asyncpg.Connection, account_no: str, count: int) -> None:
    account_id = await conn.fetchval(
        "SELECT id FROM accounts WHERE env = 'real' AND account_no = $1", account_no
    )
    instrument_ids = [
        r["id"] for r in await conn.fetch("SELECT id FROM instruments WHERE env = 'real'")
    ]
    columns = ("account_id", "trade_date", "trade_time", "kind", "instrument_id", "quantity",
               "price", "amount", "fee", "tax")  # fmt: skip
    records = _transaction_records(account_id, instrument_ids, count)
    await conn.copy_records_to_table("transactions", records=records, columns=columns)
    await conn.execute("ANALYZE transactions")


def _transaction_records(account_id: int, instrument_ids: list[int], count: int) -> Iterator:
    """Buys and sells, ROWS_PER_DAY a weekday, spread over the trading session."""
    rng = random.Random("asset-api bench transactions")
    day, step = FIRST_TRADE_DAY, 22_800 // ROWS_PER_DAY
    for n in range(count):
        if n and n % ROWS_PER_DAY == 0:
            day += timedelta(days=3 if day.weekday() == 4 else 1)
        second = (n % ROWS_PER_DAY) * step
        quantity, price = 1 + int(rng.random() * 100), 1_000 * (10 + int(rng.random() * 490))
        amount = quantity * price
        kind = "buy" if rng.random() < 0.55 else "sell"
        tax = amount * 18 // 10_000 if kind == "sell" else 0
        yield (account_id, day, clock(9 + second // 3600, second // 60 % 60, second % 60), kind,
               instrument_ids[n % len(instrument_ids)], quantity, price, amount,
               amount * 15 // 100_000 // 10 * 10, tax)  # fmt: skip


async def _deep_key(conn: asyncpg.Connection) -> str:
    """The next-key a client holds after DEEP_ROWS rows, as the API would have sent it."""
    row = await conn.fetchrow(
        """SELECT t.trade_date, t.trade_time, t.id FROM transactions t
           JOIN accounts a ON a.id = t.account_id
           WHERE a.env = 'real' AND a.account_no = $1
           ORDER BY t.trade_date DESC, t.trade_time DESC, t.id DESC
           OFFSET $2 LIMIT 1""",
        DEEP_ACCOUNT,
        DEEP_ROWS - 1,
    )
    return encode_transaction_key(
        row["trade_date"].strftime("%Y%m%d"), row["trade_time"].strftime("%H%M%S"), row["id"]
    )


# --- the server -----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def api_server(database_url: str, workdir: Path) -> Iterator[tuple[str, int]]:
    """uvicorn with asset_api.main:app in a child process; yields its base URL and pid."""
    port = free_port()
    env = os.environ | {
        "DATABASE_URL": database_url,
        "ASSET_API_PEPPER": PEPPER,
        "ASSET_API_DATA_DIR": str(workdir / "data"),
    }
    command = [sys.executable, "-m", "uvicorn", "asset_api.main:app", "--host", "127.0.0.1",
               "--port", str(port), "--no-access-log", "--log-level", "warning"]  # fmt: skip
    with (workdir / "uvicorn.log").open("w") as server_log:
        process = subprocess.Popen(command, env=env, stdout=server_log, stderr=subprocess.STDOUT)
        try:
            base_url = f"http://127.0.0.1:{port}"
            _wait_until_up(base_url, process)
            yield base_url, process.pid
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_up(base_url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"uvicorn exited with {process.returncode}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{base_url}/health", timeout=1).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError("uvicorn did not come up within 30 s")


# --- measuring ------------------------------------------------------------------------------


@dataclass
class Scenario:
    label: str
    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""


@dataclass
class Result:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int
    cpu: dict[str, float] = field(default_factory=dict)  # process group → share of one core


class CpuMeter:
    """CPU time of the server and of PostgreSQL (the postmaster and its backends), from /proc,
    so the table can say which of them a scenario kept busy."""

    TICKS = os.sysconf("SC_CLK_TCK")

    def __init__(self, server_pid: int, pgdata: Path):
        self.groups = {"uvicorn": server_pid}
        with contextlib.suppress(OSError, ValueError):
            self.groups["postgres"] = int((pgdata / "postmaster.pid").read_text().split()[0])

    def seconds(self) -> dict[str, float]:
        used = dict.fromkeys(self.groups, 0)
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                pid, parent, ticks = (
                    int(entry.name),
                    int(fields[1]),
                    int(fields[11]) + int(fields[12]),
                )
                for group, root in self.groups.items():
                    if root in (pid, parent):
                        used[group] += ticks
        return {group: ticks / self.TICKS for group, ticks in used.items()}


def scenarios(base_url: str, token: str, prepared: Prepared) -> dict[str, Scenario]:
    bearer = {"authorization": f"Bearer {token}"}
    query = "&".join(f"{k}={v}" for k, v in PERIOD.items())
    transactions = f"{base_url}{PREFIX}/accounts/{DEEP_ACCOUNT}/transactions?{query}"
    credentials = {"grant_type": "client_credentials", "appkey": prepared.appkey,
                   "secretkey": prepared.secretkey}  # fmt: skip
    return {
        "a": Scenario("GET /health/live (no database)", "GET", f"{base_url}/health/live"),
        "b": Scenario(
            f"GET balance ({HOLDINGS} holdings)",
            "GET",
            f"{base_url}{PREFIX}/accounts/{BALANCE_ACCOUNT}/balance",
            bearer,
        ),
        "c-first": Scenario("GET transactions, page 1", "GET", transactions, bearer),
        "c-deep": Scenario(
            f"GET transactions, {DEEP_ROWS:,} rows deep",
            "GET",
            transactions,
            bearer | {"cont-yn": "Y", "next-key": prepared.deep_key},
        ),
        "d": Scenario(
            "POST get-auth (token issuance)",
            "POST",
            f"{base_url}{PREFIX}/get-auth",
            {"content-type": "application/json"},
            json.dumps(credentials),
        ),
    }


def check_once(scenario: Scenario) -> None:
    """One request by hand first: a benchmark of error responses would measure nothing."""
    res = httpx.request(scenario.method, scenario.url, headers=scenario.headers,
                        content=scenario.body or None, timeout=30)  # fmt: skip
    if res.status_code != 200:
        raise RuntimeError(f"{scenario.label}: HTTP {res.status_code} {res.text[:300]}")


def run_rounds(plan: dict[str, Scenario], workdir: Path, meter: CpuMeter) -> dict[str, Result]:
    """Warm each scenario up, then measure them in interleaved rounds and combine the slices:
    requests/s over all slices, the median slice's p50 and p99, the errors of all."""
    for name, scenario in plan.items():
        check_once(scenario)
        log(f"warming up {name}: {scenario.label}")
        measure(scenario, workdir, WARMUP_SECONDS)
    slices: dict[str, list[Result]] = {name: [] for name in plan}
    for round_number in range(1, ROUNDS + 1):
        log(f"round {round_number} of {ROUNDS}")
        for name, scenario in plan.items():
            before, started = meter.seconds(), time.perf_counter()
            result = measure(scenario, workdir, SLICE_SECONDS)
            elapsed, after = time.perf_counter() - started, meter.seconds()
            result.cpu = {group: (after[group] - before[group]) / elapsed for group in after}
            slices[name].append(result)
    return {name: _combine(results) for name, results in slices.items()}


def _combine(results: list[Result]) -> Result:
    def median(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    requests = sum(r.requests for r in results)
    seconds = sum(r.requests / r.rps for r in results if r.rps)
    return Result(
        rps=requests / seconds if seconds else 0.0,
        p50_ms=median([r.p50_ms for r in results]),
        p99_ms=median([r.p99_ms for r in results]),
        requests=requests,
        errors=sum(r.errors for r in results),
        cpu={group: median([r.cpu[group] for r in results]) for group in results[0].cpu},
    )


def measure(scenario: Scenario, workdir: Path, seconds: float) -> Result:
    if shutil.which("wrk"):
        return _measure_with_wrk(scenario, workdir, seconds)
    return _measure_with_loadgen(scenario, seconds)


def _measure_with_wrk(scenario: Scenario, workdir: Path, seconds: float) -> Result:
    script = workdir / "request.lua"
    lines = [f"wrk.method = {json.dumps(scenario.method)}"]
    lines += [
        f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in scenario.headers.items()
    ]
    if scenario.body:
        lines.append(f"wrk.body = {json.dumps(scenario.body)}")
    script.write_text("\n".join(lines) + "\n")
    done = subprocess.run(
        ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds:g}s", "--latency", "--timeout", "10s",
         "-s", str(script), scenario.url],
        capture_output=True, text=True, timeout=seconds + 30, check=True,
    )  # fmt: skip
    return _parse_wrk(done.stdout)


def _parse_wrk(output: str) -> Result:
    def latency(percent: str) -> float:
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
        if match is None:
            raise RuntimeError(f"no {percent}% latency in wrk's output:\n{output}")
        factor = {"us": 0.001, "ms": 1.0, "s": 1000.0}[match.group(2)]
        return float(match.group(1)) * factor

    requests = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return Result(
        rps=float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        p50_ms=latency("50"),
        p99_ms=latency("99"),
        requests=requests,
        errors=errors,
    )


def _measure_with_loadgen(scenario: Scenario, seconds: float) -> Result:
    spec = {"url": scenario.url, "method": scenario.method, "headers": scenario.headers,
            "body": scenario.body, "connections": CONNECTIONS, "seconds": seconds}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.loadgen", json.dumps(spec)],
        capture_output=True, text=True, timeout=seconds + 60, check=True,
    )  # fmt: skip
    out = json.loads(done.stdout)
    return Result(out["requests"] / out["seconds"], out["p50_ms"], out["p99_ms"],
                  out["requests"], out["errors"])  # fmt: skip


# --- report ---------------------------------------------------------------------------------


def machine_conditions() -> dict[str, str]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = ", ".join(f"{n:.2f}" for n in os.getloadavg())
    return {
        "nproc": f"{len(os.sched_getaffinity(0))} (of {os.cpu_count()})",
        "load average": load,
        "cpu": cpu,
        "python": platform.python_version(),
    }


def report(results: dict[str, Result], labels: dict[str, str], conditions: dict) -> bool:
    print(f"\n{'':8} {'what':<40} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}"
          "   cpu: uvicorn postgres")  # fmt: skip
    for name, result in results.items():
        cpu = "".join(f"{result.cpu.get(g, 0):>9.0%}" for g in ("uvicorn", "postgres"))
        print(f"{name:8} {labels[name]:<40} {result.rps:>9.0f} {result.p50_ms:>8.2f} "
              f"{result.p99_ms:>8.2f} {result.errors:>7}   {cpu}")  # fmt: skip
    print("(cpu: share of one core during the measurement; wrk and others not counted)")
    ratios = {
        "b/a": results["b"].rps / results["a"].rps,
        "c-deep/c-first": results["c-deep"].p50_ms / results["c-first"].p50_ms,
        "d/a": results["d"].rps / results["a"].rps,
    }
    print()
    print(f"b/a             {ratios['b/a']:.2f}  (requests/s; target >= 0.5)")
    p99_ratio = results["c-deep"].p99_ms / results["c-first"].p99_ms
    print(f"c-deep/c-first  {ratios['c-deep/c-first']:.2f}  (p50 latency; p99: {p99_ratio:.2f};"
          " target <= 1.3)")  # fmt: skip
    print(f"d/a             {ratios['d/a']:.2f}  (requests/s)")
    print()
    for name, value in conditions.items():
        print(f"{name:<22}{value}")
    met = all(ratios[n] >= v if op == ">=" else ratios[n] <= v for n, op, v in TARGETS)
    no_errors = all(result.errors == 0 for result in results.values())
    print(f"\ntargets {'met' if met else 'MISSED'}; "
          f"{'no errors' if no_errors else 'ERRORS: see the table'}")  # fmt: skip
    return no_errors


def main() -> int:
    conditions = {"load average before": ", ".join(f"{n:.2f}" for n in os.getloadavg())}
    with tempfile.TemporaryDirectory(prefix="asset-api-bench-") as folder:
        workdir = Path(folder)
        log("starting a throwaway PostgreSQL cluster")
        cluster = embedded.start_cluster(workdir / "pg", throwaway=True)
        try:
            database_url = embedded.database_url(cluster, "asset_bench")
            prepared = asyncio.run(prepare(database_url))
            with api_server(database_url, workdir) as (base_url, server_pid):
                credentials = {"grant_type": "client_credentials", "appkey": prepared.appkey,
                               "secretkey": prepared.secretkey}  # fmt: skip
                token = httpx.post(f"{base_url}{PREFIX}/get-auth", json=credentials).json()
                plan = scenarios(base_url, token["token"], prepared)
                results = run_rounds(plan, workdir, CpuMeter(server_pid, workdir / "pg"))
                log(f"realtime: {realtime.SUBSCRIBERS:,} subscribers")
                streamed = asyncio.run(realtime.measure(
                    base_url, server_pid, database_url, credentials, BALANCE_ACCOUNT
                ))  # fmt: skip
        finally:
            cluster.cleanup()
    generator = "wrk" if shutil.which("wrk") else "tests/bench/loadgen.py (httpx)"
    conditions |= machine_conditions() | {
        "postgresql": prepared.postgres,
        "load generator": f"{generator}, {CONNECTIONS} connections; per scenario "
        f"{ROUNDS} x {SLICE_SECONDS}s, interleaved, after {WARMUP_SECONDS}s warm-up",
        "server": "1 uvicorn worker (uvloop, httptools), access log off, on 127.0.0.1; "
        f"{os.environ.get('ASSET_API_DB_POOL_MAX') or default_pool_max()} pooled connections",
    }
    labels = {name: scenario.label for name, scenario in plan.items()}
    clean = report(results, labels, conditions)
    realtime.report(streamed)
    return 0 if clean and streamed.deliveries == realtime.SUBSCRIBERS * realtime.EVENTS else 1


if __name__ == "__main__":
    sys.exit(main())
