"""`asset-api serve` (the API alone) and `asset-api run` (everything `make run` starts)."""

import asyncio
import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import uvicorn

from asset_api.cli.common import CliError, bounded
from asset_api.http.log_format import logging_config
from asset_api.http.server import uvicorn_config, uvicorn_options
from asset_api.settings import Settings, get_settings

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[3]


def register(commands) -> None:
    serve = commands.add_parser("serve", help="run the API")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=bounded(int, 1, 65535), default=None)
    serve.add_argument(
        "--workers", type=bounded(int, 1, 64), default=1, help="worker processes (default 1)"
    )
    serve.add_argument(
        "--server",
        choices=["uvicorn", "granian"],
        default="uvicorn",
        help="the ASGI server (granian: a dev dependency, for comparing them)",
    )
    serve.set_defaults(handler=serve_command)

    run = commands.add_parser("run", help="database, API, admin SPA and docs in one process")
    run.set_defaults(handler=run_command)


APP_TARGET = "asset_api.main:app"


def serve_command(args) -> int:
    settings = get_settings()
    host, port = args.host or settings.host, args.port or settings.port
    with metrics_folder(settings):
        if args.server == "granian":
            _serve_with_granian(settings, host, port, args.workers)
        else:
            uvicorn.run(
                APP_TARGET,
                host=host,
                port=port,
                workers=args.workers,
                log_config=logging_config(settings),
                **uvicorn_options(settings),
            )
    return 0


@contextlib.contextmanager
def metrics_folder(settings: Settings) -> Iterator[Path]:
    """PROMETHEUS_MULTIPROC_DIR for this run's workers, empty at the start (the library's
    rule: files of an earlier run would be added to this one's) and, when we made it, gone at
    the end. Set before any worker imports prometheus-client, which reads it once."""
    given = settings.prometheus_multiproc_dir
    if given is not None:
        given.mkdir(parents=True, exist_ok=True)
        for stale in given.glob("*.db"):
            stale.unlink()
        folder = given
    else:
        folder = Path(tempfile.mkdtemp(prefix="asset-api-metrics-"))
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)  # inherited by every worker
    try:
        yield folder
    finally:
        if given is None:
            shutil.rmtree(folder, ignore_errors=True)


def _serve_with_granian(settings: Settings, host: str, port: int, workers: int) -> None:
    try:
        from granian import Granian
        from granian.http import HTTP1Settings
    except ImportError:
        raise CliError("granian이 설치되어 있지 않습니다: pip install -e '.[dev]'") from None
    Granian(
        APP_TARGET,
        address=host,
        port=port,
        interface="asgi",
        workers=workers,
        loop="uvloop",
        http="1",
        websockets=False,
        http1_settings=HTTP1Settings(max_buffer_size=settings.granian_buffer_bytes),
        log_level=settings.log_level.lower(),
        log_dictconfig=logging_config(settings),
    ).serve()


def run_command(args) -> int:
    from asset_api.app import create_app
    from asset_api.cli.bootstrap import bootstrap
    from asset_api.db.url import resolve_database_url
    from asset_api.http.static_sites import static_site

    settings = get_settings()
    dsn = resolve_database_url(settings)
    asyncio.run(bootstrap(dsn))
    sites = [
        ("API", create_app(settings, database_url=dsn), settings.port),
        ("관리자 SPA", static_site(REPO_ROOT / "frontend", spa=True), settings.spa_port),
        ("API 문서", static_site(REPO_ROOT / "docs-site" / "site"), settings.docs_port),
    ]
    servers = [
        uvicorn.Server(uvicorn_config(app, settings, host=settings.host, port=port))
        for _, app, port in sites
    ]
    print("\nAsset-API is up:")
    for name, _, port in sites:
        print(f"  {name:<10} http://{settings.host}:{port}/")
    print("Ctrl-C stops everything (the database too).\n", flush=True)
    try:
        asyncio.run(_serve_all(servers))
    except KeyboardInterrupt:
        # uvicorn re-raises the Ctrl-C it handled once the servers are down; nothing is wrong.
        pass
    print("Asset-API stopped; the embedded database stops with it.")
    return 0


async def _serve_all(servers: list[uvicorn.Server]) -> None:
    await asyncio.gather(*(server.serve() for server in servers))
