"""The server keeps its specs: schemathesis (every check, every phase) against the real server.

`asset-api serve` runs on a free port against the test database, loaded with the demo dataset,
a key that sees every account (at the top rate limit, so the run is not throttled into 1700s),
its bearer token and an admin session. schemathesis reads the server's own /openapi.json
(generated from api-spec/) and sends a bounded number of cases per operation, positive and
negative, with all its checks; any failure fails this test with schemathesis's report. The
rules JSON Schema cannot state (a period of real dates in order, an opaque next-key) are given
to it in schemathesis_hooks.py.

It runs three times, in an order that keeps the credentials alive while they are needed: the
public API with the bearer token; the admin API with the session (its stateful phase may well
revoke the key and disable the user, which is why it comes second); the admin logout alone,
which ends the session.
"""

import os
import subprocess
import sys

import httpx
import pytest

from asset_api.admin import audit
from asset_api.admin.admins import create_admin
from asset_api.ingest.demo import load_demo
from tests.conftest import REPO_ROOT
from tests.helpers import get_token, make_key
from tests.live import api_process

# Cases per operation and phase: bounded so that the three runs stay within about a minute.
MAX_EXAMPLES = 40
SEED = "20261201"  # a fixed seed: the same cases every run, so a failure is reproducible
ADMIN, PASSWORD = "schemathesis", "correct horse battery staple"


@pytest.fixture(scope="module")
def server(migrated, tmp_path_factory):
    with api_process(
        migrated, tmp_path_factory.mktemp("schemathesis"), log_level="WARNING"
    ) as live:
        yield live


def schemathesis(server, workdir, auth: str, *selection: str) -> subprocess.CompletedProcess:
    config = workdir / "schemathesis.toml"
    config.write_text(auth)
    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run",
        f"{server.url}/openapi.json", "--url", server.url,
        "--checks", "all", "--max-examples", str(MAX_EXAMPLES), "--seed", SEED,
        "--workers", "1", "--no-color", *selection,
    ]  # fmt: skip
    env = os.environ | {
        "SCHEMATHESIS_HOOKS": "tests.specgen.schemathesis_hooks",
        "PYTHONPATH": str(REPO_ROOT),
    }
    return subprocess.run(
        command, capture_output=True, text=True, timeout=300, cwd=workdir, env=env
    )


def report(done: subprocess.CompletedProcess) -> str:
    return (done.stdout + done.stderr)[-12000:]


async def test_the_server_keeps_its_specs(server, db, client, tmp_path):
    await load_demo(db, None)
    creds = await make_key(db, all_accounts=True)
    await get_token(client, creds)  # the in-process app and the server share the database
    await create_admin(db, actor=audit.CLI, username=ADMIN, password=PASSWORD)
    async with httpx.AsyncClient(base_url=server.url) as http:
        login = await http.post("/admin/v1/login", json={"username": ADMIN, "password": PASSWORD})
    session = login.json()["session"]

    public = schemathesis(
        server, tmp_path, f'[auth.openapi.bearer]\nbearer = "{creds.token}"\n',
        "--exclude-path-regex", "^/admin/",
    )  # fmt: skip
    assert public.returncode == 0, report(public)

    admin = schemathesis(
        server, tmp_path, f'[auth.openapi.adminSession]\nbearer = "{session}"\n',
        "--include-path-regex", "^/admin/", "--exclude-path", "/admin/v1/logout",
    )  # fmt: skip
    assert admin.returncode == 0, report(admin)

    logout = schemathesis(
        server, tmp_path, f'[auth.openapi.adminSession]\nbearer = "{session}"\n',
        "--include-path", "/admin/v1/logout",
    )  # fmt: skip
    assert logout.returncode == 0, report(logout)
