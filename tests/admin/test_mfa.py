"""Second factors: enrolment with a QR code and a manual secret, the login's code step, codes
accepted once, recovery codes spent once, throttling, the reset, and a secret that a dump of
the database cannot turn into codes."""

import asyncio
import re
import time

import pyotp
import pytest

from asset_api.admin import admins, totp
from tests.admin.conftest import audit_entries, insert_admin, open_session
from tests.auth.test_secrets_stay_secret import pg_dump
from tests.helpers import TEST_PEPPER

USERNAME = "mfa-owner"
PASSWORD = "correct horse battery staple"
PASSWORD_HASH = admins.hash_password(PASSWORD)  # once for the module: argon2 is slow on purpose
RECOVERY_CODE = re.compile(r"^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$")


@pytest.fixture
def settings(settings):
    """As production runs: an admin without a second factor may only enrol one."""
    return settings.model_copy(update={"admin_mfa_required": True})


@pytest.fixture
async def admin_id(db) -> int:
    return await insert_admin(db, USERNAME, "owner", password_hash=PASSWORD_HASH)


@pytest.fixture
async def headers(db, admin_id) -> dict[str, str]:
    return await open_session(db, admin_id)


async def enrol(client, headers) -> tuple[pyotp.TOTP, list[str]]:
    started = await client.post("/admin/v1/me/mfa", headers=headers)
    assert started.status_code == 200, started.text
    app = pyotp.TOTP(started.json()["secret"])  # what the admin types into the phone
    confirmed = await client.post(
        "/admin/v1/me/mfa/confirm", headers=headers, json={"code": app.now()}
    )
    assert confirmed.status_code == 200, confirmed.text
    return app, confirmed.json()["recovery_codes"]


def next_code(app: pyotp.TOTP) -> str:
    """The code of the next 30 s step: accepted (a phone's clock may run ahead) and later than
    the one enrolment used, which may not be used again."""
    return app.at(time.time() + totp.STEP_SECONDS)


async def password_step(client) -> str:
    res = await client.post("/admin/v1/login", json={"username": USERNAME, "password": PASSWORD})
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["mfa_required"] is True and "session" not in body
    return body["mfa_token"]


async def code_step(client, mfa_token: str, code: str):
    return await client.post("/admin/v1/login/mfa", json={"mfa_token": mfa_token, "code": code})


async def test_enrolment_shows_a_qr_code_and_the_secret_then_ten_recovery_codes(
    client, db, headers
):
    me = (await client.get("/admin/v1/me", headers=headers)).json()
    assert me["setup_required"] == ["mfa"] and me["mfa_enabled"] is False

    res = await client.post("/admin/v1/me/mfa", headers=headers)
    assert res.status_code == 200 and res.headers["cache-control"] == "no-store"
    body = res.json()
    assert re.fullmatch(r"[A-Z2-7]{32}", body["secret"])
    assert body["otpauth_uri"] == (
        f"otpauth://totp/Asset-API:{USERNAME}?secret={body['secret']}&issuer=Asset-API"
    )
    assert body["qr_svg"].startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert "<path" in body["qr_svg"] and "http" not in body["qr_svg"].split(">", 1)[1]

    app = pyotp.TOTP(body["secret"])
    res = await client.post("/admin/v1/me/mfa/confirm", headers=headers, json={"code": app.now()})
    assert res.status_code == 200 and res.headers["cache-control"] == "no-store"
    codes = res.json()["recovery_codes"]
    assert len(codes) == 10 == len(set(codes))
    assert all(RECOVERY_CODE.match(code) for code in codes)

    me = (await client.get("/admin/v1/me", headers=headers)).json()
    assert me["mfa_enabled"] is True and me["setup_required"] == []
    assert me["recovery_codes_left"] == 10
    assert (await client.get("/admin/v1/dashboard", headers=headers)).status_code == 200

    entries = await audit_entries(db)
    assert [e["action"] for e in entries] == ["admin.mfa_enrol", "admin.mfa_confirm"]
    logged = " ".join(e["detail"] for e in entries)
    assert body["secret"] not in logged and not any(code in logged for code in codes)


async def test_a_second_enrolment_is_refused_once_one_is_confirmed(client, headers):
    await enrol(client, headers)
    res = await client.post("/admin/v1/me/mfa", headers=headers)
    assert res.status_code == 400 and res.json()["return_code"] == 1501
    assert "owner" in res.json()["return_msg"]
    res = await client.post("/admin/v1/me/mfa/confirm", headers=headers, json={"code": "123456"})
    assert res.status_code == 400 and res.json()["return_code"] == 1501


async def test_a_wrong_confirmation_code_is_8003_and_enrols_nothing(client, headers):
    await client.post("/admin/v1/me/mfa", headers=headers)
    res = await client.post("/admin/v1/me/mfa/confirm", headers=headers, json={"code": "000000"})
    assert res.status_code == 401 and res.json()["return_code"] == 8003
    assert res.json()["return_msg"] == "인증 코드가 올바르지 않습니다"
    me = (await client.get("/admin/v1/me", headers=headers)).json()
    assert me["mfa_enabled"] is False


async def test_login_takes_the_password_then_a_code(client, db, headers):
    app, _ = await enrol(client, headers)
    mfa_token = await password_step(client)
    res = await code_step(client, mfa_token, next_code(app))
    assert res.status_code == 200, res.text
    assert res.headers["cache-control"] == "no-store"
    body = res.json()
    assert body["username"] == USERNAME and body["role"] == "owner"
    assert body["idle_timeout"] == 1800 and body["recovery_codes_left"] == 10
    session = {"authorization": f"Bearer {body['session']}"}
    assert (await client.get("/admin/v1/users", headers=session)).status_code == 200

    [login] = await audit_entries(db, "admin.login")
    assert '"second_factor": "totp"' in login["detail"]
    # The token is spent: it cannot make a second session.
    res = await code_step(client, mfa_token, next_code(app))
    assert res.status_code == 401 and res.json()["return_code"] == 8002


async def test_the_same_code_twice_is_refused(client, db, headers):
    app, _ = await enrol(client, headers)
    code = next_code(app)
    assert (await code_step(client, await password_step(client), code)).status_code == 200
    res = await code_step(client, await password_step(client), code)
    assert res.status_code == 401 and res.json()["return_code"] == 8003
    # The code enrolment confirmed cannot log in either (its step is past).
    res = await code_step(client, await password_step(client), app.now())
    assert res.json()["return_code"] == 8003
    failed = await audit_entries(db, "admin.login_failed")
    assert [e["detail"] for e in failed] == ['{"reason": "code"}'] * 2


async def test_ten_wrong_codes_are_throttled(client, db, admin_id, headers):
    app, _ = await enrol(client, headers)
    mfa_token = await password_step(client)
    codes = []
    for _ in range(10):
        res = await code_step(client, mfa_token, "000000")
        codes.append(res.json()["return_code"])
    assert codes[:5] == [8003] * 5
    assert 1700 in codes[5:]
    # Past the free five each failure blocks for 2, 4, 8 ... seconds: few more guesses pass.
    assert codes.count(8003) <= 7, codes
    blocked = await db.fetch("SELECT subject FROM auth_failures WHERE blocked_until > now()")
    assert {r["subject"] for r in blocked} >= {f"mfa:{admin_id}"}

    # While the code is blocked the right one waits too, and a correct password (from another
    # address) does not lift the block: the code's count is its own.
    await db.execute("UPDATE auth_failures SET blocked_until = now() + interval '1 minute'")
    await db.execute("DELETE FROM auth_failures WHERE subject LIKE 'ip:%'")
    res = await code_step(client, mfa_token, next_code(app))
    assert res.status_code == 429 and res.json()["return_code"] == 1700
    res = await code_step(client, await password_step(client), next_code(app))
    assert res.status_code == 429


async def test_a_recovery_code_works_once_and_only_once(client, db, headers):
    _, recovery_codes = await enrol(client, headers)
    code = recovery_codes[3]
    # Typed by hand: lower case, a space instead of the dash.
    res = await code_step(client, await password_step(client), code.lower().replace("-", " "))
    assert res.status_code == 200, res.text
    assert res.json()["recovery_codes_left"] == 9
    res = await code_step(client, await password_step(client), code)
    assert res.status_code == 401 and res.json()["return_code"] == 8003
    [used] = await audit_entries(db, "admin.recovery_code_used")
    assert used["detail"] == '{"left": 9}' and code not in used["detail"]


async def test_an_expired_mfa_token_is_8002(client, db, headers):
    app, _ = await enrol(client, headers)
    mfa_token = await password_step(client)
    await db.execute("UPDATE admin_mfa_challenges SET expires_at = now() - interval '1 second'")
    res = await code_step(client, mfa_token, next_code(app))
    assert res.status_code == 401 and res.json()["return_code"] == 8002
    assert "mfa_token" in res.json()["return_msg"]


async def test_the_reset_removes_the_factor_and_ends_the_sessions(client, db, admin_id, headers):
    await enrol(client, headers)
    other_owner = await open_session(db, await insert_admin(db, "second-owner", "owner"))
    await enrol(client, other_owner)
    res = await client.post("/admin/v1/admins/99/mfa-reset", headers=other_owner)
    assert res.status_code == 404 and res.json()["return_code"] == 1901
    res = await client.post(f"/admin/v1/admins/{admin_id}/mfa-reset", headers=other_owner)
    assert res.status_code == 200, res.text
    assert res.json()["admin"]["mfa_enabled"] is False
    assert res.json()["admin"]["active_sessions"] == 0
    assert (await client.get("/admin/v1/me", headers=headers)).json()["return_code"] == 8002

    res = await client.post("/admin/v1/login", json={"username": USERNAME, "password": PASSWORD})
    assert res.json()["mfa_required"] is False  # a session that may only enrol again
    session = {"authorization": f"Bearer {res.json()['session']}"}
    assert (await client.get("/admin/v1/users", headers=session)).json()["return_code"] == 8010
    [reset] = await audit_entries(db, "admin.mfa_reset")
    assert reset["actor"] == "second-owner"
    assert reset["detail"] == '{"had_factor": true, "sessions_ended": 1}'
    left = "SELECT count(*) FROM admin_recovery_codes WHERE admin_id = $1"
    assert await db.fetchval(left, admin_id) == 0


async def test_a_dump_of_the_database_cannot_produce_codes(client, db, headers, pg_server):
    started = (await client.post("/admin/v1/me/mfa", headers=headers)).json()
    secret = started["secret"]
    app = pyotp.TOTP(secret)
    res = await client.post("/admin/v1/me/mfa/confirm", headers=headers, json={"code": app.now()})
    recovery_codes = res.json()["recovery_codes"]
    mfa_token = await password_step(client)

    dump = await asyncio.to_thread(pg_dump, pg_server, "asset_test")
    assert "admin_mfa" in dump and "admin_recovery_codes" in dump  # the tables are there
    raw_secret = app.byte_secret()
    for value in [secret, secret.lower(), raw_secret.hex(), mfa_token, *recovery_codes]:
        assert value and value not in dump
    for code in recovery_codes:
        assert code.replace("-", "") not in dump

    # What is stored opens only with the server's pepper, and only on its own admin's row.
    row = await db.fetchrow("SELECT admin_id, secret_sealed FROM admin_mfa")
    assert totp.unseal(TEST_PEPPER, row["admin_id"], row["secret_sealed"]) == secret
    assert totp.unseal(b"another-pepper", row["admin_id"], row["secret_sealed"]) is None
    assert totp.unseal(TEST_PEPPER, row["admin_id"] + 1, row["secret_sealed"]) is None
