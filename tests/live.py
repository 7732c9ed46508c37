"""The API as a real process (`asset-api serve`: uvicorn, httptools, the head limits) on a free
port, and raw-socket exchanges with it for what an HTTP client would hide or refuse to send."""

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

PEPPER = "test-pepper-not-secret"  # the pepper of the `settings` fixture and tests.helpers


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    port: int
    log: Path
    process: subprocess.Popen

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


@contextlib.contextmanager
def api_process(
    database_url: str,
    workdir: Path,
    *,
    server: str = "uvicorn",
    workers: int = 1,
    **settings: str,
) -> Iterator[LiveServer]:
    """`asset-api serve --server S --workers N` against `database_url`; `settings` are
    ASSET_API_* variables (`trusted_proxies="127.0.0.2"` sets ASSET_API_TRUSTED_PROXIES)."""
    port = free_port()
    env = os.environ | {
        "DATABASE_URL": database_url,
        "ASSET_API_PEPPER": PEPPER,
        "ASSET_API_DATA_DIR": str(workdir / "data"),
        "ASSET_API_LOG_LEVEL": "INFO",
    }
    env |= {f"ASSET_API_{name.upper()}": value for name, value in settings.items()}
    log = workdir / f"server-{port}.log"
    command = [sys.executable, "-m", "asset_api", "serve", "--host", "127.0.0.1",
               "--port", str(port), "--server", server, "--workers", str(workers)]  # fmt: skip
    with log.open("w") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = LiveServer(f"http://127.0.0.1:{port}", port, log, process)
    try:
        _wait_until_up(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_up(server: LiveServer) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"the server exited: {server.log_text()[-2000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{server.url}/health/live", timeout=1).status_code == 200:
                return
        time.sleep(0.1)
    raise RuntimeError("the server did not come up within 30 s")


@dataclass
class RawResponse:
    status: int
    headers: dict[str, str]  # names in lower case; a repeated header keeps its last value
    body: bytes


def connect(server: LiveServer, *, source: str | None = None) -> socket.socket:
    """A TCP connection to the server, from `source` (a loopback address) when given."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(10)
    if source:
        sock.bind((source, 0))
    sock.connect(("127.0.0.1", server.port))
    return sock


def exchange(server: LiveServer, request: bytes, *, source: str | None = None) -> RawResponse:
    """Send `request` as it is and read one response (the server closes, or Content-Length)."""
    with connect(server, source=source) as sock:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(request)
        return read_response(sock)


def read_response(sock: socket.socket) -> RawResponse:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise AssertionError(f"connection closed before a response head: {data[:200]!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return RawResponse(int(status_line.split()[1]), headers, body[:length])
