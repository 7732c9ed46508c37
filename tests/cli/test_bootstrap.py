"""What `make run` does to a new database, and that a second run changes nothing."""

import re
from datetime import timedelta

from asset_api.admin import admins, sessions
from asset_api.cli.bootstrap import bootstrap
from asset_api.db import embedded
from asset_api.db.pool import connect


async def test_first_run_creates_an_admin_and_demo_data_once(pg_server, capsys):
    url = embedded.database_url(pg_server, "bootstrap_test")
    await bootstrap(url)
    first = capsys.readouterr().out
    password = re.search(r"password: (\S+)", first).group(1)
    assert "migrations applied" in first and "demo dataset loaded" in first

    conn = await connect(url)
    try:
        assert await admins.admin_count(conn) == 1
        logged_in = await sessions.login(
            conn,
            pepper=b"p",
            policy=sessions.SessionPolicy(timedelta(hours=8), timedelta(minutes=30)),
            username="admin",
            password=password,
            client_ip=None,
            request_id=None,
        )
        assert logged_in.session
        assert logged_in.admin.role == "owner"  # the first admin may do everything
        envs = await conn.fetch("SELECT DISTINCT env FROM accounts ORDER BY env")
        assert [r["env"] for r in envs] == ["mock", "real"]
        audited = await conn.fetchval(
            "SELECT count(*) FROM audit_log WHERE action = 'admin.create'"
        )
        assert audited == 1

        await bootstrap(url)
        second = capsys.readouterr().out
        assert "password" not in second  # shown only once, on the first run
        assert await admins.admin_count(conn) == 1
    finally:
        await conn.close()
