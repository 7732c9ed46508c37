"""The Prometheus metric families of every process, and their exposition for GET /metrics.

prometheus-client picks its storage when it is first imported: with PROMETHEUS_MULTIPROC_DIR
set (`asset-api serve` sets it for its workers) each process writes its values into files of
its own in that folder, and GET /metrics, answered by whichever worker the connection reached,
adds up the files of every worker on the host. Without it (tests, a plain `uvicorn`) the
values live in this process and /metrics shows just them.

The families live in a registry of their own, not the library's default one: that one also
holds the process and platform collectors, whose values are wrong across processes.
Gauges say how they add up across processes (`multiprocess_mode`); a worker's gauges go away
with it (`forget_dead_processes`), its counters stay counted.

Adding a family is a few lines here plus one call where the thing happens (or, for what a
process already counts itself, as the realtime hub does, one line in the app's sampler).
"""

import asyncio
import bisect
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
    multiprocess,
    values,
)

from asset_api.background import stop_task

log = logging.getLogger(__name__)

# No `_created` series: one per labelled child, of no use on a dashboard.
disable_created_metrics()
REGISTRY = CollectorRegistry(auto_describe=True)
CONTENT_TYPE = CONTENT_TYPE_LATEST
# True when the library writes its values to files shared by the workers of a host.
MULTIPROCESS = values.ValueClass is not values.MutexValue

# From a fast cached data call (~1 ms) to a slow token endpoint under load.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

REQUESTS = Counter(
    "asset_api_requests",
    "Requests answered, by operation id and return code",
    ["operation", "return_code"],
    registry=REGISTRY,
)
REQUEST_SECONDS = Histogram(
    "asset_api_request_seconds",
    "Time from the request's arrival to its last byte handed to the server",
    ["operation", "return_code"],
    buckets=LATENCY_BUCKETS,
    registry=REGISTRY,
)
REFUSALS = Counter(
    "asset_api_refusals",
    "Requests refused (any return code but 0), by return code",
    ["return_code"],
    registry=REGISTRY,
)
TOKENS_ISSUED = Counter(
    "asset_api_tokens_issued",
    "Access tokens issued, by dialect (broker: get-auth, oauth2: /oauth2/token)",
    ["dialect"],
    registry=REGISTRY,
)
POOL_CONNECTIONS = Gauge(
    "asset_api_db_pool_connections",
    "Pooled database connections of the host's processes, by database and state "
    "(in_use, idle; waiting: requests waiting for one)",
    ["database", "state"],
    multiprocess_mode="livesum",
    registry=REGISTRY,
)
REPLICA_FALLBACKS = Counter(
    "asset_api_replica_fallbacks",
    "Data reads served by the primary although read replicas are configured, by reason "
    "(none_healthy: every replica down or too far behind; failed: the replica failed the query)",
    ["reason"],
    registry=REGISTRY,
)
REPLICA_LAG = Gauge(
    "asset_api_replica_lag_seconds",
    "How far a read replica is behind the primary, as last measured (the worst process's view)",
    ["database"],
    multiprocess_mode="livemax",
    registry=REGISTRY,
)
REPLICA_HEALTHY = Gauge(
    "asset_api_replica_healthy",
    "1 while a read replica serves reads, 0 while it is skipped (down or behind)",
    ["database"],
    multiprocess_mode="livemin",
    registry=REGISTRY,
)
USAGE_QUEUE = Gauge(
    "asset_api_usage_log_queue_depth",
    "Request records waiting to be written to request_log",
    multiprocess_mode="livesum",
    registry=REGISTRY,
)
USAGE_DROPPED = Counter(
    "asset_api_usage_log_dropped",
    "Request records dropped (queue full while the database was away, or refused by it)",
    registry=REGISTRY,
)
REALTIME_CONNECTIONS = Gauge(
    "asset_api_realtime_connections",
    "Open realtime websocket connections",
    multiprocess_mode="livesum",
    registry=REGISTRY,
)
REALTIME_EVENTS = Counter(
    "asset_api_realtime_events_delivered",
    "Realtime event frames handed to websocket connections (live fan-out and replays)",
    registry=REGISTRY,
)
PROCESSES = Gauge(
    "asset_api_processes",
    "API processes serving on this host",
    multiprocess_mode="livesum",
    registry=REGISTRY,
)


class RequestTally:
    """This process's requests (and tokens issued) since the last flush, in plain Python
    numbers: a dict lookup, a bisect and three additions per request. `flush` writes them into
    the families above (each second from the Sampler, before every scrape, and at shutdown).

    Why not `labels(...).inc()` and `.observe()` per request: with their locks and, in
    multiprocess mode, their writes into the memory-mapped files, they cost several times as
    much (counted in the commit that made this). What a scrape may miss is the other
    workers' last second.
    """

    def __init__(self):
        # (operation, return_code) → [count, sum of seconds, count per latency bucket]
        self._pending: dict[tuple[str, int], list] = {}
        self._tokens: dict[str, int] = {}  # dialect → tokens issued

    def observe(self, operation: str, return_code: int, seconds: float) -> None:
        entry = self._pending.get((operation, return_code))
        if entry is None:
            entry = self._pending[(operation, return_code)] = [0, 0.0, [0] * _BUCKET_COUNT]
        entry[0] += 1
        entry[1] += seconds
        entry[2][bisect.bisect_left(LATENCY_BUCKETS, seconds)] += 1

    def token_issued(self, dialect: str) -> None:
        self._tokens[dialect] = self._tokens.get(dialect, 0) + 1

    def flush(self) -> None:
        pending, self._pending = self._pending, {}
        tokens, self._tokens = self._tokens, {}
        for dialect, count in tokens.items():
            TOKENS_ISSUED.labels(dialect).inc(count)
        for (operation, return_code), (count, seconds, buckets) in pending.items():
            code = str(return_code)
            REQUESTS.labels(operation, code).inc(count)
            _add_to_histogram(REQUEST_SECONDS.labels(operation, code), seconds, buckets)
            if return_code:
                REFUSALS.labels(code).inc(count)


# One bucket per bound and the +Inf bucket: bisect_left puts a value equal to a bound in that
# bound's bucket, as Histogram.observe does (`value <= bound`).
_BUCKET_COUNT = len(LATENCY_BUCKETS) + 1


def _add_to_histogram(child: Histogram, seconds: float, buckets: list[int]) -> None:
    """What `child.observe` would have recorded for each value, added at once. prometheus-
    client has no call for many observations, so this writes its per-bucket values (pinned
    in pyproject.toml; tests/system/test_metrics.py checks the buckets and the sum)."""
    child._sum.inc(seconds)
    for index, count in enumerate(buckets):
        if count:
            child._buckets[index].inc(count)


REQUEST_TALLY = RequestTally()
observe_request = REQUEST_TALLY.observe
token_issued = REQUEST_TALLY.token_issued


def replica_fallback(reason: str) -> None:
    REPLICA_FALLBACKS.labels(reason).inc()


def set_replica_state(database: str, *, healthy: bool, lag_seconds: float | None) -> None:
    REPLICA_HEALTHY.labels(database).set(1 if healthy else 0)
    if lag_seconds is not None:
        REPLICA_LAG.labels(database).set(lag_seconds)


def set_pool_state(database: str, *, in_use: int, idle: int, waiting: int) -> None:
    POOL_CONNECTIONS.labels(database, "in_use").set(in_use)
    POOL_CONNECTIONS.labels(database, "idle").set(idle)
    POOL_CONNECTIONS.labels(database, "waiting").set(waiting)


def set_usage_queue(depth: int) -> None:
    USAGE_QUEUE.set(depth)


def usage_dropped(count: int = 1) -> None:
    USAGE_DROPPED.inc(count)


class RealtimeSample:
    """The realtime hub's own counts (realtime/hub.py), into the families: the open
    connections as they are, the events delivered as what they grew by since the last sample
    (the hub counts in plain Python; nothing is added to its fan-out)."""

    def __init__(self):
        self.events_counted = 0

    def __call__(self, *, connections: int, events_delivered: int) -> None:
        REALTIME_CONNECTIONS.set(connections)
        if events_delivered > self.events_counted:
            REALTIME_EVENTS.inc(events_delivered - self.events_counted)
        self.events_counted = events_delivered


set_realtime_state = RealtimeSample()


def exposition(folder: Path | None) -> bytes:
    """The Prometheus text of this host: every worker's files in `folder` (the settings'
    PROMETHEUS_MULTIPROC_DIR) added up in multiprocess mode, else this process's values."""
    REQUEST_TALLY.flush()
    if not MULTIPROCESS or folder is None:
        return generate_latest(REGISTRY)
    forget_dead_processes(folder)
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=str(folder))
    return generate_latest(registry)


_LIVE_GAUGE_FILE = re.compile(r"^gauge_live\w+?_(\d+)\.db$")


def forget_dead_processes(folder: Path) -> None:
    """Drop the live gauges of workers that are gone (killed, or restarted by the server).

    The library's way is `mark_process_dead(pid)` from the process manager when a worker
    exits; uvicorn's and granian's supervisors have no such hook, so the scraping worker
    looks for files of processes that no longer exist."""
    for path in folder.glob("gauge_live*.db"):
        match = _LIVE_GAUGE_FILE.match(path.name)
        if match and not _process_exists(int(match.group(1))):
            multiprocess.mark_process_dead(int(match.group(1)), str(folder))


def process_started() -> None:
    PROCESSES.set(1)


def process_stopping(folder: Path | None) -> None:
    """A worker's last word: its last requests counted, its live gauges gone (its counters
    stay)."""
    REQUEST_TALLY.flush()
    PROCESSES.set(0)
    if MULTIPROCESS and folder is not None:
        multiprocess.mark_process_dead(os.getpid(), str(folder))


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Sampler:
    """Every `interval` seconds: the request tally flushed, and `sample` called, which writes
    the gauges of the process's state (pools, queues). Each process does both for itself,
    for whichever one is scraped."""

    def __init__(self, sample: Callable[[], None], interval: float = 1.0):
        self.sample = sample
        self.interval = interval
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self.sample()
        self._task = asyncio.create_task(self._loop(), name="metrics-sampler")

    async def stop(self) -> None:
        """Stop sampling, after a last sample (what was counted since the last one)."""
        await stop_task(self._task)
        self.sample()

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                REQUEST_TALLY.flush()
                self.sample()
            except Exception:
                log.exception("sampling the process's gauges failed")
