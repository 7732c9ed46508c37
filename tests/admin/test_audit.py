"""admin-audit-list: the audit log, newest first, filtered and paged."""

from asset_api.admin import admins, audit


async def test_audit_log_newest_first_filtered_and_paged(api, db):
    # What the CLI writes: no admin id, no client IP.
    await admins.create_admin(
        db, actor=audit.CLI, username="night-shift", password="p" * 12, detail={"bootstrap": True}
    )
    user_id = (await api("POST", "/users", json={"name": "감사 대상"})).json()["user"]["user_id"]
    issued = (await api("POST", f"/users/{user_id}/keys", json={})).json()
    await api("POST", f"/keys/{issued['appkey']}/rotate", json={"grace_hours": 1})

    res = await api("GET", "/audit")
    assert res.status_code == 200
    body = res.json()
    actions = [e["action"] for e in body["entries"]]
    # The fixture's admin and login came first, then this test's CLI entry.
    assert actions == [
        "key.rotate",
        "key.issue",
        "user.create",
        "admin.create",
        "admin.login",
        "admin.create",
    ]
    assert body["total"] == 6
    rotate, cli = body["entries"][0], body["entries"][3]
    # Only the keys the action recorded, not every known detail key as null.
    assert set(rotate["detail"]) == {"grace_hours", "previous_valid_until"}
    assert rotate["actor"] == "ops-admin" and rotate["client_ip"] == "203.0.113.7"
    assert rotate["target_type"] == "key" and rotate["target_id"] == issued["appkey"]
    assert rotate["at"].endswith("+09:00")
    # admin access added who was created, with what role, to every admin.create
    assert cli["detail"] == {"bootstrap": True, "username": "night-shift", "role": "operator"}
    assert cli["actor"] == "cli"
    assert cli["client_ip"] is None
    assert issued["secretkey"] not in res.text

    res = await api("GET", "/audit", params={"action": "key.issue"})
    assert [e["target_id"] for e in res.json()["entries"]] == [issued["appkey"]]
    res = await api("GET", "/audit", params={"size": 2, "page": 2})
    assert [e["action"] for e in res.json()["entries"]] == ["user.create", "admin.create"]
