"""POST /asset-erp/v1/get-approval: the realtime websocket's approval key (KIS's
/oauth2/Approval), with get-auth's refusals; stored only as its keyed hash."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from asset_api.auth.approvals import approval_hash
from tests.helpers import TEST_PEPPER, make_key

KOREA = ZoneInfo("Asia/Seoul")
URL = "/asset-erp/v1/get-approval"


async def test_a_valid_key_gets_an_approval_key_valid_24_hours(client, db):
    creds = await make_key(db)
    res = await client.post(URL, json=creds.grant)
    assert res.status_code == 200
    assert res.headers["cache-control"] == "no-store"
    data = res.json()
    assert list(data) == ["return_code", "return_msg", "approval_key", "expires_dt", "expires_in"]
    assert data["return_code"] == 0
    assert len(data["approval_key"]) == 86  # the spec's length; >= 256 bits
    expires = datetime.strptime(data["expires_dt"], "%Y%m%d%H%M%S").replace(tzinfo=KOREA)
    ahead = expires - datetime.now(KOREA)
    assert timedelta(hours=23, minutes=59) < ahead <= timedelta(hours=24)
    assert abs(data["expires_in"] - ahead.total_seconds()) < 5
    # Only the keyed hash is stored, bound to the key.
    rows = await db.fetch(
        "SELECT g.key_hash, k.appkey FROM approval_keys g JOIN api_keys k ON k.id = g.key_id"
    )
    assert [(bytes(r["key_hash"]), r["appkey"]) for r in rows] == [
        (approval_hash(TEST_PEPPER, data["approval_key"]), creds.appkey)
    ]


async def test_every_approval_key_is_new(client, db):
    creds = await make_key(db)
    keys = {(await client.post(URL, json=creds.grant)).json()["approval_key"] for _ in range(3)}
    assert len(keys) == 3


@pytest.mark.parametrize(
    ("change", "payload", "status", "code"),
    [
        (None, {"secretkey": "S" * 180}, 401, 1001),
        (None, {"appkey": "AAK" + "x" * 33}, 401, 1001),
        ("UPDATE api_keys SET status = 'revoked' WHERE appkey = $1", {}, 403, 1002),
        ("UPDATE api_keys SET expires_at = now() WHERE appkey = $1", {}, 403, 1003),
        ("UPDATE api_keys SET allowed_cidrs = '{10.0.0.0/8}' WHERE appkey = $1", {}, 403, 1004),
        (None, {"grant_type": "password"}, 400, 1501),
    ],
    ids=["wrong-secret", "unknown-appkey", "revoked", "expired", "ip", "grant-type"],
)
async def test_the_refusals_of_get_auth(client, db, change, payload, status, code):
    creds = await make_key(db)
    if change:
        await db.execute(change, creds.appkey)
    res = await client.post(URL, json=creds.grant | payload)
    assert (res.status_code, res.json()["return_code"]) == (status, code)
    assert "approval_key" not in res.json()
    assert await db.fetchval("SELECT count(*) FROM approval_keys") == 0
