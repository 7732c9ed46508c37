"""`make bench`: requests per second and p50/p99 latency of the hot paths, in one run.

A throwaway embedded PostgreSQL cluster, data loaded with COPY (the demo market, an account
with 20 holdings, an account with 1,000,000 transactions, a key), the API on 127.0.0.1 as
`asset-api serve` runs it (metrics in multiprocess mode, access log at WARNING) three times
over: uvicorn with 1 worker, uvicorn with 2, granian with 1; and a load generator in another
process (wrk when installed, else tests/bench/loadgen.py). Measured, each after a short
warm-up:

  a  GET /health/live                      no database: the framework's ceiling here
  b  GET .../accounts/{no}/balance         authenticated, 20 holdings valued in SQL
  c  GET .../accounts/{no}/transactions    page 1, and a page 900,000 rows deep (next-key)
  d  POST /asset-erp/v1/get-auth           token issuance
  e  GET .../accounts/{no}/realized-pnl    the same account's sells: page 1, and 400,000 deep
  f  GET .../daily-valuations              its trading days: page 1, and 800 days deep
  b-64                                     b with 64 connections instead of 16: p99 / p50
  b-2w                                     b against 2 uvicorn workers: requests/s vs b's
  a-, b-, d-granian                        a, b and d against granian (1 worker)

Prints the table (with the CPU time per request of the server's processes and PostgreSQL's,
from /proc: far steadier than requests/s on a machine others use too), the ratios and their
targets, and the machine's conditions. Each scenario gets ROUNDS × SLICE_SECONDS of load,
interleaved with the others (all three servers run throughout, idle but for their turn).
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
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

import asyncpg
import httpx

from asset_api.admin.grants import grant_accounts
from asset_api.auth import keys
from asset_api.data.paging import (
    SELL_TAG,
    TRANSACTION_TAG,
    VALUATION_TAG,
    encode_day_key,
    encode_moment_key,
)
from asset_api.db import embedded
from asset_api.db.migrate import migrate
from asset_api.ingest.dataset import Dataset, write_dataset
from asset_api.ingest.demo import load_demo
from asset_api.ingest.demo_catalog import INSTRUMENTS
from asset_api.settings import default_pool_max
from tests.bench import realtime
from tests.live import api_process

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
DEEP_SELLS = 400_000  # of its ~450,000 sells, for realized-pnl
DEEP_DAYS = 800  # of its ~940 trading days (the demo market's), for daily-valuations
PEPPER = "bench-pepper-not-secret"
PREFIX = "/asset-erp/v1"

BUSY_CONNECTIONS = 64
# name → (server, workers) of `asset-api serve --server S --workers N`
SERVERS = {"uvicorn-1": ("uvicorn", 1), "uvicorn-2": ("uvicorn", 2), "granian-1": ("granian", 1)}

TARGETS = (
    ("b/a", ">=", 0.65),
    ("c-deep/c-first", "<=", 1.3),
    ("d/a", ">=", 0.3),
    ("b-64 p99/p50", "<=", 2.0),
    ("b-2w/b", ">=", 1.4),
    ("e-deep/e-first", "<=", 1.3),
    ("f-deep/f-first", "<=", 1.3),
    ("e-first/c-first", "<=", 2.0),
    ("e-deep/c-first", "<=", 2.0),
    ("f-first/c-first", "<=", 2.0),
    ("f-deep/c-first", "<=", 2.0),
)


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --- data -----------------------------------------------------------------------------------


@dataclass
class Prepared:
    appkey: str
    secretkey: str
    deep_key: str
    report_keys: dict[str, str]  # the deep next-keys of the account reports, by scenario
    postgres: str


async def prepare(database_url: str) -> Prepared:
    conn = await asyncpg.connect(database_url)
    try:
        await migrate(conn)
        started = time.perf_counter()
        await load_demo(conn, "real")  # the market: 32 instruments, ~4 years of prices
        await write_dataset(conn, env="real", dataset=_bench_accounts())
        log(f"demo market and a {HOLDINGS}-holding account in {time.perf_counter() - started:.1f}s")
        await _copy_transactions(conn, DEEP_ACCOUNT, TRANSACTION_COUNT)
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
            report_keys=await _report_deep_keys(conn),
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
    """COPY the rows, then the account reports' rebuild (migration 0009), timed apart: it
    would otherwise run unseen at the commit."""
    account_id = await conn.fetchval(
        "SELECT id FROM accounts WHERE env = 'real' AND account_no = $1", account_no
    )
    instrument_ids = [
        r["id"] for r in await conn.fetch("SELECT id FROM instruments WHERE env = 'real'")
    ]
    columns = ("account_id", "trade_date", "trade_time", "kind", "instrument_id", "quantity",
               "price", "amount", "fee", "tax")  # fmt: skip
    records = _transaction_records(account_id, instrument_ids, count)
    async with conn.transaction():
        started = time.perf_counter()
        await conn.copy_records_to_table("transactions", records=records, columns=columns)
        copied = time.perf_counter()
        await conn.execute("SET CONSTRAINTS report_dirty_rebuild IMMEDIATE")
        rebuilt = time.perf_counter()
    log(f"{count:,} transactions by COPY in {copied - started:.1f}s, then the account reports"
        f" rebuilt in {rebuilt - copied:.1f}s")  # fmt: skip
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
    return encode_moment_key(
        TRANSACTION_TAG,
        row["trade_date"].strftime("%Y%m%d"),
        row["trade_time"].strftime("%H%M%S"),
        row["id"],
    )


async def _report_deep_keys(conn: asyncpg.Connection) -> dict[str, str]:
    """The next-keys a client holds after DEEP_SELLS sells and DEEP_DAYS days of the deep
    account's reports, as the API would have sent them."""
    sell = await conn.fetchrow(
        """SELECT s.trade_date, s.trade_time, s.transaction_id FROM realized_sells s
           JOIN accounts a ON a.id = s.account_id
           WHERE a.env = 'real' AND a.account_no = $1
           ORDER BY s.trade_date DESC, s.trade_time DESC, s.transaction_id DESC
           OFFSET $2 LIMIT 1""",
        DEEP_ACCOUNT,
        DEEP_SELLS - 1,
    )
    day = await conn.fetchval(
        """SELECT v.trade_date FROM daily_valuations v JOIN accounts a ON a.id = v.account_id
           WHERE a.env = 'real' AND a.account_no = $1
           ORDER BY v.trade_date DESC OFFSET $2 LIMIT 1""",
        DEEP_ACCOUNT,
        DEEP_DAYS - 1,
    )
    return {
        "e-deep": encode_moment_key(
            SELL_TAG,
            sell["trade_date"].strftime("%Y%m%d"),
            sell["trade_time"].strftime("%H%M%S"),
            sell["transaction_id"],
        ),
        "f-deep": encode_day_key(VALUATION_TAG, day.strftime("%Y%m%d")),
    }


# --- the server -----------------------------------------------------------------------------


@contextlib.contextmanager
def api_server(
    database_url: str, workdir: Path, server: str, workers: int
) -> Iterator[tuple[str, int]]:
    """`asset-api serve --server S --workers N` (as production runs it: head limits, no
    uvicorn proxy headers) in a child process; yields its base URL and pid (the parent of its
    workers, if any)."""
    with api_process(
        database_url, workdir, server=server, workers=workers, pepper=PEPPER, log_level="WARNING"
    ) as live:
        yield live.url, live.process.pid


# --- measuring ------------------------------------------------------------------------------


@dataclass
class Scenario:
    label: str
    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""
    server: str = "uvicorn-1"
    connections: int = CONNECTIONS


@dataclass
class Result:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int
    cpu: dict[str, float] = field(default_factory=dict)  # process group → share of one core
    cpu_us: dict[str, float] = field(default_factory=dict)  # process group → µs per request


class CpuMeter:
    """CPU time of the server (its process and its workers) and of PostgreSQL (the postmaster
    and its backends), from /proc, so the table can say which of them a scenario kept busy."""

    TICKS = os.sysconf("SC_CLK_TCK")

    def __init__(self, server_pid: int, pgdata: Path):
        self.groups = {"server": server_pid}
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
    return base_scenarios(base_url, token, prepared) | report_scenarios(base_url, token, prepared)


def base_scenarios(base_url: str, token: str, prepared: Prepared) -> dict[str, Scenario]:
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


def report_scenarios(base_url: str, token: str, prepared: Prepared) -> dict[str, Scenario]:
    """The account reports of the 1,000,000-transaction account: page 1 and a deep page."""
    bearer = {"authorization": f"Bearer {token}"}
    query = "&".join(f"{k}={v}" for k, v in PERIOD.items())
    account = f"{base_url}{PREFIX}/accounts/{DEEP_ACCOUNT}"
    plan = {}
    for name, path, deep in (("e", "realized-pnl", f"{DEEP_SELLS:,} sells"),
                             ("f", "daily-valuations", f"{DEEP_DAYS} days")):  # fmt: skip
        url = f"{account}/{path}?{query}"
        plan[f"{name}-first"] = Scenario(f"GET {path}, page 1", "GET", url, bearer)
        continuation = {"cont-yn": "Y", "next-key": prepared.report_keys[f"{name}-deep"]}
        plan[f"{name}-deep"] = Scenario(
            f"GET {path}, {deep} deep", "GET", url, bearer | continuation
        )
    return plan


def full_plan(base_urls: dict[str, str], token: str, prepared: Prepared) -> dict[str, Scenario]:
    """Every scenario on uvicorn with 1 worker, then the variants on the other servers."""
    on = {name: scenarios(url, token, prepared) for name, url in base_urls.items()}
    plan = dict(on["uvicorn-1"])
    plan["b-64"] = replace(plan["b"], label=f"b, {BUSY_CONNECTIONS} connections",
                           connections=BUSY_CONNECTIONS)  # fmt: skip
    plan["b-2w"] = replace(on["uvicorn-2"]["b"], label="b, 2 uvicorn workers", server="uvicorn-2")
    for name in ("a", "b", "d"):
        plan[f"{name}-granian"] = replace(
            on["granian-1"][name], label=f"{name}, granian (1 worker)", server="granian-1"
        )
    return plan


def check_once(scenario: Scenario) -> None:
    """One request by hand first: a benchmark of error responses would measure nothing."""
    res = httpx.request(scenario.method, scenario.url, headers=scenario.headers,
                        content=scenario.body or None, timeout=30)  # fmt: skip
    if res.status_code != 200:
        raise RuntimeError(f"{scenario.label}: HTTP {res.status_code} {res.text[:300]}")


def run_rounds(
    plan: dict[str, Scenario], workdir: Path, meters: dict[str, CpuMeter]
) -> dict[str, Result]:
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
            meter = meters[scenario.server]
            before, started = meter.seconds(), time.perf_counter()
            result = measure(scenario, workdir, SLICE_SECONDS)
            elapsed, after = time.perf_counter() - started, meter.seconds()
            used = {group: after[group] - before[group] for group in after}
            result.cpu = {group: seconds / elapsed for group, seconds in used.items()}
            result.cpu_us = {
                group: seconds * 1e6 / max(result.requests, 1) for group, seconds in used.items()
            }
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
        cpu_us={group: median([r.cpu_us[group] for r in results]) for group in results[0].cpu},
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
        ["wrk", "-t1", f"-c{scenario.connections}", f"-d{seconds:g}s", "--latency",
         "--timeout", "10s",
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
            "body": scenario.body, "connections": scenario.connections,
            "seconds": seconds}  # fmt: skip
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
    print(f"\n{'':10} {'what':<36} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}"
          "   cpu: server postgres   cpu µs/request: server postgres  sum")  # fmt: skip
    for name, result in results.items():
        share = "".join(f"{result.cpu.get(g, 0):>8.0%}" for g in ("server", "postgres"))
        per_request = "".join(f"{result.cpu_us.get(g, 0):>8.0f}" for g in ("server", "postgres"))
        total = sum(result.cpu_us.values())
        print(f"{name:10} {labels[name]:<36} {result.rps:>8.0f} {result.p50_ms:>8.2f} "
              f"{result.p99_ms:>8.2f} {result.errors:>6}   {share}  "
              f"{'':16}{per_request} {total:>5.0f}")  # fmt: skip
    print("(cpu: share of one core during the measurement, and CPU time per request; the server "
          "is all its processes; wrk and others not counted)")  # fmt: skip
    ratios = ratios_of(results)
    print()
    for name, op, target in TARGETS:
        print(f"{name:<16}{ratios[name]:>6.2f}  (target {op} {target}){RATIO_NOTES.get(name, '')}")
    print(f"{'c-deep p99':<16}{ratios['c-deep/c-first p99']:>6.2f}  (p99 of c-deep / c-first)")
    for name in ("a", "b", "d"):
        uvicorn_cpu = sum(results[name].cpu_us.values())
        granian_cpu = sum(results[f"{name}-granian"].cpu_us.values())
        print(f"{name + ' granian':<16}{ratios[f'{name}-granian/{name}']:>6.2f}  (requests/s, "
              f"granian / uvicorn; cpu µs/request {uvicorn_cpu:.0f} uvicorn, "
              f"{granian_cpu:.0f} granian)")  # fmt: skip
    print()
    for name, value in conditions.items():
        print(f"{name:<22}{value}")
    met = all(ratios[n] >= v if op == ">=" else ratios[n] <= v for n, op, v in TARGETS)
    no_errors = all(result.errors == 0 for result in results.values())
    print(f"\ntargets {'met' if met else 'MISSED'}; "
          f"{'no errors' if no_errors else 'ERRORS: see the table'}")  # fmt: skip
    return no_errors


RATIO_NOTES = {
    "b/a": "  requests/s",
    "c-deep/c-first": "  p50 latency",
    "d/a": "  requests/s",
    "b-64 p99/p50": "  latency at 64 connections",
    "b-2w/b": "  requests/s, 2 uvicorn workers / 1",
    **{name: "  p50 latency" for name, _, _ in TARGETS if name.startswith(("e-", "f-"))},
}


def report_ratios(results: dict[str, Result]) -> dict[str, float]:
    """p50 latencies of the account reports: each deep page against its page 1, and every
    page against the transactions' page 1."""

    def p50(name: str) -> float:
        return results[name].p50_ms

    ratios = {f"{r}-deep/{r}-first": p50(f"{r}-deep") / p50(f"{r}-first") for r in "ef"}
    for page in ("e-first", "e-deep", "f-first", "f-deep"):
        ratios[f"{page}/c-first"] = p50(page) / p50("c-first")
    return ratios


def ratios_of(results: dict[str, Result]) -> dict[str, float]:
    ratios = {
        "b/a": results["b"].rps / results["a"].rps,
        "c-deep/c-first": results["c-deep"].p50_ms / results["c-first"].p50_ms,
        "c-deep/c-first p99": results["c-deep"].p99_ms / results["c-first"].p99_ms,
        "d/a": results["d"].rps / results["a"].rps,
        "b-64 p99/p50": results["b-64"].p99_ms / results["b-64"].p50_ms,
        "b-2w/b": results["b-2w"].rps / results["b"].rps,
    }
    for name in ("a", "b", "d"):
        ratios[f"{name}-granian/{name}"] = results[f"{name}-granian"].rps / results[name].rps
    return ratios | report_ratios(results)


def main() -> int:
    conditions = {"load average before": ", ".join(f"{n:.2f}" for n in os.getloadavg())}
    with tempfile.TemporaryDirectory(prefix="asset-api-bench-") as folder:
        workdir = Path(folder)
        log("starting a throwaway PostgreSQL cluster")
        cluster = embedded.start_cluster(workdir / "pg", throwaway=True)
        try:
            database_url = embedded.database_url(cluster, "asset_bench")
            prepared = asyncio.run(prepare(database_url))
            with contextlib.ExitStack() as servers:
                started = {
                    name: servers.enter_context(api_server(database_url, workdir, *how))
                    for name, how in SERVERS.items()
                }
                base_urls = {name: url for name, (url, _) in started.items()}
                meters = {name: CpuMeter(pid, workdir / "pg") for name, (_, pid) in started.items()}
                credentials = {"grant_type": "client_credentials", "appkey": prepared.appkey,
                               "secretkey": prepared.secretkey}  # fmt: skip
                token = httpx.post(f"{base_urls['uvicorn-1']}{PREFIX}/get-auth", json=credentials)
                plan = full_plan(base_urls, token.json()["token"], prepared)
                results = run_rounds(plan, workdir, meters)
                log(f"realtime: {realtime.SUBSCRIBERS:,} subscribers")
                url, pid = started["uvicorn-1"]
                streamed = asyncio.run(realtime.measure(
                    url, pid, database_url, credentials, BALANCE_ACCOUNT
                ))  # fmt: skip
        finally:
            cluster.cleanup()
    generator = "wrk" if shutil.which("wrk") else "tests/bench/loadgen.py (httpx)"
    conditions |= machine_conditions() | {
        "postgresql": prepared.postgres,
        "load generator": f"{generator}, {CONNECTIONS} connections ({BUSY_CONNECTIONS} for "
        f"b-64); per scenario {ROUNDS} x {SLICE_SECONDS}s, interleaved, after "
        f"{WARMUP_SECONDS}s warm-up",
        "server": "asset-api serve: uvicorn (uvloop, httptools) 1 worker, 2 for b-2w; "
        "granian 1 worker for *-granian; metrics in multiprocess mode, access log off, on "
        f"127.0.0.1; {os.environ.get('ASSET_API_DB_POOL_MAX') or default_pool_max()} "
        "pooled connections per worker",
    }
    labels = {name: scenario.label for name, scenario in plan.items()}
    clean = report(results, labels, conditions)
    realtime.report(streamed)
    return 0 if clean and streamed.deliveries == realtime.SUBSCRIBERS * realtime.EVENTS else 1


if __name__ == "__main__":
    sys.exit(main())
