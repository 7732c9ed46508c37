"""Rotation with a grace period, revocation, brute-force throttling, and the data-call refusals."""

import uuid
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest

from asset_api.auth import keys, throttle
from asset_api.domain import KOREA
from asset_api.http import request_log
from tests.helpers import TEST_PEPPER, get_token, make_key

URL = "/asset-erp/v1/get-auth"
DATA_URL = "/asset-erp/v1/accounts"


def body(appkey, secretkey):
    return {"grant_type": "client_credentials", "appkey": appkey, "secretkey": secretkey}


async def test_rotated_key_old_secret_works_during_grace_not_after(client, db):
    creds = await make_key(db)
    rotated = await keys.rotate_key(
        db, pepper=TEST_PEPPER, appkey=creds.appkey, grace=timedelta(hours=1)
    )
    assert rotated.secretkey != creds.secretkey

    assert (await client.post(URL, json=body(creds.appkey, creds.secretkey))).status_code == 200
    assert (await client.post(URL, json=body(creds.appkey, rotated.secretkey))).status_code == 200

    await db.execute(
        "UPDATE api_keys SET previous_valid_until = now() - interval '1 second' WHERE appkey = $1",
        creds.appkey,
    )
    res = await client.post(URL, json=body(creds.appkey, creds.secretkey))
    assert res.json()["return_code"] == 1001
    assert (await client.post(URL, json=body(creds.appkey, rotated.secretkey))).status_code == 200


async def test_rotation_without_grace_ends_the_old_secret_at_once(client, db):
    creds = await make_key(db)
    rotated = await keys.rotate_key(db, pepper=TEST_PEPPER, appkey=creds.appkey, grace=timedelta(0))
    assert (await client.post(URL, json=body(creds.appkey, creds.secretkey))).status_code == 401
    assert (await client.post(URL, json=body(creds.appkey, rotated.secretkey))).status_code == 200


async def test_revoked_key_cannot_be_reenabled(db):
    creds = await make_key(db)
    await keys.set_key_status(db, appkey=creds.appkey, status="revoked")
    with pytest.raises(Exception, match="폐기"):
        await keys.set_key_status(db, appkey=creds.appkey, status="active")


async def test_a_key_is_never_deleted_so_its_tokens_always_have_it(client, db):
    """access_tokens has no foreign key on its key (migration 0011: its row lock halved token
    issuance for one key); the database refuses to delete a key instead."""
    creds = await make_key(db)
    assert (await client.post(URL, json=body(creds.appkey, creds.secretkey))).status_code == 200
    with pytest.raises(asyncpg.RaiseError, match="never deleted"):
        await db.execute("DELETE FROM api_keys WHERE appkey = $1", creds.appkey)
    orphans = await db.fetchval(
        "SELECT count(*) FROM access_tokens t WHERE NOT EXISTS "
        "(SELECT 1 FROM api_keys k WHERE k.id = t.key_id)"
    )
    assert orphans == 0


async def test_disable_then_reenable(client, db):
    creds = await make_key(db)
    await keys.set_key_status(db, appkey=creds.appkey, status="disabled")
    assert (await client.post(URL, json=body(creds.appkey, creds.secretkey))).status_code == 403
    await keys.set_key_status(db, appkey=creds.appkey, status="active")
    assert (await client.post(URL, json=body(creds.appkey, creds.secretkey))).status_code == 200


async def test_repeated_failures_are_slowed_with_1700_then_released(client, db):
    creds = await make_key(db)
    wrong = body(creds.appkey, "AAS" + "x" * 177)
    codes = [(await client.post(URL, json=wrong)).json()["return_code"] for _ in range(7)]
    assert codes[:5] == [1001] * 5
    assert 1700 in codes[5:]

    res = await client.post(URL, json=body(creds.appkey, creds.secretkey))
    assert res.status_code == 429
    assert res.json()["return_code"] == 1700
    assert int(res.headers["retry-after"]) >= 1

    # The block is temporary: once it has passed, the owner gets in and the count resets.
    await db.execute("UPDATE auth_failures SET blocked_until = now() - interval '1 second'")
    assert (await client.post(URL, json=body(creds.appkey, creds.secretkey))).status_code == 200
    assert (
        await db.fetchval(
            "SELECT count(*) FROM auth_failures WHERE subject = $1", f"appkey:{creds.appkey}"
        )
        == 0
    )


async def test_a_burst_of_failures_keeps_the_block_capped_instead_of_failing(client, db):
    # Requests that pass the block check together all count their failure afterwards, so a
    # subject's count can pass any number; the back-off must stay capped, not overflow.
    creds = await make_key(db)
    names = throttle.subjects(appkey=creds.appkey, client_ip="203.0.113.7")
    for _ in range(1100):
        await throttle.record_failure(db, names)
    seconds = await db.fetchval(
        "SELECT max(extract(epoch FROM blocked_until - now())) FROM auth_failures"
    )
    assert 0 < seconds <= throttle.MAX_BLOCK_SECONDS

    await db.execute("UPDATE auth_failures SET blocked_until = now() - interval '1 second'")
    res = await client.post(URL, json=body(creds.appkey, "AAS" + "x" * 177))
    assert res.status_code == 401, res.text
    assert res.json()["return_code"] == 1001


async def test_token_expiry_is_8006_on_a_data_call(client, db):
    creds = await make_key(db, all_accounts=True)
    await get_token(client, creds)
    await db.execute("UPDATE access_tokens SET expires_at = now() - interval '1 second'")
    res = await client.get(DATA_URL, headers=creds.auth_header)
    assert res.status_code == 401
    assert res.json()["return_code"] == 8006
    assert res.json()["return_msg"] == "만료된 토큰입니다"
    assert 'error="invalid_token"' in res.headers["www-authenticate"]


async def test_revoked_token_is_8005_at_once(client, db):
    creds = await make_key(db, all_accounts=True)
    await get_token(client, creds)
    assert (await client.get(DATA_URL, headers=creds.auth_header)).status_code == 200

    res = await client.post(
        "/asset-erp/v1/revoke-auth",
        json={"appkey": creds.appkey, "secretkey": creds.secretkey, "token": creds.token},
    )
    assert res.status_code == 200 and res.json()["return_code"] == 0
    res = await client.get(DATA_URL, headers=creds.auth_header)
    assert res.status_code == 401
    assert res.json()["return_code"] == 8005
    # Revoking again, or a token that never existed, is still a 200 (RFC 7009).
    again = await client.post(
        "/asset-erp/v1/revoke-auth",
        json={"appkey": creds.appkey, "secretkey": creds.secretkey, "token": "no-such-token"},
    )
    assert again.status_code == 200


async def test_revoking_the_key_ends_its_tokens(client, db):
    creds = await make_key(db, all_accounts=True)
    await get_token(client, creds)
    await keys.set_key_status(db, appkey=creds.appkey, status="revoked")
    client_app = client._transport.app  # a fresh cache: the change came from outside the app
    client_app.state.token_cache.forget_all()
    res = await client.get(DATA_URL, headers=creds.auth_header)
    assert res.status_code == 401
    assert res.json()["return_code"] == 8005


@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer ", "Basic abc", "Bearer " + "x" * 500, "Bearer not-a-token"],
    ids=["none", "no-token", "empty", "basic", "too-long", "unknown"],
)
async def test_missing_or_malformed_bearer_is_8005(client, db, header):
    headers = {"authorization": header} if header is not None else {}
    res = await client.get(DATA_URL, headers=headers)
    assert res.status_code == 401
    assert res.json()["return_code"] == 8005
    assert res.headers["www-authenticate"].startswith("Bearer ")


async def test_key_without_the_scope_is_8010(client, db):
    creds = await make_key(db, all_accounts=True, scopes=["market"])
    await get_token(client, creds)
    res = await client.get(DATA_URL, headers=creds.auth_header)
    assert res.status_code == 403
    assert res.json()["return_code"] == 8010
    assert 'error="insufficient_scope"' in res.headers["www-authenticate"]


async def test_user_scope_caps_the_key_scope(client, db):
    creds = await make_key(db, all_accounts=True, user_scopes=["market"], scopes=None)
    await get_token(client, creds)
    assert (await client.get(DATA_URL, headers=creds.auth_header)).json()["return_code"] == 8010


async def test_data_call_from_outside_the_allowlist_is_1004(client, db):
    creds = await make_key(db, all_accounts=True, allowed_cidrs=["203.0.113.7/32"])
    await get_token(client, creds)
    await db.execute("UPDATE api_keys SET allowed_cidrs = '{10.0.0.0/8}'")
    client._transport.app.state.token_cache.forget_all()
    res = await client.get(DATA_URL, headers=creds.auth_header)
    assert res.status_code == 403
    assert res.json()["return_code"] == 1004


async def test_rate_limit_is_1700_with_retry_after(client, db):
    creds = await make_key(db, all_accounts=True, rate_limit=3)
    await get_token(client, creds)
    responses = [await client.get(DATA_URL, headers=creds.auth_header) for _ in range(6)]
    assert [r.status_code for r in responses[:3]] == [200, 200, 200]
    refused = [r for r in responses[3:] if r.status_code == 429]
    assert refused, "a burst past the limit must be refused"
    assert refused[0].json()["return_code"] == 1700
    assert refused[0].headers["retry-after"] == "1"


async def test_key_records_its_last_use(client, db, app):
    creds = await make_key(db, all_accounts=True)
    await get_token(client, creds)
    assert (await client.get(DATA_URL, headers=creds.auth_header)).status_code == 200
    await app.state.recorder.flush()
    row = await db.fetchrow(
        "SELECT last_used_at, host(last_used_ip) AS ip FROM api_keys WHERE appkey = $1",
        creds.appkey,
    )
    assert row["last_used_at"] is not None
    assert row["ip"] == "203.0.113.7"


async def test_a_flush_records_each_keys_latest_successful_call(db):
    first, second = await make_key(db), await make_key(db)
    key_ids = {
        creds.appkey: await db.fetchval("SELECT id FROM api_keys WHERE appkey = $1", creds.appkey)
        for creds in (first, second)
    }
    start = datetime.now(UTC)
    await request_log.make_partitions(db, {start.astimezone(KOREA).date()})

    def call(appkey: str, seconds: int, ip: str, return_code: int = 0) -> tuple:
        return request_log.record_row(
            request_id=str(uuid.uuid4()), at=start + timedelta(seconds=seconds), method="GET",
            path=DATA_URL, status=200 if return_code == 0 else 429, return_code=return_code,
            return_msg="", key_id=key_ids[appkey], appkey=appkey, client_ip=ip, duration_ms=1.0,
        )  # fmt: skip

    # Out of order (a batch put back after an outage comes first), and a later refusal.
    batch = [
        call(first.appkey, 5, "203.0.113.5"),
        call(first.appkey, 2, "203.0.113.2"),
        call(second.appkey, 1, "203.0.113.1"),
        call(first.appkey, 9, "203.0.113.9", 1700),
    ]
    await request_log.write_records(db, batch)
    used = {
        r["appkey"]: (r["last_used_at"], r["ip"])
        for r in await db.fetch(
            "SELECT appkey, last_used_at, host(last_used_ip) AS ip FROM api_keys"
        )
    }
    assert used[first.appkey] == (start + timedelta(seconds=5), "203.0.113.5")
    assert used[second.appkey] == (start + timedelta(seconds=1), "203.0.113.1")


async def test_unstorable_characters_in_an_appkey_are_1501_naming_it_not_500(client, db):
    # No NUL in request text is part of the schema (specgen TEXT_PATTERN).
    res = await client.post(URL, json=body("AAK" + "\u0000" * 33, "AAS" + "x" * 177))
    assert res.status_code == 400
    assert res.json()["return_code"] == 1501 and "appkey" in res.json()["return_msg"]


async def test_text_postgresql_cannot_store_is_1501_not_500(client, db):
    creds = await make_key(db, all_accounts=True)
    await get_token(client, creds)
    res = await client.get("/asset-erp/v1/accounts/%00/balance", headers=creds.auth_header)
    assert res.status_code == 400, res.text
    assert res.json()["return_code"] == 1501
