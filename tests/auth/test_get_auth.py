"""The broker dialect's token endpoint: the seed's cases turned around, and every refusal."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.helpers import make_key

KOREA = ZoneInfo("Asia/Seoul")
URL = "/asset-erp/v1/get-auth"


def body(creds, **overrides):
    return {
        "grant_type": "client_credentials",
        "appkey": creds.appkey,
        "secretkey": creds.secretkey,
    } | overrides


async def test_valid_key_gets_a_token_in_the_kiwoom_shape(client, db):
    creds = await make_key(db)
    res = await client.post(URL, json=body(creds))

    assert res.status_code == 200
    assert res.headers["cache-control"] == "no-store"
    data = res.json()
    assert data["return_code"] == 0
    assert data["return_msg"] == "정상적으로 처리되었습니다"
    assert data["token_type"] == "Bearer"
    assert isinstance(data["token"], str) and len(data["token"]) >= 43  # >= 256 bits
    expires = datetime.strptime(data["expires_dt"], "%Y%m%d%H%M%S").replace(tzinfo=KOREA)
    ahead = expires - datetime.now(KOREA)
    assert timedelta(hours=23, minutes=59) < ahead <= timedelta(hours=24)
    assert abs(data["expires_in"] - ahead.total_seconds()) < 5
    assert list(data)[:2] == ["return_code", "return_msg"]


async def test_every_token_is_new(client, db):
    creds = await make_key(db)
    tokens = {(await client.post(URL, json=body(creds))).json()["token"] for _ in range(3)}
    assert len(tokens) == 3


async def test_unknown_appkey_is_1001(client, db):
    creds = await make_key(db)
    other = await make_key(db)
    res = await client.post(URL, json=body(creds, appkey=other.appkey[:-1] + "x"))
    assert res.status_code == 401
    assert res.json()["return_code"] == 1001
    assert res.json()["return_msg"] == "유효하지 않은 앱키입니다"
    assert "token" not in res.json()


async def test_wrong_secret_gets_the_same_answer_as_unknown_appkey(client, db):
    creds = await make_key(db)
    other = await make_key(db)
    res = await client.post(URL, json=body(creds, secretkey=other.secretkey))
    assert res.status_code == 401
    assert res.json()["return_code"] == 1001
    assert res.json()["return_msg"] == "유효하지 않은 앱키입니다"


@pytest.mark.parametrize(
    ("status", "code"), [("disabled", 1002), ("revoked", 1002)], ids=["disabled", "revoked"]
)
async def test_disabled_and_revoked_keys_are_1002(client, db, status, code):
    creds = await make_key(db)
    await db.execute("UPDATE api_keys SET status = $1 WHERE appkey = $2", status, creds.appkey)
    res = await client.post(URL, json=body(creds))
    assert res.status_code == 403
    assert res.json()["return_code"] == code
    assert res.json()["return_msg"] == "사용이 중지된 앱키입니다"


async def test_disabled_key_with_wrong_secret_says_only_1001(client, db):
    creds = await make_key(db)
    other = await make_key(db)
    await db.execute("UPDATE api_keys SET status = 'disabled' WHERE appkey = $1", creds.appkey)
    res = await client.post(URL, json=body(creds, secretkey=other.secretkey))
    assert res.json()["return_code"] == 1001


async def test_expired_key_is_1003(client, db):
    creds = await make_key(db)
    await db.execute(
        "UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE appkey = $1",
        creds.appkey,
    )
    res = await client.post(URL, json=body(creds))
    assert res.status_code == 403
    assert res.json()["return_code"] == 1003


async def test_ip_outside_the_allowlist_is_1004(client, db):
    # The test client calls from 203.0.113.7 (see conftest).
    refused = await make_key(db, allowed_cidrs=["10.0.0.0/8"])
    allowed = await make_key(db, allowed_cidrs=["10.0.0.0/8", "203.0.113.0/24"])
    res = await client.post(URL, json=body(refused))
    assert res.status_code == 403
    assert res.json()["return_code"] == 1004
    assert (await client.post(URL, json=body(allowed))).status_code == 200


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"appkey": "x" * 36, "secretkey": "y" * 180}, "grant_type"),
        ({"grant_type": "client_credentials", "appkey": "x" * 36}, "secretkey"),
        ({"grant_type": "password", "appkey": "x" * 36, "secretkey": "y" * 180}, "grant_type"),
        ({"grant_type": "client_credentials", "appkey": 7, "secretkey": "y" * 180}, "appkey"),
        (
            {
                "grant_type": "client_credentials",
                "appkey": "x" * 36,
                "secretkey": "y" * 180,
                "appsecret": "z",
            },
            "appsecret",
        ),
    ],
    ids=["no-grant-type", "no-secretkey", "wrong-grant-type", "appkey-not-string", "extra-field"],
)
async def test_malformed_body_is_1501_naming_the_field(client, db, payload, field):
    res = await client.post(URL, json=payload)
    assert res.status_code == 400
    assert res.json()["return_code"] == 1501
    assert field in res.json()["return_msg"]


async def test_broken_json_is_1501(client, db):
    res = await client.post(
        URL,
        content=b'{"grant_type": "client_credentials", ',
        headers={"content-type": "application/json"},
    )
    assert res.status_code == 400
    assert res.json()["return_code"] == 1501
    assert "JSON" in res.json()["return_msg"]


@pytest.mark.parametrize("payload", [b"[]", b'"text"', b"null", b"\xff\xfe"], ids=str)
async def test_non_object_bodies_are_1501(client, db, payload):
    res = await client.post(URL, content=payload, headers={"content-type": "application/json"})
    assert res.status_code == 400
    assert res.json()["return_code"] == 1501


@pytest.mark.parametrize(
    "payload",
    [b'{"appkey": ' + b"1" * 5000 + b"}", b'{"a": ' * 2000 + b"1" + b"}" * 2000],
    ids=["integer-of-5000-digits", "nested-2000-deep"],
)
async def test_json_the_parser_gives_up_on_is_1501_in_korean(client, db, payload):
    # json.loads raises ValueError or RecursionError on these; FastAPI turns that into a 400
    # with an English detail, which must not reach the client as the message.
    res = await client.post(URL, content=payload, headers={"content-type": "application/json"})
    assert res.status_code == 400
    assert res.json()["return_code"] == 1501
    assert (
        res.json()["return_msg"]
        == "요청 형식이 올바르지 않습니다 (본문: JSON 형식이 올바르지 않습니다)"
    )
