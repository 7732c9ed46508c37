"""Read replicas against a real streaming replica of the session's cluster: the data
endpoints read there, everything else on the primary; a replica kept behind or stopped
mid-run is skipped (the primary serves, never a 9001) and used again once it is well."""

import asyncio
import contextlib
import time
from datetime import date
from urllib.parse import urlsplit

import httpx
import pytest

from asset_api.app import create_app
from asset_api.ingest.dataset import Dataset, write_dataset
from tests.db.streaming_replica import StreamingReplica
from tests.helpers import get_token, make_key

ACCOUNT = "5100000001"
LATER_ACCOUNT = "5100000002"
OPENED = date(2024, 1, 2)


def account(number: str, name: str) -> Dataset:
    return Dataset(accounts=[(number, name, "키움증권", "KRW", OPENED, "active")])


@pytest.fixture
async def replica(pg_server, migrated, db):
    replica = StreamingReplica(pg_server, urlsplit(migrated).path.lstrip("/"))
    try:
        await asyncio.to_thread(replica.create)
        yield replica
    finally:  # a backup cut short leaves its folder too
        await asyncio.to_thread(replica.remove)


def replica_settings(settings, replica, *, max_lag: float):
    return settings.model_copy(
        update={
            "read_database_urls": [replica.url],
            "replica_max_lag_seconds": max_lag,
            "replica_check_seconds": 0.1,
        }
    )


@contextlib.asynccontextmanager
async def app_reading_from(replica, settings, migrated, db, *, max_lag: float):
    """An app with `replica` serving its reads (an account and a key in place, the replica
    caught up); yields the app, a client and the key's credentials with a token."""
    await write_dataset(db, env="real", dataset=account(ACCOUNT, "복제본 계좌"))
    creds = await make_key(db, all_accounts=True)
    await replica.caught_up_with(migrated)
    app = create_app(replica_settings(settings, replica, max_lag=max_lag), database_url=migrated)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://t") as client,
    ):
        await get_token(client, creds)
        assert app.state.replicas.serving
        yield app, client, creds


async def account_numbers(client, creds) -> list[str]:
    res = await client.get("/asset-erp/v1/accounts", headers=creds.auth_header)
    assert res.status_code == 200, res.text
    return [row["account_no"] for row in res.json()["accounts"]]


async def eventually(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not within the time allowed"
        await asyncio.sleep(0.05)


async def test_data_reads_go_to_the_replica_and_tokens_to_the_primary(
    replica, settings, migrated, db
):
    await write_dataset(db, env="real", dataset=account(ACCOUNT, "복제본 계좌"))
    early = await make_key(db, all_accounts=True)
    await replica.caught_up_with(migrated)
    # Replay paused: what the primary writes from now on is not on the replica.
    await replica.execute("SELECT pg_wal_replay_pause()")
    await write_dataset(db, env="real", dataset=account(LATER_ACCOUNT, "나중 계좌"))
    late = await make_key(db, all_accounts=True)  # a key only the primary knows

    app = create_app(replica_settings(settings, replica, max_lag=60), database_url=migrated)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://t") as client,
    ):
        assert [r.name for r in app.state.replicas.serving] == ["replica-1"]
        # Token issuance and the bearer lookup work with a key the replica has never seen...
        await get_token(client, early)
        await get_token(client, late)
        # ...and the data call answers from the replica, which has not seen the later account.
        assert await account_numbers(client, late) == [ACCOUNT]
        assert await db.fetchval("SELECT count(*) FROM accounts") == 2

    await replica.execute("SELECT pg_wal_replay_resume()")


async def test_a_replica_kept_behind_is_skipped_and_used_again_once_it_catches_up(
    replica, settings, migrated, db
):
    async with app_reading_from(replica, settings, migrated, db, max_lag=0.5) as (
        app,
        client,
        creds,
    ):
        replicas = app.state.replicas
        await replica.execute("SELECT pg_wal_replay_pause()")
        await write_dataset(db, env="real", dataset=account(LATER_ACCOUNT, "나중 계좌"))

        await eventually(lambda: not replicas.serving)
        # Skipped: the primary answers, with the account the replica has not replayed.
        assert await account_numbers(client, creds) == [ACCOUNT, LATER_ACCOUNT]
        assert replicas.replicas[0].lag_seconds > 0.5
        metrics_text = (await metrics_of(app)).decode()
        assert 'asset_api_replica_healthy{database="replica-1"} 0.0' in metrics_text
        assert 'asset_api_replica_fallbacks_total{reason="none_healthy"}' in metrics_text

        await replica.execute("SELECT pg_wal_replay_resume()")

        await eventually(lambda: replicas.serving)
        assert replicas.replicas[0].lag_seconds <= 0.5
        assert await account_numbers(client, creds) == [ACCOUNT, LATER_ACCOUNT]


async def test_a_replica_stopped_mid_run_costs_no_9001_and_is_used_again_after_restart(
    replica, settings, migrated, db
):
    async with app_reading_from(replica, settings, migrated, db, max_lag=5) as (app, client, creds):
        replicas = app.state.replicas
        assert await account_numbers(client, creds) == [ACCOUNT]  # on the replica
        assert replicas.serving

        await asyncio.to_thread(replica.stop)
        started = time.monotonic()
        for _ in range(20):  # the first finds the replica's connection broken, then skipped
            assert await account_numbers(client, creds) == [ACCOUNT]
        assert time.monotonic() - started < 10
        assert not replicas.serving
        metrics_text = (await metrics_of(app)).decode()
        assert 'asset_api_replica_healthy{database="replica-1"} 0.0' in metrics_text
        # The check loop or the first failed read noticed first, whichever came first.
        assert "asset_api_replica_fallbacks_total{reason=" in metrics_text

        await asyncio.to_thread(replica.start)

        await eventually(lambda: replicas.serving, seconds=15)
        assert await account_numbers(client, creds) == [ACCOUNT]


async def metrics_of(app) -> bytes:
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as local:
        res = await local.get("/metrics")
    assert res.status_code == 200
    return res.content
