"""The database goes away mid-run: 9001 with Retry-After, no hang, then recovery by itself."""

import asyncio
import shutil
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from asset_api.app import create_app
from asset_api.db import embedded


@pytest.fixture
def own_cluster():
    """A cluster of this test's own, so stopping it leaves the session's cluster alone."""
    root = Path(tempfile.mkdtemp(prefix="asset-api-outage-"))
    server = embedded.start_cluster(root / "pg", throwaway=True)
    yield server
    embedded.restart_cluster(server)
    server.cleanup()
    shutil.rmtree(root, ignore_errors=True)


async def test_database_down_gives_9001_and_recovers(own_cluster, settings):
    url = embedded.database_url(own_cluster, "outage")
    app = create_app(settings, database_url=url)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://t") as client,
    ):
        assert (await client.get("/health")).json()["database"] == "ok"

        await asyncio.to_thread(embedded.stop_cluster, own_cluster)
        started = time.monotonic()
        for _ in range(3):  # the pooled connections break first, new ones are refused after
            res = await client.get("/health")
            assert res.status_code == 503
            assert res.json()["return_code"] == 9001
            assert res.json()["database"] == "down"
            assert res.json()["request_id"] == res.headers["x-request-id"]
            assert int(res.headers["retry-after"]) > 0
        token_call = await client.post(
            "/asset-erp/v1/get-auth",
            json={"grant_type": "client_credentials", "appkey": "A" * 36, "secretkey": "S" * 180},
        )
        assert token_call.status_code == 503
        assert token_call.json()["return_code"] == 9001
        assert "Traceback" not in token_call.text
        oauth_call = await client.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials", "client_id": "a", "client_secret": "b"},
        )
        assert oauth_call.status_code == 503
        assert oauth_call.json()["error"] == "temporarily_unavailable"  # an OAuth client reads it
        assert oauth_call.headers["retry-after"]
        assert time.monotonic() - started < 10, "an outage must be answered, not waited out"

        await asyncio.to_thread(embedded.restart_cluster, own_cluster)
        res = await client.get("/health")
        assert res.status_code == 200, res.text
        assert res.json()["database"] == "ok"


async def test_a_busy_pool_is_9001_on_the_bearer_check_too_not_a_hang(db, migrated, tmp_path):
    # Every connection taken (a stuck query, say): the token lookup and the rate-limit claim
    # wait no longer than any other acquire (db_connect_timeout), then answer 9001.
    from asset_api.settings import Settings
    from tests.helpers import make_key

    settings = Settings(
        data_dir=tmp_path / "data",
        pepper="test-pepper-not-secret",
        db_pool_min=1,
        db_pool_max=1,
        db_connect_timeout=0.5,
        _env_file=None,
    )
    app = create_app(settings, database_url=migrated)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://t") as client,
    ):
        creds = await make_key(db, all_accounts=True, rate_limit=1)
        token = (
            await client.post(
                "/asset-erp/v1/get-auth",
                json={
                    "grant_type": "client_credentials",
                    "appkey": creds.appkey,
                    "secretkey": creds.secretkey,
                },
            )  # fmt: skip
        ).json()["token"]
        data_call = {
            "url": "/asset-erp/v1/accounts",
            "headers": {"authorization": f"Bearer {token}"},
        }

        async with app.state.pool.acquire(), asyncio.timeout(5):  # the token lookup
            res = await client.get(**data_call)
        assert res.status_code == 503, res.text
        assert res.json()["return_code"] == 9001

        assert (await client.get(**data_call)).status_code == 200  # the token state cached
        await asyncio.sleep(1.05 - time.time() % 1)  # a new second: a new rate-limit claim
        async with app.state.pool.acquire(), asyncio.timeout(5):
            res = await client.get(**data_call)
        assert res.status_code == 503, res.text
        assert res.json()["return_code"] == 9001
