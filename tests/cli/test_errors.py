"""Finding 7: every mistake at the CLI, whatever command, is one line naming the problem (an
error object with --json) and a non-zero exit, never a traceback; ranges are checked before
the database is asked."""

import json
import os
import subprocess
import sys

import pytest

# (arguments, a word the one line must contain)
MISTAKES = [
    (["keys", "issue", "1", "--rate-limit", "100000"], "rate-limit"),
    (["keys", "issue", "1", "--rate-limit", "lots"], "rate-limit"),
    (["keys", "issue", "99999999999999999999"], "user_id"),
    (["keys", "issue", "424242"], "사용자 424242"),
    (["keys", "issue", "1", "--expires-at", "2020-13-45"], "expires-at"),
    (["keys", "issue", "1", "--allow-ip", "10.0.0.999/8"], "allowed_cidrs"),
    (["keys", "rotate", "AAKnope", "--grace-hours", "1e9"], "grace-hours"),
    (["keys", "rotate", "AAKnope", "--grace-hours", "nan"], "grace-hours"),
    (["keys", "revoke", "AAKnope"], "AAKnope"),
    (["keys", "list", "--user", "someone"], "--user"),
    (["users", "create", "--name", ""], "name"),
    (["users", "create", "--name", "팀", "--email", "a@" + "b" * 200], "email"),
    (["users", "create", "--name", "팀", "--scopes", "everything"], "scopes"),
    (["users", "create", "--name", "팀", "--accounts", "0000000000"], "0000000000"),
    (["admin", "create", "x", "--password-stdin"], "password"),
    (["data", "load", "/no/such/folder"], "/no/such/folder"),
    (["serve", "--port", "70000"], "--port"),
    (["frobnicate"], "frobnicate"),
]


def run(args: list[str], env: dict[str, str], *, json_flag: bool) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "asset_api", *args, *(["--json"] if json_flag else [])],
        input="short\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.fixture
def cli_env(migrated, tmp_path, db) -> dict[str, str]:
    return os.environ | {
        "DATABASE_URL": migrated,
        "ASSET_API_DATA_DIR": str(tmp_path),
        "ASSET_API_PEPPER": "test-pepper-not-secret",
    }


def case_id(args: list[str]) -> str:
    return " ".join(args)[:40]


@pytest.mark.parametrize(("args", "named"), MISTAKES, ids=[case_id(a) for a, _ in MISTAKES])
def test_a_mistake_is_one_json_error_object(args, named, cli_env):
    done = run(args, cli_env, json_flag=True)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout + done.stderr
    error = json.loads(lines[0])["error"]
    assert named in error, error


ON_STDERR = MISTAKES[:1] + MISTAKES[9:10] + MISTAKES[-1:]


@pytest.mark.parametrize(("args", "named"), ON_STDERR, ids=[case_id(a) for a, _ in ON_STDERR])
def test_a_mistake_is_one_line_on_stderr(args, named, cli_env):
    done = run(args, cli_env, json_flag=False)
    assert done.returncode != 0
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: "), done.stderr
    assert named in done.stderr


def test_an_unreachable_database_is_one_line(tmp_path):
    env = os.environ | {
        "DATABASE_URL": "postgresql://nobody@127.0.0.1:9/none",
        "ASSET_API_DATA_DIR": str(tmp_path),
    }
    done = run(["db", "migrate"], env, json_flag=True)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "DATABASE_URL" in json.loads(done.stdout)["error"]
