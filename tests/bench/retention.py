"""The retention job and the dashboard with a big request log: a one-off measurement, not part
of `make test` (it needs ~25 GB of disk and about half an hour on 2 cores for 100 million rows).

    .venv/bin/python -m tests.bench.retention [--rows 100000000] [--days 120] [--keep 90]

In a throwaway embedded cluster (deleted at the end; check `df -h` first): migrates, fills
`request_log` with `--rows` rows spread evenly over the last `--days` Korea days (bulk SQL, one
statement per day's partition; 1 in 20 refused, a few paths, key ids from 1,000 keys, no
appkey), and the hourly rollups the request log writer would have kept meanwhile. Then it
times the dashboard's two statements (the counts, calls per day for 30 and 90 days) as the app
runs them and as they were before the rollups (scanning request_log), and the request lookup
of one request id; runs the retention job (`keep_partitions`, days = `--keep`) and the token
cleanup (`delete_expired` over a million expired tokens) and reports rows and sizes before and
after. The figures go to stdout and to `retention-results.json` in the current folder.
"""

import argparse
import asyncio
import json
import shutil
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import asyncpg

from asset_api.admin.dashboard import DASHBOARD_COUNTS, USAGE_PER_DAY
from asset_api.admin.request_lookup import SELECT_REQUEST
from asset_api.auth import tokens
from asset_api.db import embedded
from asset_api.db.migrate import migrate
from asset_api.domain import KOREA
from asset_api.http import request_log

# The dashboard's statements before the rollups (6368457), for comparison.
PUBLIC = "(path LIKE '/asset-erp/%' OR path LIKE '/oauth2/%')"
OLD_COUNTS = f"""
SELECT count(*) AS requests, count(*) FILTER (WHERE return_code <> 0) AS refusals
FROM request_log WHERE at > now() - interval '24 hours' AND {PUBLIC}
"""
OLD_USAGE = f"""
WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Seoul')::date AS day)
SELECT (r.at AT TIME ZONE 'Asia/Seoul')::date AS day, count(*) AS requests,
       count(*) FILTER (WHERE r.return_code <> 0) AS refusals
FROM request_log r, today t
WHERE r.at >= (t.day - ($1::int - 1))::timestamp AT TIME ZONE 'Asia/Seoul' AND {PUBLIC}
GROUP BY 1
"""

# One day's rows into its partition: $1 the day's first instant, $2 rows, $3 seconds a row.
FILL_DAY = """
INSERT INTO {partition} (request_id, at, method, path, status, return_code, return_msg,
                         key_id, appkey, client_ip, duration_ms)
SELECT gen_random_uuid(), $1::timestamptz + make_interval(secs => i * $3::float8),
       'GET',
       (ARRAY['/asset-erp/v1/accounts', '/asset-erp/v1/accounts/5012345601/balance',
              '/asset-erp/v1/accounts/5012345601/transactions', '/oauth2/token',
              '/admin/v1/users'])[1 + i % 5],
       CASE WHEN i % 20 = 0 THEN 401 ELSE 200 END,
       CASE WHEN i % 20 = 0 THEN 8005 ELSE 0 END,
       CASE WHEN i % 20 = 0 THEN '유효하지 않은 토큰입니다' ELSE '정상적으로 처리되었습니다' END,
       1 + i % 1000, NULL, '203.0.113.7'::inet, 3.5
FROM generate_series(0, $2::int - 1) AS i
"""
ROLLUP_DAY = f"""
INSERT INTO request_counts_hourly (hour, requests, refusals)
SELECT date_trunc('hour', at, 'UTC'), count(*), count(*) FILTER (WHERE return_code <> 0)
FROM {{partition}} WHERE {PUBLIC} GROUP BY 1
ON CONFLICT (hour) DO UPDATE SET requests = request_counts_hourly.requests + excluded.requests,
                                 refusals = request_counts_hourly.refusals + excluded.refusals
"""
LOG_SIZE = """
SELECT count(*) AS partitions, sum(pg_total_relation_size(c.oid))::bigint AS bytes
FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
WHERE i.inhparent = 'request_log'::regclass
"""
EXPIRED_TOKENS = """
INSERT INTO access_tokens (token_hash, key_id, dialect, issued_at, expires_at)
SELECT sha256(i::text::bytea), 1, 'broker', now() - make_interval(days => 1 + i % 40),
       now() - make_interval(days => i % 40)
FROM generate_series(1, $1::int) AS i
"""


async def timed(conn, statement: str, *args, repeat: int = 5) -> float:
    """Median milliseconds of `repeat` runs (after one to warm the cache)."""
    await conn.fetch(statement, *args)
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        await conn.fetch(statement, *args)
        runs.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(runs), 2)


async def fill(conn, *, rows: int, days: int) -> float:
    today = datetime.now(KOREA).date()
    per_day = rows // days
    started = time.perf_counter()
    for back in range(days, 0, -1):
        day: date = today - timedelta(days=back - 1)
        partition = await conn.fetchval("SELECT request_log_partition($1)", day)
        first = datetime.combine(day, datetime.min.time(), KOREA)
        await conn.execute(FILL_DAY.format(partition=partition), first, per_day, 86400 / per_day)
        await conn.execute(ROLLUP_DAY.format(partition=partition))
        print(f"  {day} {per_day:,} rows ({time.perf_counter() - started:.0f} s)", flush=True)
    return time.perf_counter() - started


async def measure(dsn: str, args) -> dict:
    conn = await asyncpg.connect(dsn, server_settings={"timezone": "UTC"})
    try:
        await migrate(conn)
        await conn.execute("SET synchronous_commit = off")
        fill_seconds = await fill(conn, rows=args.rows, days=args.days)
        await conn.execute("VACUUM ANALYZE request_log, request_counts_hourly")
        results: dict = {"rows": args.rows, "days": args.days, "fill_seconds": round(fill_seconds)}
        log_before = dict(await conn.fetchrow(LOG_SIZE))
        results["before"] = {
            "rows": await conn.fetchval("SELECT count(*) FROM request_log"),
            **log_before,
        }
        some_id = await conn.fetchval(
            "SELECT request_id FROM request_log WHERE at > now() - interval '2 days' LIMIT 1"
        )
        results["dashboard_ms"] = {
            "counts": await timed(conn, DASHBOARD_COUNTS),
            "usage_30_days": await timed(conn, USAGE_PER_DAY, 30),
            "usage_90_days": await timed(conn, USAGE_PER_DAY, 90),
        }
        results["lookup_ms"] = await timed(conn, SELECT_REQUEST, some_id)
        results["dashboard_before_rollups_ms"] = {
            "counts": await timed(conn, OLD_COUNTS, repeat=1),
            "usage_30_days": await timed(conn, OLD_USAGE, 30, repeat=1),
            "usage_90_days": await timed(conn, OLD_USAGE, 90, repeat=1),
        }
        started = time.perf_counter()
        dropped = await request_log.keep_partitions(conn, days=args.keep)
        results["retention_job_ms"] = round((time.perf_counter() - started) * 1000)
        results["dropped_partitions"] = len(dropped)
        results["after"] = {
            "rows": await conn.fetchval("SELECT count(*) FROM request_log"),
            **dict(await conn.fetchrow(LOG_SIZE)),
        }
        results["dashboard_after_ms"] = {
            "counts": await timed(conn, DASHBOARD_COUNTS),
            "usage_90_days": await timed(conn, USAGE_PER_DAY, 90),
        }
        results["lookup_after_ms"] = await timed(conn, SELECT_REQUEST, some_id)
        results["tokens"] = await _tokens(conn)
        return results
    finally:
        await conn.close()


async def _tokens(conn) -> dict:
    user = await conn.fetchval("INSERT INTO api_users (name) VALUES ('bench') RETURNING id")
    await conn.execute(
        "INSERT INTO api_keys (id, user_id, appkey, secret_hash) VALUES (1, $1, 'AAKbench', '')",
        user,
    )
    await conn.execute(EXPIRED_TOKENS, 1_000_000)
    before = await conn.fetchval("SELECT count(*) FROM access_tokens")
    size_before = await conn.fetchval("SELECT pg_total_relation_size('access_tokens')")
    started = time.perf_counter()
    deleted = await tokens.delete_expired(conn, days_after=7)
    seconds = time.perf_counter() - started
    await conn.execute("VACUUM access_tokens")
    return {
        "rows_before": before, "deleted": deleted, "seconds": round(seconds, 1),
        "rows_after": await conn.fetchval("SELECT count(*) FROM access_tokens"),
        "bytes_before": size_before,
        "bytes_after_vacuum": await conn.fetchval("SELECT pg_total_relation_size('access_tokens')"),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000_000)
    parser.add_argument("--days", type=int, default=120)
    parser.add_argument("--keep", type=int, default=90)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="asset-api-retention-"))
    server = embedded.start_cluster(root / "pg", throwaway=True)
    try:
        results = asyncio.run(measure(embedded.database_url(server, "retention"), args))
    finally:
        server.cleanup()
        shutil.rmtree(root, ignore_errors=True)
    text = json.dumps(results, indent=2)
    print(text)
    Path("retention-results.json").write_text(text + "\n")


if __name__ == "__main__":
    main()
