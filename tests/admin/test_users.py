"""Users: create, list (search, filter, sort, page), get, update, grant accounts."""

import json

import pytest

from tests.admin.conftest import add_account, audit_entries


async def create(api, name: str, **fields) -> dict:
    res = await api("POST", "/users", json={"name": name, **fields})
    assert res.status_code == 201, res.text
    return res.json()["user"]


async def test_create_user_with_defaults(api, db):
    res = await api("POST", "/users", json={"name": "리스크관리팀 배치", "email": "risk@kfs.co.kr"})
    assert res.status_code == 201
    body = res.json()
    assert body["return_code"] == 0
    user = body["user"]
    assert user["name"] == "리스크관리팀 배치" and user["email"] == "risk@kfs.co.kr"
    assert user["status"] == "active" and user["all_accounts"] is False
    assert user["scopes"] == ["accounts", "market"] and user["key_count"] == 0
    assert user["created_at"].endswith("+09:00")

    [entry] = await audit_entries(db, "user.create")
    assert entry["target_type"] == "user" and entry["target_id"] == str(user["user_id"])
    assert json.loads(entry["detail"])["name"] == "리스크관리팀 배치"


async def test_list_pages_sorts_and_searches_on_the_server(api, db):
    for name in ["다", "가", "마", "나", "라"]:
        await create(api, f"팀 {name}")
    await create(api, "회계시스템", email="acct@kfs.co.kr", scopes=["accounts"])

    res = await api("GET", "/users", params={"sort": "name", "order": "asc", "size": 2})
    body = res.json()
    assert res.status_code == 200
    assert (body["total"], body["page"], body["size"]) == (6, 1, 2)
    assert [u["name"] for u in body["users"]] == ["팀 가", "팀 나"]

    res = await api("GET", "/users", params={"sort": "name", "order": "asc", "size": 2, "page": 3})
    assert [u["name"] for u in res.json()["users"]] == ["팀 마", "회계시스템"]

    res = await api("GET", "/users", params={"sort": "user_id", "order": "desc"})
    ids = [u["user_id"] for u in res.json()["users"]]
    assert ids == sorted(ids, reverse=True)

    res = await api("GET", "/users", params={"q": "ACCT@"})  # e-mail, case-insensitive
    assert [u["name"] for u in res.json()["users"]] == ["회계시스템"]
    res = await api("GET", "/users", params={"q": "%"})  # a literal character, no wildcard
    assert res.json()["total"] == 0

    res = await api("GET", "/users", params={"page": 99})
    assert res.json()["total"] == 6 and res.json()["users"] == []


async def test_sort_by_key_count(api, db):
    few = await create(api, "키 없음")
    many = await create(api, "키 둘")
    for _ in range(2):
        assert (await api("POST", f"/users/{many['user_id']}/keys", json={})).status_code == 201
    res = await api("GET", "/users", params={"sort": "key_count", "order": "desc"})
    assert [(u["user_id"], u["key_count"]) for u in res.json()["users"]] == [
        (many["user_id"], 2),
        (few["user_id"], 0),
    ]


async def test_filter_by_status(api, db):
    kept = await create(api, "사용")
    stopped = await create(api, "중지")
    await api("PATCH", f"/users/{stopped['user_id']}", json={"status": "disabled"})
    res = await api("GET", "/users", params={"status": "active"})
    assert [u["user_id"] for u in res.json()["users"]] == [kept["user_id"]]


async def test_get_user_with_accounts_and_keys(api, db):
    await add_account(db, "5012345611", name="주계좌")
    user = await create(api, "정산팀")
    await api("PUT", f"/users/{user['user_id']}/accounts",
              json={"env": "real", "account_nos": ["5012345611"]})  # fmt: skip
    issued = (await api("POST", f"/users/{user['user_id']}/keys", json={})).json()

    res = await api("GET", f"/users/{user['user_id']}")
    body = res.json()
    assert res.status_code == 200
    assert body["user"]["key_count"] == 1
    assert body["accounts"] == [
        {"account_no": "5012345611", "account_name": "주계좌", "env": "real"}
    ]
    assert [k["appkey"] for k in body["keys"]] == [issued["appkey"]]
    assert issued["secretkey"] not in res.text


async def test_unknown_user_is_1901(api, db):
    for method, path in [("GET", "/users/999"), ("PATCH", "/users/999"),
                         ("PUT", "/users/999/accounts"), ("POST", "/users/999/keys")]:  # fmt: skip
        body = {"env": "real", "account_nos": []} if path.endswith("accounts") else {}
        res = await api(method, path, json=body if method != "GET" else None)
        assert res.status_code == 404, (method, path, res.text)
        assert res.json()["return_code"] == 1901


async def test_update_changes_only_the_sent_fields_and_is_audited(api, db):
    user = await create(api, "변경 전", email="before@kfs.co.kr")
    path = f"/users/{user['user_id']}"

    res = await api("PATCH", path, json={"name": "변경 후", "scopes": ["market"]})
    assert res.status_code == 200
    changed = res.json()["user"]
    assert changed["name"] == "변경 후" and changed["scopes"] == ["market"]
    assert changed["email"] == "before@kfs.co.kr" and changed["status"] == "active"

    res = await api("PATCH", path, json={"email": None, "all_accounts": True})
    assert res.json()["user"]["email"] is None and res.json()["user"]["all_accounts"] is True

    details = [json.loads(e["detail"]) for e in await audit_entries(db, "user.update")]
    assert details == [
        {"name": "변경 후", "scopes": ["market"]},
        {"email": None, "all_accounts": True},
    ]


async def test_empty_patch_changes_nothing_and_audits_nothing(api, db):
    user = await create(api, "그대로")
    res = await api("PATCH", f"/users/{user['user_id']}", json={})
    assert res.status_code == 200 and res.json()["user"]["name"] == "그대로"
    assert await audit_entries(db, "user.update") == []


async def test_accounts_are_replaced_per_environment(api, db):
    for number in ["5012345611", "5012345622", "5012345633"]:
        await add_account(db, number)
    await add_account(db, "7012345611", env="mock")
    user = await create(api, "정산팀")
    path = f"/users/{user['user_id']}/accounts"

    await api("PUT", path, json={"env": "mock", "account_nos": ["7012345611"]})
    res = await api("PUT", path, json={"env": "real", "account_nos": ["5012345611", "5012345622"]})
    assert res.status_code == 200
    res = await api("PUT", path, json={"env": "real", "account_nos": ["5012345633", "5012345622"]})
    assert [(a["env"], a["account_no"]) for a in res.json()["accounts"]] == [
        ("mock", "7012345611"),  # the other environment's grants stay
        ("real", "5012345622"),
        ("real", "5012345633"),
    ]

    res = await api("PUT", path, json={"env": "real", "account_nos": []})
    assert [a["account_no"] for a in res.json()["accounts"]] == ["7012345611"]
    details = [json.loads(e["detail"]) for e in await audit_entries(db, "user.accounts")]
    assert details[-1] == {"env": "real", "account_nos": []}


async def test_unknown_account_changes_nothing(api, db):
    await add_account(db, "5012345611")
    user = await create(api, "정산팀")
    path = f"/users/{user['user_id']}/accounts"
    await api("PUT", path, json={"env": "real", "account_nos": ["5012345611"]})

    res = await api("PUT", path, json={"env": "real", "account_nos": ["9999999999"]})
    assert res.status_code == 404
    assert res.json()["return_code"] == 1901
    assert "9999999999" in res.json()["return_msg"]
    got = await api("GET", f"/users/{user['user_id']}")
    assert [a["account_no"] for a in got.json()["accounts"]] == ["5012345611"]


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "field"),
    [
        ("POST", "/users", {"json": {}}, "name"),
        ("POST", "/users", {"json": {"name": ""}}, "name"),
        ("POST", "/users", {"json": {"name": "x", "nmae": "y"}}, "nmae"),
        ("POST", "/users", {"json": {"name": "x", "email": "not-an-email"}}, "email"),
        ("POST", "/users", {"json": {"name": "x", "scopes": ["admin"]}}, "scopes"),
        ("POST", "/users", {"json": {"name": "a\u0000b"}}, "name"),
        (
            "POST",
            "/users",
            {"content": b"{not json", "headers": {"content-type": "application/json"}},
            "본문",
        ),
        ("GET", "/users", {"params": {"size": 500}}, "size"),
        ("GET", "/users", {"params": {"page": 0}}, "page"),
        ("GET", "/users", {"params": {"sort": "password_hash"}}, "sort"),
        ("GET", "/users", {"params": {"order": "sideways"}}, "order"),
        ("GET", "/users", {"params": {"unknown": "1"}}, "unknown"),
        ("GET", "/users", {"params": {"q": "a\u0000"}}, "q"),
        ("GET", "/users/abc", {}, "user_id"),
        ("GET", "/users/99999999999999999999", {}, "user_id"),
        ("PATCH", "/users/1", {"json": {"name": None}}, "name"),
        ("PATCH", "/users/1", {"json": {"status": "deleted"}}, "status"),
        ("PUT", "/users/1/accounts", {"json": {"env": "real"}}, "account_nos"),
        ("PUT", "/users/1/accounts", {"json": {"env": "paper", "account_nos": []}}, "env"),
    ],
)
async def test_validation_errors_are_1501_naming_the_field(api, db, method, path, kwargs, field):
    res = await api(method, path, **kwargs)
    assert res.status_code == 400, res.text
    body = res.json()
    assert body["return_code"] == 1501
    assert body["return_msg"].startswith("요청 형식이 올바르지 않습니다")
    assert field in body["return_msg"]
    assert body["request_id"] == res.headers["x-request-id"]
