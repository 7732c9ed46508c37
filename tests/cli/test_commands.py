"""The CLI of CONTRACT.md, run as a real process against the test database."""

import json
import os
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest


@pytest.fixture
def cli(migrated, tmp_path):
    env = os.environ | {
        "DATABASE_URL": migrated,
        "ASSET_API_DATA_DIR": str(tmp_path),
        "ASSET_API_PEPPER": "test-pepper-not-secret",
    }

    def run(*args: str, stdin: str | None = None) -> dict:
        done = subprocess.run(
            [sys.executable, "-m", "asset_api", *args, "--json"],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr + done.stdout
        return json.loads(done.stdout)

    return run


async def test_admin_user_and_key_lifecycle(cli, client, db):
    assert cli("admin", "create", "ops", "--password-stdin", stdin="correct horse battery\n") == {
        "username": "ops"
    }
    user = cli("users", "create", "--name", "정산팀", "--all-accounts")
    issued = cli("keys", "issue", str(user["user_id"]), "--expires-at", "2099-12-31")
    assert len(issued["appkey"]) == 36 and len(issued["secretkey"]) == 180
    expires = datetime.fromisoformat(issued["expires_at"]).astimezone(ZoneInfo("Asia/Seoul"))
    assert expires.isoformat() == "2099-12-31T23:59:59+09:00"  # as the admin API stores it

    listed = cli("keys", "list", "--user", str(user["user_id"]))
    assert [k["appkey"] for k in listed["keys"]] == [issued["appkey"]]
    assert issued["secretkey"] not in json.dumps(listed)

    body = {"grant_type": "client_credentials", "appkey": issued["appkey"]}
    res = await client.post(
        "/asset-erp/v1/get-auth", json=body | {"secretkey": issued["secretkey"]}
    )
    assert res.status_code == 200

    rotated = cli("keys", "rotate", issued["appkey"], "--grace-hours", "0")
    res = await client.post(
        "/asset-erp/v1/get-auth", json=body | {"secretkey": issued["secretkey"]}
    )
    assert res.json()["return_code"] == 1001
    res = await client.post(
        "/asset-erp/v1/get-auth", json=body | {"secretkey": rotated["secretkey"]}
    )
    assert res.status_code == 200

    assert cli("keys", "revoke", issued["appkey"]) == {
        "appkey": issued["appkey"],
        "status": "revoked",
    }
    res = await client.post(
        "/asset-erp/v1/get-auth", json=body | {"secretkey": rotated["secretkey"]}
    )
    assert res.json()["return_code"] == 1002

    actions = [r["action"] for r in await db.fetch("SELECT action FROM audit_log ORDER BY id")]
    assert actions == ["admin.create", "user.create", "key.issue", "key.rotate", "key.revoke"]


def test_cli_errors_are_one_line(migrated, tmp_path):
    env = os.environ | {"DATABASE_URL": migrated, "ASSET_API_PEPPER": "x"}
    done = subprocess.run(
        [sys.executable, "-m", "asset_api", "keys", "revoke", "AAKnope", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["error"].startswith("존재하지 않는 자원입니다")
    assert "Traceback" not in done.stderr


async def test_admin_roles_and_the_second_factor_reset(cli, migrated, tmp_path, db):
    assert cli("admin", "create", "ops", "--password-stdin", stdin="correct horse battery\n") == {
        "username": "ops"
    }
    cli("admin", "create", "auditor", "--role", "viewer", "--password-stdin", stdin="x" * 12)
    roles = await db.fetch(
        "SELECT username, role, password_change_required FROM admins ORDER BY id"
    )
    # operator by default; a password given on stdin is the admin's own
    assert [tuple(r) for r in roles] == [("ops", "operator", False), ("auditor", "viewer", False)]

    # A lost phone: the factor goes, from the machine, audited as the CLI.
    admin_id = await db.fetchval("SELECT id FROM admins WHERE username = 'ops'")
    await db.execute(
        "INSERT INTO admin_mfa (admin_id, secret_sealed, confirmed_at) VALUES ($1, '\\x00', now())",
        admin_id,
    )
    assert cli("admin", "mfa-reset", "ops") == {"username": "ops", "mfa": "reset"}
    assert await db.fetchval("SELECT count(*) FROM admin_mfa") == 0
    actor, action = await db.fetchrow(
        "SELECT actor, action FROM audit_log ORDER BY id DESC LIMIT 1"
    )
    assert (actor, action) == ("cli", "admin.mfa_reset")

    for args, named in [
        (["mfa-reset", "nobody"], "관리자 nobody"),
        (["create", "x", "--role", "root"], "root"),
    ]:
        done = run_admin(migrated, tmp_path, *args)
        assert done.returncode != 0 and "Traceback" not in done.stderr
        assert named in done.stderr.strip().splitlines()[-1], done.stderr


def run_admin(database_url: str, data_dir, *args: str) -> subprocess.CompletedProcess:
    env = os.environ | {"DATABASE_URL": database_url, "ASSET_API_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "asset_api", "admin", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
