"""Keys: issue (secret shown once), list, update, rotate, revoke; each change audited."""

import json

import pytest

from tests.admin.conftest import add_account, audit_entries

GET_AUTH = "/asset-erp/v1/get-auth"
ACCOUNTS = "/asset-erp/v1/accounts"


async def new_user(api, **fields) -> int:
    res = await api("POST", "/users", json={"name": "리스크관리팀 배치", **fields})
    return res.json()["user"]["user_id"]


async def issue(api, user_id: int, **fields) -> dict:
    res = await api("POST", f"/users/{user_id}/keys", json=fields)
    assert res.status_code == 201, res.text
    return res.json()


async def token_for(client, appkey: str, secretkey: str) -> dict:
    res = await client.post(
        GET_AUTH,
        json={"grant_type": "client_credentials", "appkey": appkey, "secretkey": secretkey},
    )
    return res.json()


async def bearer(client, issued: dict) -> dict[str, str]:
    body = await token_for(client, issued["appkey"], issued["secretkey"])
    assert body["return_code"] == 0, body
    return {"authorization": f"Bearer {body['token']}"}


async def test_issue_returns_the_secret_once(api, client, db):
    user_id = await new_user(api)
    res = await api("POST", f"/users/{user_id}/keys", json={})
    assert res.status_code == 201
    assert res.headers["cache-control"] == "no-store"
    issued = res.json()
    appkey, secretkey = issued["appkey"], issued["secretkey"]
    assert len(appkey) == 36 and len(secretkey) == 180
    key = issued["key"]
    assert key["appkey"] == appkey and key["user_id"] == user_id
    assert (key["status"], key["env"], key["rate_limit"]) == ("active", "real", 20)
    assert key["scopes"] == ["accounts", "market"] and key["allowed_cidrs"] == []
    assert key["expires_at"] is None and key["created_at"].endswith("+09:00")
    assert "secretkey" not in key

    # The secret works, and no later response or audit entry contains it.
    assert (await token_for(client, appkey, secretkey))["return_code"] == 0
    later = [
        await api("GET", "/keys"),
        await api("GET", f"/users/{user_id}"),
        await api("GET", "/dashboard"),
        await api("GET", "/audit"),
    ]
    for res in later:
        assert res.status_code == 200
        assert secretkey not in res.text
    audit_dump = await db.fetchval("SELECT string_agg(t::text, ' ') FROM audit_log t")
    assert secretkey not in audit_dump
    [entry] = await audit_entries(db, "key.issue")
    assert entry["target_id"] == appkey
    assert json.loads(entry["detail"]) == {
        "user_id": user_id, "env": "real", "expires_at": None, "rate_limit": 20,
        "scopes": ["accounts", "market"], "allowed_cidrs": [],
    }  # fmt: skip


async def test_issue_with_settings(api, db):
    user_id = await new_user(api)
    issued = await issue(
        api, user_id, env="mock", expires_at="2099-12-31", rate_limit=50, scopes=["market"],
        allowed_cidrs=["203.0.113.0/24", "2001:db8::/32"],
    )  # fmt: skip
    key = issued["key"]
    assert key["env"] == "mock" and key["rate_limit"] == 50 and key["scopes"] == ["market"]
    assert key["expires_at"] == "2099-12-31T23:59:59+09:00"  # the whole day, Korea time
    assert key["allowed_cidrs"] == ["203.0.113.0/24", "2001:db8::/32"]


async def test_update_limits_scopes_ips_and_expiry_each_audited(api, db):
    user_id = await new_user(api)
    appkey = (await issue(api, user_id))["appkey"]
    path = f"/keys/{appkey}"

    steps = [
        ({"rate_limit": 100}, "rate_limit", 100),
        ({"env": "mock"}, "env", "mock"),
        ({"scopes": ["market", "accounts", "market"]}, "scopes", ["accounts", "market"]),
        ({"allowed_cidrs": ["198.51.100.7"]}, "allowed_cidrs", ["198.51.100.7/32"]),
        ({"expires_at": "2099-06-30"}, "expires_at", "2099-06-30T23:59:59+09:00"),
        ({"expires_at": None}, "expires_at", None),
        ({"status": "disabled"}, "status", "disabled"),
        ({"status": "active"}, "status", "active"),
    ]
    for body, field, expected in steps:
        res = await api("PATCH", path, json=body)
        assert res.status_code == 200, res.text
        assert res.json()["key"][field] == expected, body
    details = [json.loads(e["detail"]) for e in await audit_entries(db, "key.update")]
    assert details == [
        {"rate_limit": 100},
        {"env": "mock"},
        {"scopes": ["market", "accounts", "market"]},
        {"allowed_cidrs": ["198.51.100.7"]},
        {"expires_at": "2099-06-30T23:59:59+09:00"},
        {"expires_at": None},
        {"status": "disabled"},
        {"status": "active"},
    ]


async def test_key_changes_take_effect_at_once_in_this_process(api, client, db, probe):
    user_id = await new_user(api)
    issued = await issue(api, user_id)
    headers = await bearer(client, issued)
    assert (await client.get(probe, headers=headers)).status_code == 200  # now cached
    path = f"/keys/{issued['appkey']}"

    await api("PATCH", path, json={"status": "disabled"})
    res = await client.get(probe, headers=headers)
    assert res.status_code == 403 and res.json()["return_code"] == 1002

    await api("PATCH", path, json={"status": "active", "allowed_cidrs": ["198.51.100.0/24"]})
    res = await client.get(probe, headers=headers)
    assert res.status_code == 403 and res.json()["return_code"] == 1004

    await api("PATCH", path, json={"allowed_cidrs": [], "scopes": ["market"]})
    res = await client.get(probe, headers=headers)
    assert res.status_code == 403 and res.json()["return_code"] == 8010

    await api("PATCH", path, json={"scopes": ["accounts"]})
    assert (await client.get(probe, headers=headers)).status_code == 200
    await api("PATCH", f"/users/{user_id}", json={"status": "disabled"})
    assert (await client.get(probe, headers=headers)).json()["return_code"] == 1002


async def test_env_change_switches_the_dataset_of_live_and_new_tokens(api, client, db):
    await add_account(db, "5012345611", env="real")
    await add_account(db, "8012345611", env="mock", name="모의투자")
    user_id = await new_user(api)
    for env, account_no in [("real", "5012345611"), ("mock", "8012345611")]:
        res = await api(
            "PUT", f"/users/{user_id}/accounts", json={"env": env, "account_nos": [account_no]}
        )
        assert res.status_code == 200, res.text
    issued = await issue(api, user_id)
    headers = await bearer(client, issued)

    async def listed(headers: dict[str, str]) -> list[str]:
        res = await client.get(ACCOUNTS, headers=headers)
        assert res.status_code == 200, res.text
        return [a["account_no"] for a in res.json()["accounts"]]

    assert await listed(headers) == ["5012345611"]  # and the token's state is now cached
    path = f"/keys/{issued['appkey']}"

    res = await api("PATCH", path, json={"env": "mock"})
    assert res.status_code == 200, res.text
    assert res.json()["key"]["env"] == "mock"
    assert await listed(headers) == ["8012345611"]  # the live token, at once
    assert await listed(await bearer(client, issued)) == ["8012345611"]  # a new token
    [entry] = await audit_entries(db, "key.update")
    assert entry["target_id"] == issued["appkey"]
    assert json.loads(entry["detail"]) == {"env": "mock"}
    keys = (await api("GET", "/keys", params={"user_id": user_id})).json()["keys"]
    assert [k["env"] for k in keys] == ["mock"]

    await api("PATCH", path, json={"env": "real", "rate_limit": 30})
    assert await listed(headers) == ["5012345611"]
    details = [json.loads(e["detail"]) for e in await audit_entries(db, "key.update")]
    assert details[-1] == {"env": "real", "rate_limit": 30}


async def test_rotate_keeps_the_old_secret_for_the_grace_period(api, client, db):
    user_id = await new_user(api)
    issued = await issue(api, user_id)
    appkey, old = issued["appkey"], issued["secretkey"]

    res = await api("POST", f"/keys/{appkey}/rotate", json={"grace_hours": 48})
    assert res.status_code == 200 and res.headers["cache-control"] == "no-store"
    rotated = res.json()
    new = rotated["secretkey"]
    assert rotated["appkey"] == appkey and len(new) == 180 and new != old
    assert rotated["key"]["rotated_at"] and rotated["key"]["previous_valid_until"]
    assert (await token_for(client, appkey, old))["return_code"] == 0
    assert (await token_for(client, appkey, new))["return_code"] == 0

    [entry] = await audit_entries(db, "key.rotate")
    detail = json.loads(entry["detail"])
    assert detail["grace_hours"] == 48 and detail["previous_valid_until"].endswith("+09:00")
    assert new not in entry["detail"] and old not in entry["detail"]
    assert new not in (await api("GET", "/keys")).text


async def test_rotate_without_grace_ends_the_old_secret(api, client, db):
    user_id = await new_user(api)
    issued = await issue(api, user_id)
    res = await api("POST", f"/keys/{issued['appkey']}/rotate", json={"grace_hours": 0})
    assert (await token_for(client, issued["appkey"], issued["secretkey"]))["return_code"] == 1001
    assert (await token_for(client, issued["appkey"], res.json()["secretkey"]))["return_code"] == 0


async def test_rotate_without_a_body_uses_24_hours(api, db):
    user_id = await new_user(api)
    appkey = (await issue(api, user_id))["appkey"]
    res = await api("POST", f"/keys/{appkey}/rotate")
    assert res.status_code == 200, res.text
    [entry] = await audit_entries(db, "key.rotate")
    assert json.loads(entry["detail"])["grace_hours"] == 24


async def test_revoke_is_final_and_ends_the_tokens_at_once(api, client, db, probe):
    user_id = await new_user(api)
    issued = await issue(api, user_id)
    headers = await bearer(client, issued)
    assert (await client.get(probe, headers=headers)).status_code == 200  # now cached

    res = await api("POST", f"/keys/{issued['appkey']}/revoke")
    assert res.status_code == 200
    key = res.json()["key"]
    assert key["status"] == "revoked" and key["revoked_at"].endswith("+09:00")
    res = await client.get(probe, headers=headers)
    assert res.status_code == 401 and res.json()["return_code"] == 8005
    body = await token_for(client, issued["appkey"], issued["secretkey"])
    assert body["return_code"] == 1002

    [entry] = await audit_entries(db, "key.revoke")
    assert json.loads(entry["detail"]) == {"revoked_tokens": 1}

    # Revoking again changes nothing; nothing else may change a revoked key.
    again = await api("POST", f"/keys/{issued['appkey']}/revoke")
    assert again.status_code == 200 and again.json()["key"]["status"] == "revoked"
    assert len(await audit_entries(db, "key.revoke")) == 1
    for method, path, body in [
        ("PATCH", f"/keys/{issued['appkey']}", {"status": "active"}),
        ("POST", f"/keys/{issued['appkey']}/rotate", {"grace_hours": 1}),
    ]:
        res = await api(method, path, json=body)
        # As a key that can be changed, a revoked key no longer exists (documented 1901).
        assert res.status_code == 404 and res.json()["return_code"] == 1901
        assert "폐기된 앱키" in res.json()["return_msg"]
    assert (await token_for(client, issued["appkey"], issued["secretkey"]))["return_code"] == 1002


async def test_list_filters_sorts_and_pages(api, db):
    first, second = await new_user(api), await new_user(api)
    soon = (await issue(api, first, expires_at="2099-01-01"))["appkey"]
    never = (await issue(api, first))["appkey"]
    other = (await issue(api, second, expires_at="2099-02-01"))["appkey"]
    await db.execute(
        "UPDATE api_keys SET expires_at = now() + interval '3 days' WHERE appkey = $1", soon
    )
    await api("POST", f"/keys/{other}/revoke")

    async def appkeys(**params) -> list[str]:
        res = await api("GET", "/keys", params=params)
        assert res.status_code == 200, res.text
        return [k["appkey"] for k in res.json()["keys"]]

    assert await appkeys(user_id=first, sort="created_at", order="asc") == [soon, never]
    assert await appkeys(status="revoked") == [other]
    assert await appkeys(expiring_days=14) == [soon]
    # Keys without an expiry come last in either direction.
    assert await appkeys(sort="expires_at", order="asc") == [soon, other, never]
    assert await appkeys(sort="expires_at", order="desc") == [other, soon, never]
    res = await api("GET", "/keys", params={"size": 1, "page": 2, "sort": "created_at"})
    assert res.json()["total"] == 3 and len(res.json()["keys"]) == 1


async def test_unknown_and_malformed_appkeys(api, db):
    unknown = "AAK" + "x" * 33
    for method, path in [("PATCH", f"/keys/{unknown}"), ("POST", f"/keys/{unknown}/rotate"),
                         ("POST", f"/keys/{unknown}/revoke")]:  # fmt: skip
        res = await api(method, path, json={})
        assert res.status_code == 404 and res.json()["return_code"] == 1901
    res = await api("POST", "/keys/not-an-appkey/revoke")
    assert res.status_code == 400 and "appkey" in res.json()["return_msg"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"rate_limit": 0}, "rate_limit"),
        ({"rate_limit": 10001}, "rate_limit"),
        ({"env": "paper"}, "env"),
        ({"expires_at": "20991231"}, "expires_at"),
        ({"expires_at": "2099-02-30"}, "expires_at"),
        ({"expires_at": "2020-01-01"}, "expires_at"),
        ({"allowed_cidrs": ["203.0.113.999/24"]}, "allowed_cidrs"),
        ({"allowed_cidrs": ["10.0.0.0/8"] * 101}, "allowed_cidrs"),
        ({"scopes": ["admin"]}, "scopes"),
        ({"secretkey": "mine"}, "secretkey"),
    ],
)
async def test_issue_validation_is_1501_naming_the_field(api, db, body, field):
    user_id = await new_user(api)
    res = await api("POST", f"/users/{user_id}/keys", json=body)
    assert res.status_code == 400, res.text
    assert res.json()["return_code"] == 1501 and field in res.json()["return_msg"]
    assert await db.fetchval("SELECT count(*) FROM api_keys") == 0


async def test_malformed_cidr_is_named_in_korean(api, db):
    user_id = await new_user(api)
    res = await api("POST", f"/users/{user_id}/keys", json={"allowed_cidrs": ["203.0.113.999/24"]})
    assert res.json()["return_msg"] == (
        "요청 형식이 올바르지 않습니다 (allowed_cidrs.0: 올바른 CIDR이 아닙니다 (203.0.113.999/24))"
    )


@pytest.mark.parametrize(
    ("path_suffix", "body", "field"),
    [
        ("", {"rate_limit": None}, "rate_limit"),
        ("", {"status": "revoked"}, "status"),
        ("", {"env": "demo"}, "env"),
        ("", {"env": None}, "env"),
        ("", {"expires_at": "yesterday"}, "expires_at"),
        ("", {"allowed_cidrs": ["10.0.0.0/33"]}, "allowed_cidrs"),
        ("/rotate", {"grace_hours": 721}, "grace_hours"),
        ("/rotate", {"grace_hours": -1}, "grace_hours"),
    ],
)
async def test_change_validation_is_1501_naming_the_field(api, db, path_suffix, body, field):
    user_id = await new_user(api)
    appkey = (await issue(api, user_id))["appkey"]
    method = "PATCH" if not path_suffix else "POST"
    res = await api(method, f"/keys/{appkey}{path_suffix}", json=body)
    assert res.status_code == 400, res.text
    assert res.json()["return_code"] == 1501 and field in res.json()["return_msg"]


async def test_a_boolean_is_not_a_rate_limit(api, db):
    user = (await api("POST", "/users", json={"name": "엄격한 숫자"})).json()["user"]
    issued = await api("POST", f"/users/{user['user_id']}/keys", json={"rate_limit": True})
    assert issued.status_code == 400
    assert issued.json()["return_code"] == 1501
    assert "rate_limit" in issued.json()["return_msg"]
    as_text = await api("POST", f"/users/{user['user_id']}/keys", json={"rate_limit": "5"})
    assert as_text.status_code == 400
