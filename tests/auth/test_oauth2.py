"""The standard dialect: RFC 6749 client credentials, RFC 7009 revocation, RFC 7662
introspection, and an off-the-shelf OAuth 2.0 client using the token unchanged."""

import base64

import httpx
import pytest
from authlib.integrations.httpx_client import AsyncOAuth2Client

from tests.helpers import make_key

TOKEN_URL = "/oauth2/token"
DATA_URL = "/asset-erp/v1/accounts"


def basic(appkey, secret):
    return {"authorization": "Basic " + base64.b64encode(f"{appkey}:{secret}".encode()).decode()}


async def test_authlib_client_credentials_gets_and_uses_a_token(app, db):
    creds = await make_key(db, all_accounts=True)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 5555))
    async with AsyncOAuth2Client(
        client_id=creds.appkey,
        client_secret=creds.secretkey,
        token_endpoint=f"http://testserver{TOKEN_URL}",
        transport=transport,
        base_url="http://testserver",
    ) as oauth:
        token = await oauth.fetch_token(grant_type="client_credentials")
        assert token["token_type"] == "Bearer"
        assert 86_000 < token["expires_in"] <= 86_400
        res = await oauth.get(DATA_URL)
    assert res.status_code == 200, res.text
    assert res.json()["return_code"] == 0


async def test_client_secret_in_the_body_works_too(client, db):
    creds = await make_key(db)
    res = await client.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": creds.appkey,
            "client_secret": creds.secretkey,
        },
    )
    assert res.status_code == 200
    assert res.headers["cache-control"] == "no-store"
    assert set(res.json()) >= {"access_token", "token_type", "expires_in"}


async def test_wrong_secret_is_invalid_client_401(client, db):
    creds = await make_key(db)
    res = await client.post(
        TOKEN_URL, data={"grant_type": "client_credentials"}, headers=basic(creds.appkey, "nope")
    )
    assert res.status_code == 401
    assert res.json()["error"] == "invalid_client"
    assert res.headers["www-authenticate"].startswith("Basic")


async def test_disabled_key_is_invalid_client(client, db):
    creds = await make_key(db)
    await db.execute("UPDATE api_keys SET status = 'disabled'")
    res = await client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials"},
        headers=basic(creds.appkey, creds.secretkey),
    )
    assert res.status_code == 401
    assert res.json()["error"] == "invalid_client"
    assert res.json()["return_code"] == 1002


@pytest.mark.parametrize(
    ("kwargs", "status", "error"),
    [
        ({"data": {"grant_type": "password"}}, 400, "unsupported_grant_type"),
        ({"data": {}}, 400, "invalid_request"),
        ({"json": {"grant_type": "client_credentials"}}, 400, "invalid_request"),
        (
            {
                "data": {"grant_type": "client_credentials"},
                "headers": {"authorization": "Basic %%%"},
            },
            401,
            "invalid_client",
        ),
    ],
    ids=["wrong-grant", "no-grant", "json-body", "broken-basic"],
)
async def test_rfc6749_errors(client, db, kwargs, status, error):
    res = await client.post(TOKEN_URL, **kwargs)
    assert res.status_code == status
    assert res.json()["error"] == error
    assert res.json()["error_description"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"data": {"grant_type": "client_credentials", "client_id": "\x00", "client_secret": "x"}},
        {"data": {"grant_type": "client_credentials"}, "headers": basic("%00", "%00")},
    ],
    ids=["nul-in-body", "nul-in-basic"],
)
async def test_a_nul_in_the_client_id_is_an_unknown_client_in_rfc6749_form(client, db, kwargs):
    # Not an appkey's shape, so it never reaches PostgreSQL; the answer stays an OAuth one.
    res = await client.post(TOKEN_URL, **kwargs)
    assert res.status_code == 401, res.text
    assert res.json()["error"] == "invalid_client"
    assert res.json()["return_code"] == 1001


async def test_both_client_auth_methods_at_once_is_invalid_request(client, db):
    creds = await make_key(db)
    res = await client.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": creds.appkey,
            "client_secret": creds.secretkey,
        },
        headers=basic(creds.appkey, creds.secretkey),
    )
    assert res.status_code == 400
    assert res.json()["error"] == "invalid_request"


async def test_introspect_and_revoke(client, db):
    creds = await make_key(db, all_accounts=True)
    auth = basic(creds.appkey, creds.secretkey)
    token = (
        await client.post(TOKEN_URL, data={"grant_type": "client_credentials"}, headers=auth)
    ).json()["access_token"]

    info = (await client.post("/oauth2/introspect", data={"token": token}, headers=auth)).json()
    assert info["active"] is True
    assert info["client_id"] == creds.appkey
    assert info["exp"] - info["iat"] == 86_400

    # Another client cannot see or revoke this token.
    other = await make_key(db)
    other_auth = basic(other.appkey, other.secretkey)
    peek = await client.post("/oauth2/introspect", data={"token": token}, headers=other_auth)
    assert peek.json() == {"active": False}
    await client.post("/oauth2/revoke", data={"token": token}, headers=other_auth)
    assert (
        await client.get(DATA_URL, headers={"authorization": f"Bearer {token}"})
    ).status_code == 200

    res = await client.post("/oauth2/revoke", data={"token": token}, headers=auth)
    assert res.status_code == 200
    assert (await client.get(DATA_URL, headers={"authorization": f"Bearer {token}"})).json()[
        "return_code"
    ] == 8005
    after = await client.post("/oauth2/introspect", data={"token": token}, headers=auth)
    assert after.json() == {"active": False}


async def test_token_from_either_dialect_works_on_data_endpoints(client, db):
    creds = await make_key(db, all_accounts=True)
    broker = (
        await client.post(
            "/asset-erp/v1/get-auth",
            json={
                "grant_type": "client_credentials",
                "appkey": creds.appkey,
                "secretkey": creds.secretkey,
            },
        )
    ).json()["token"]
    oauth = (
        await client.post(
            TOKEN_URL,
            data={"grant_type": "client_credentials"},
            headers=basic(creds.appkey, creds.secretkey),
        )
    ).json()["access_token"]
    for token in (broker, oauth):
        res = await client.get(DATA_URL, headers={"authorization": f"Bearer {token}"})
        assert res.status_code == 200
