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
