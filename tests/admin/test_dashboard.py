"""admin-dashboard and admin-usage: counts, expiring keys, calls per Korean day."""

import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from asset_api.auth import keys, tokens
from asset_api.http import request_log
from tests.helpers import TEST_PEPPER

KOREA = ZoneInfo("Asia/Seoul")


async def log_request(db, at: datetime, *, path="/asset-erp/v1/accounts", return_code=0):
    """A record written as the request log writer writes its batches (rollups included)."""
    await request_log.make_partitions(db, {at.astimezone(KOREA).date()})
    row = request_log.record_row(
        request_id=str(uuid.uuid4()), at=at, method="GET", path=path,
        status=200 if return_code == 0 else 401, return_code=return_code, return_msg="",
        key_id=None, appkey=None, client_ip=None, duration_ms=1.5,
    )  # fmt: skip
    await request_log.write_records(db, [row])


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
        "realtime_connections": 0,  # tests/realtime counts open ones across processes
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
