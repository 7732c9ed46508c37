"""Retention: the request log partitioned by Korea day (the migration keeps what was there),
partitions past ASSET_API_REQUEST_LOG_DAYS dropped, tokens deleted some days after expiry,
the request lookup working on what is kept."""

import uuid
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest

from asset_api.admin import request_lookup
from asset_api.auth import tokens
from asset_api.db import embedded
from asset_api.db.migrate import available_migrations, migrate
from asset_api.domain import KOREA
from asset_api.errors import NotFound
from asset_api.http import request_log
from tests.helpers import TEST_PEPPER, make_key


def row(at: datetime, *, path="/asset-erp/v1/accounts", return_code=0) -> tuple:
    return request_log.record_row(
        request_id=str(uuid.uuid4()), at=at, method="GET", path=path,
        status=200 if return_code == 0 else 401, return_code=return_code, return_msg="",
        key_id=None, appkey=None, client_ip="203.0.113.7", duration_ms=2.0,
    )  # fmt: skip


async def partitions(conn) -> list[str]:
    return [
        r["relname"]
        for r in await conn.fetch(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = 'request_log'::regclass ORDER BY 1"
        )
    ]


def partition_of(at: datetime) -> str:
    return f"request_log_{at.astimezone(KOREA):%Y%m%d}"


async def test_the_migration_keeps_the_rows_of_the_unpartitioned_log(pg_server):
    conn = await asyncpg.connect(embedded.database_url(pg_server, "asset_migration_0006"))
    try:
        await conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        await conn.execute(
            "CREATE TABLE schema_migrations (version text PRIMARY KEY,"
            " applied_at timestamptz NOT NULL DEFAULT now())"
        )
        for version, sql in available_migrations():
            if version >= "0006":
                break
            await conn.execute(sql)
            await conn.execute("INSERT INTO schema_migrations (version) VALUES ($1)", version)
        now = datetime.now(UTC)
        old = [row(now - timedelta(days=d, hours=1), return_code=d % 2 * 8005) for d in (0, 3, 40)]
        old.append(row(now, path="/admin/v1/users"))
        await conn.copy_records_to_table("request_log", records=old, columns=request_log.COLUMNS)

        assert await migrate(conn) == [
            v for v, _ in available_migrations() if v >= "0006"
        ]  # fmt: skip

        kept = await conn.fetch("SELECT request_id, at FROM request_log ORDER BY at")
        assert sorted(str(r["request_id"]) for r in kept) == sorted(r[0] for r in old)
        names = await partitions(conn)
        for record in old:
            assert partition_of(record[1]) in names
        assert partition_of(now + timedelta(days=7)) in names  # and the coming week
        # The rollups count the public API calls that were already there.
        assert await conn.fetchval("SELECT sum(requests) FROM request_counts_hourly") == 3
        assert await conn.fetchval("SELECT sum(refusals) FROM request_counts_hourly") == 1
    finally:
        await conn.close()


async def test_days_past_the_retention_are_dropped_and_the_lookup_finds_the_rest(db):
    now = datetime.now(UTC)
    recent, old, older = (row(now - timedelta(days=d)) for d in (10, 92, 120))
    records = [recent, old, older]
    await request_log.make_partitions(db, {r[1].astimezone(KOREA).date() for r in records})
    await request_log.write_records(db, records)
    log_bytes = await db.fetchval(
        "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_inherits i "
        "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'request_log'::regclass"
    )

    dropped = await request_log.keep_partitions(db, days=90)

    assert dropped == sorted([partition_of(older[1]), partition_of(old[1])])
    names = await partitions(db)
    assert partition_of(recent[1]) in names and partition_of(now) in names
    assert partition_of(now + timedelta(days=request_log.DAYS_AHEAD)) in names
    assert await db.fetchval("SELECT count(*) FROM request_log") == 1
    found = await request_lookup.get_request(db, request_id=str(recent[0]))
    assert found["request_id"] == str(recent[0]) and found["client_ip"] == "203.0.113.7"
    with pytest.raises(NotFound):
        await request_lookup.get_request(db, request_id=str(old[0]))
    # Dropping is whole tables: the space is given back at once.
    assert (
        await db.fetchval(
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_inherits i "
            "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'request_log'::regclass"
        )
        < log_bytes
    )
    assert await request_log.keep_partitions(db, days=90) == []  # a second run has nothing to do


async def test_a_batch_for_a_day_without_its_partition_is_still_written(app, db):
    recorder = app.state.recorder
    long_ago = datetime.now(UTC) - timedelta(days=30)
    recorder.pending.append(row(long_ago))
    await recorder.flush()
    assert await db.fetchval("SELECT count(*) FROM request_log WHERE at = $1", long_ago) == 1


async def test_tokens_are_deleted_some_days_after_they_expire(db):
    creds = await make_key(db)
    key_id = await db.fetchval("SELECT id FROM api_keys WHERE appkey = $1", creds.appkey)
    for expired_days_ago in (30, 8, 6, -1):  # -1: still live
        issued = await tokens.issue_token(
            db, pepper=TEST_PEPPER, key_id=key_id, dialect="broker",
            lifetime=timedelta(hours=24), client_ip=None,
        )  # fmt: skip
        await db.execute(
            "UPDATE access_tokens SET expires_at = now() - make_interval(days => $1)"
            " WHERE token_hash = $2",
            expired_days_ago,
            tokens.token_hash(TEST_PEPPER, issued.token),
        )

    assert await tokens.delete_expired(db, days_after=7) == 2
    left = await db.fetch(
        "SELECT expires_at < now() AS expired FROM access_tokens ORDER BY expires_at"
    )
    assert [r["expired"] for r in left] == [True, False]
