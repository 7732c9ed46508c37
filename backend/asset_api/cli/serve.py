"""`asset-api serve` (the API alone) and `asset-api run` (everything `make run` starts)."""

import asyncio
import logging
from pathlib import Path

import uvicorn

from asset_api.settings import get_settings

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[3]


def register(commands) -> None:
    serve = commands.add_parser("serve", help="run the API")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--workers", type=int, default=1)
    serve.set_defaults(handler=serve_command)

    run = commands.add_parser("run", help="database, API, admin SPA and docs in one process")
    run.set_defaults(handler=run_command)


def serve_command(args) -> int:
    settings = get_settings()
    uvicorn.run(
        "asset_api.main:app",
        host=args.host or settings.host,
        port=args.port or settings.port,
        workers=args.workers,
        access_log=False,
        # Realtime frames past this are closed (1009); up to it they are read, and those over
        # 64 KiB answered with 1501 (realtime/protocol.py).
        ws_max_size=settings.max_body_bytes,
        log_level=settings.log_level.lower(),
    )
    return 0


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
        uvicorn.Server(
            uvicorn.Config(
                app,
                host=settings.host,
                port=port,
                access_log=False,
                ws_max_size=settings.max_body_bytes,
                log_level=settings.log_level.lower(),
            )  # fmt: skip
        )
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
