"""Owners manage the admins: create with a role and a one-time password, change the role,
disable (which ends the admin's sessions at once) and enable; never the last active owner."""

from asset_api.admin import admins
from tests.admin.conftest import audit_entries, insert_admin, open_session

PASSWORD = "correct horse battery staple"
PASSWORD_HASH = admins.hash_password(PASSWORD)  # once for the module: argon2 is slow on purpose


async def login(client, username: str, password: str):
    return await client.post("/admin/v1/login", json={"username": username, "password": password})


async def test_an_owner_creates_an_operator_who_must_replace_the_one_time_password(client, db):
    owner = await open_session(db, await insert_admin(db, "the-owner", "owner"))
    res = await client.post(
        "/admin/v1/admins", headers=owner, json={"username": "kim-operator", "role": "operator"}
    )
    assert res.status_code == 201, res.text
    assert res.headers["cache-control"] == "no-store"
    body = res.json()
    one_time = body["password"]
    assert len(one_time) >= 16
    assert body["admin"] == body["admin"] | {
        "username": "kim-operator",
        "role": "operator",
        "status": "active",
        "mfa_enabled": False,
        "password_change_required": True,
        "active_sessions": 0,
        "last_login_at": None,
    }
    [created] = await audit_entries(db, "admin.create")
    assert created["actor"] == "the-owner" and '"role": "operator"' in created["detail"]
    assert one_time not in created["detail"]

    logged_in = (await login(client, "kim-operator", one_time)).json()
    session = {"authorization": f"Bearer {logged_in['session']}"}
    me = (await client.get("/admin/v1/me", headers=session)).json()
    assert me["role"] == "operator" and me["setup_required"] == ["password"]
    res = await client.get("/admin/v1/users", headers=session)
    assert res.status_code == 403 and "임시 비밀번호" in res.json()["return_msg"]

    res = await client.post(
        "/admin/v1/me/password",
        headers=session,
        json={"current_password": one_time, "new_password": "my own long passphrase"},
    )
    assert res.status_code == 200, res.text
    assert (await client.get("/admin/v1/users", headers=session)).status_code == 200
    # An operator manages users and keys, not admins.
    res = await client.get("/admin/v1/admins", headers=session)
    assert res.status_code == 403 and res.json()["return_code"] == 8010


async def test_the_list_shows_every_admin_and_no_secret(client, db):
    owner_id = await insert_admin(db, "the-owner", "owner", password_hash=PASSWORD_HASH)
    owner = await open_session(db, owner_id)
    await insert_admin(db, "a-viewer", "viewer")
    res = await client.get("/admin/v1/admins", headers=owner)
    assert res.status_code == 200
    listed = res.json()["admins"]
    assert [(a["username"], a["role"], a["active_sessions"]) for a in listed] == [
        ("a-viewer", "viewer", 0),
        ("the-owner", "owner", 1),
    ]
    assert PASSWORD_HASH not in res.text and "password_hash" not in res.text


async def test_a_new_role_applies_to_the_next_call(client, db):
    owner = await open_session(db, await insert_admin(db, "the-owner", "owner"))
    operator_id = await insert_admin(db, "an-operator", "operator")
    operator = await open_session(db, operator_id)
    body = {"name": "정산팀"}
    assert (await client.post("/admin/v1/users", headers=operator, json=body)).status_code == 201

    res = await client.patch(
        f"/admin/v1/admins/{operator_id}", headers=owner, json={"role": "viewer"}
    )
    assert res.status_code == 200 and res.json()["admin"]["role"] == "viewer"
    res = await client.post("/admin/v1/users", headers=operator, json=body)
    assert res.status_code == 403 and res.json()["return_code"] == 8010
    assert (await client.get("/admin/v1/users", headers=operator)).status_code == 200
    [changed] = await audit_entries(db, "admin.role")
    assert changed["detail"] == '{"role": "viewer", "previous": "operator"}'
    # The audit log screen shows the same.
    res = await client.get("/admin/v1/audit", headers=owner, params={"action": "admin.role"})
    [entry] = res.json()["entries"]
    assert entry["detail"] == {"role": "viewer", "previous": "operator"}
    assert entry["actor"] == "the-owner" and entry["target_id"] == str(operator_id)


async def test_a_disabled_admins_session_is_refused_at_once(client, db):
    owner = await open_session(db, await insert_admin(db, "the-owner", "owner"))
    operator_id = await insert_admin(db, "an-operator", "operator", password_hash=PASSWORD_HASH)
    operator = await open_session(db, operator_id)
    assert (await client.get("/admin/v1/me", headers=operator)).status_code == 200

    res = await client.patch(
        f"/admin/v1/admins/{operator_id}", headers=owner, json={"status": "disabled"}
    )
    assert res.status_code == 200, res.text
    assert res.json()["admin"]["status"] == "disabled"
    res = await client.get("/admin/v1/me", headers=operator)
    assert res.status_code == 401 and res.json()["return_code"] == 8002
    res = await login(client, "an-operator", PASSWORD)
    assert res.status_code == 401 and res.json()["return_code"] == 8001
    [disabled] = await audit_entries(db, "admin.disable")
    assert disabled["detail"] == '{"sessions_ended": 1}'
    [failed] = await audit_entries(db, "admin.login_failed")
    assert failed["target_id"] == str(operator_id) and failed["detail"] == '{"reason": "disabled"}'

    res = await client.patch(
        f"/admin/v1/admins/{operator_id}", headers=owner, json={"status": "active"}
    )
    assert res.json()["admin"]["status"] == "active"
    assert (await login(client, "an-operator", PASSWORD)).status_code == 200
    assert len(await audit_entries(db, "admin.enable")) == 1


async def test_the_last_active_owner_stays(client, db):
    owner_id = await insert_admin(db, "the-owner", "owner")
    owner = await open_session(db, owner_id)
    for change in ({"role": "operator"}, {"status": "disabled"}):
        res = await client.patch(f"/admin/v1/admins/{owner_id}", headers=owner, json=change)
        assert res.status_code == 400, res.text
        assert res.json()["return_code"] == 1501
        assert "owner가 한 명 이상" in res.json()["return_msg"]
    assert await audit_entries(db, "admin.role") == []  # nothing half done
    # With a second owner the first may step down.
    await insert_admin(db, "next-owner", "owner")
    res = await client.patch(f"/admin/v1/admins/{owner_id}", headers=owner, json={"role": "viewer"})
    assert res.status_code == 200 and res.json()["admin"]["role"] == "viewer"


async def test_bad_input_names_the_problem(client, db):
    owner = await open_session(db, await insert_admin(db, "the-owner", "owner"))
    cases = [
        ("POST", "/admins", {"username": "x"}, 400, "username"),
        ("POST", "/admins", {"username": "new-admin", "role": "root"}, 400, "role"),
        ("POST", "/admins", {"username": "the-owner"}, 400, "이미 있는 관리자"),
        ("PATCH", "/admins/999", {"role": "viewer"}, 404, "관리자 999"),
        ("PATCH", "/admins/1", {"status": "gone"}, 400, "status"),
        ("PATCH", "/admins/0", {}, 400, "admin_id"),
    ]
    for method, path, body, status, named in cases:
        res = await client.request(method, f"/admin/v1{path}", headers=owner, json=body)
        assert res.status_code == status, (path, body, res.text)
        assert named in res.json()["return_msg"], (path, body, res.text)
