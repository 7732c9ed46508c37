"""Dashboard, usage per day, audit log, request lookup and the accounts catalog."""

import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from asset_api.services import keys, tokens
from asset_api.services.admin_activity import EXPLANATIONS
from tests.admin.conftest import add_account
from tests.helpers import TEST_PEPPER

KOREA = ZoneInfo("Asia/Seoul")


async def log_request(db, at: datetime, *, path="/asset-erp/v1/accounts", return_code=0):
    await db.execute(
        "INSERT INTO request_log (request_id, at, method, path, status, return_code, return_msg,"
        " duration_ms) VALUES ($1, $2, 'GET', $3, $4, $5, '', 1.5)",
        uuid.uuid4(),
        at,
        path,
        200 if return_code == 0 else 401,
        return_code,
    )


def korea_time(day: date, at: time) -> datetime:
    return datetime.combine(day, at, KOREA)


async def make_key(db, user_id: int, **options) -> str:
    return (await keys.issue_key(db, pepper=TEST_PEPPER, user_id=user_id, **options)).appkey


async def test_dashboard_counts_and_expiring_keys(api, db):
    active_user = await keys.create_user(db, name="사용 중")
    await keys.create_user(db, name="또 사용 중")
    stopped_user = await keys.create_user(db, name="중지")
    await db.execute("UPDATE api_users SET status = 'disabled' WHERE id = $1", stopped_user)

    soon = datetime.now(UTC) + timedelta(days=3)
    never_expires = await make_key(db, active_user)
    expiring = await make_key(db, active_user, expires_at=soon)
    expired = await make_key(db, active_user, expires_at=soon)
    await db.execute(
        "UPDATE api_keys SET expires_at = now() - interval '1 day' WHERE appkey = $1", expired
    )
    disabled = await make_key(db, active_user, expires_at=soon)
    await keys.set_key_status(db, appkey=disabled, status="disabled")
    revoked = await make_key(db, active_user)
    await keys.set_key_status(db, appkey=revoked, status="revoked")

    key_id = await db.fetchval("SELECT id FROM api_keys WHERE appkey = $1", never_expires)
    for _ in range(2):
        await tokens.issue_token(db, pepper=TEST_PEPPER, key_id=key_id, dialect="broker",
                                 lifetime=timedelta(hours=24), client_ip=None)  # fmt: skip
    await db.execute(
        "UPDATE access_tokens SET issued_at = now() - interval '2 days' "
        "WHERE id = (SELECT min(id) FROM access_tokens)"
    )

    now = datetime.now(UTC)
    await log_request(db, now - timedelta(hours=1))
    await log_request(db, now - timedelta(hours=2), return_code=1001)
    await log_request(db, now - timedelta(hours=3), return_code=8005)
    await log_request(db, now - timedelta(hours=30))  # older than 24 hours
    await log_request(db, now - timedelta(hours=1), path="/admin/v1/users")  # not the API

    res = await api("GET", "/dashboard")
    assert res.status_code == 200
    body = res.json()
    assert body["counts"] == {
        "users": 3, "active_users": 2,
        "keys": 4, "active_keys": 2,  # revoked keys are not counted; expired not active
        "tokens_24h": 1, "requests_24h": 3, "refusals_24h": 2,
    }  # fmt: skip
    assert [k["appkey"] for k in body["expiring_keys"]] == [expiring]
    assert body["expiring_keys"][0]["user_name"] == "사용 중"


async def test_usage_per_korean_day_oldest_first_with_empty_days(api, db):
    today = datetime.now(KOREA).date()
    yesterday = today - timedelta(days=1)
    await log_request(db, korea_time(today, time(0, 0, 0)))
    await log_request(db, korea_time(yesterday, time(0, 0, 0)))
    await log_request(db, korea_time(yesterday, time(23, 59, 59)), return_code=1003)
    await log_request(db, korea_time(today - timedelta(days=3), time(12)), path="/admin/v1/me")
    await log_request(db, korea_time(today - timedelta(days=14), time(12)))  # outside 14 days

    res = await api("GET", "/usage")
    assert res.status_code == 200
    days = res.json()["days"]
    expected_dates = [(today - timedelta(days=n)).isoformat() for n in range(13, -1, -1)]
    assert [d["date"] for d in days] == expected_dates
    by_date = {d["date"]: (d["requests"], d["refusals"]) for d in days}
    assert by_date[today.isoformat()] == (1, 0)
    assert by_date[yesterday.isoformat()] == (2, 1)
    assert sum(requests for requests, _ in by_date.values()) == 3

    res = await api("GET", "/usage", params={"days": 1})
    assert res.json()["days"] == [{"date": today.isoformat(), "requests": 1, "refusals": 0}]
    for days in (0, 91):
        res = await api("GET", "/usage", params={"days": days})
        assert res.status_code == 400 and "days" in res.json()["return_msg"]


async def test_request_lookup_explains_a_refused_call(api, client, app, db):
    wrong_secret = "AAS" + "x" * 177
    res = await client.post(
        "/asset-erp/v1/get-auth",
        json={"grant_type": "client_credentials", "appkey": "AAK" + "y" * 33,
              "secretkey": wrong_secret},
    )  # fmt: skip
    assert res.json()["return_code"] == 1001
    request_id = res.headers["x-request-id"]
    await app.state.recorder.flush()  # records are otherwise written about a second later

    found = await api("GET", f"/requests/{request_id}")
    assert found.status_code == 200, found.text
    record = found.json()["request"]
    assert record["request_id"] == request_id
    assert (record["method"], record["path"]) == ("POST", "/asset-erp/v1/get-auth")
    assert (record["status"], record["return_code"]) == (401, 1001)
    assert record["return_msg"] == "유효하지 않은 앱키입니다"
    assert record["appkey"] == "AAK" + "y" * 33 and record["client_ip"] == "203.0.113.7"
    assert record["at"].endswith("+09:00") and float(record["duration_ms"]) >= 0
    assert record["explanation"] == EXPLANATIONS[1001]
    assert wrong_secret not in found.text


async def test_request_lookup_of_unknown_or_malformed_ids(api, db):
    res = await api("GET", f"/requests/{uuid.uuid4()}")
    assert res.status_code == 404 and res.json()["return_code"] == 1901
    for bad in ["not-a-uuid", "------------------------------------"]:
        res = await api("GET", f"/requests/{bad}")
        assert res.status_code == 400 and "request_id" in res.json()["return_msg"]


def test_every_catalog_code_has_an_explanation(return_code_catalog):
    assert set(return_code_catalog) <= set(EXPLANATIONS)


async def test_audit_log_newest_first_filtered_and_paged(api, db):
    # What the CLI writes: no admin id, no client IP.
    await db.execute(
        "INSERT INTO audit_log (actor, action, target_type, target_id, detail) "
        "VALUES ('cli', 'admin.create', 'admin', '1', '{\"bootstrap\": true}')"
    )
    user_id = (await api("POST", "/users", json={"name": "감사 대상"})).json()["user"]["user_id"]
    issued = (await api("POST", f"/users/{user_id}/keys", json={})).json()
    await api("POST", f"/keys/{issued['appkey']}/rotate", json={"grace_hours": 1})

    res = await api("GET", "/audit")
    assert res.status_code == 200
    body = res.json()
    actions = [e["action"] for e in body["entries"]]
    # The fixture's login came first, then this test's CLI entry.
    assert actions == ["key.rotate", "key.issue", "user.create", "admin.create", "admin.login"]
    assert body["total"] == 5
    rotate, cli = body["entries"][0], body["entries"][3]
    # Only the keys the action recorded, not every known detail key as null.
    assert set(rotate["detail"]) == {"grace_hours", "previous_valid_until"}
    assert rotate["actor"] == "ops-admin" and rotate["client_ip"] == "203.0.113.7"
    assert rotate["target_type"] == "key" and rotate["target_id"] == issued["appkey"]
    assert rotate["at"].endswith("+09:00")
    assert cli["detail"] == {"bootstrap": True} and cli["actor"] == "cli"
    assert cli["client_ip"] is None
    assert issued["secretkey"] not in res.text

    res = await api("GET", "/audit", params={"action": "key.issue"})
    assert [e["target_id"] for e in res.json()["entries"]] == [issued["appkey"]]
    res = await api("GET", "/audit", params={"size": 2, "page": 2})
    assert [e["action"] for e in res.json()["entries"]] == ["user.create", "admin.create"]


async def test_accounts_catalog_searches_and_pages(api, db):
    await add_account(db, "5012345611", name="위탁종합 주계좌")
    await add_account(db, "5012345622", name="연금저축")
    await add_account(db, "7012345611", env="mock", name="모의 위탁")

    res = await api("GET", "/accounts")
    assert res.status_code == 200
    body = res.json()
    assert body["total"] == 3
    assert [(a["env"], a["account_no"]) for a in body["accounts"]] == [
        ("mock", "7012345611"), ("real", "5012345611"), ("real", "5012345622"),
    ]  # fmt: skip
    assert body["accounts"][0] == {"account_no": "7012345611", "account_name": "모의 위탁",
                                   "broker": "키움증권", "env": "mock"}  # fmt: skip

    async def numbers(**params) -> list[str]:
        return [
            a["account_no"]
            for a in (await api("GET", "/accounts", params=params)).json()["accounts"]
        ]

    assert await numbers(env="real") == ["5012345611", "5012345622"]
    assert await numbers(q="연금") == ["5012345622"]
    assert await numbers(q="345611") == ["7012345611", "5012345611"]
    assert await numbers(q="키움", size=1, page=3) == ["5012345622"]


async def test_a_nul_in_a_path_does_not_cost_the_batch_its_records(api, client, app, db):
    # PostgreSQL text cannot hold NUL: one such path (echoed in the 404 message too) used to
    # make the whole batch fail, dropping every call of that second from the request log.
    odd = await client.get("/asset-erp/v1/%00")
    assert odd.status_code == 404
    normal = await client.get("/health")
    await app.state.recorder.flush()

    for res in (odd, normal):
        found = await api("GET", f"/requests/{res.headers['x-request-id']}")
        assert found.status_code == 200, found.text
    record = (await api("GET", f"/requests/{odd.headers['x-request-id']}")).json()["request"]
    assert record["path"].startswith("/asset-erp/v1/") and "\x00" not in record["path"]
    assert "\x00" not in record["return_msg"]
