"""What every command shares: one-line errors, --json output, a connection to the database."""

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg

from asset_api.errors import AppError
from asset_api.settings import get_settings


class CliError(Exception):
    """A failure to report to the user in one line (no traceback)."""


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")


def run_with_connection(
    work: Callable[[asyncpg.Connection], Awaitable[Any]], *, migrate_first: bool = True
) -> Any:
    """Run `work` on one connection to the configured database (embedded unless DATABASE_URL),
    migrated first so that a command on a new database just works. A domain error (the
    same refusal the admin API would give) becomes one line for the user."""
    from asset_api.db.migrate import migrate
    from asset_api.db.pool import connect
    from asset_api.db.url import resolve_database_url

    async def go():
        conn = await connect(resolve_database_url(get_settings()))
        try:
            if migrate_first:
                await migrate(conn)
            return await work(conn)
        except AppError as exc:
            raise CliError(exc.return_msg) from None
        finally:
            await conn.close()

    return asyncio.run(go())


def csv_list(value: str | None) -> list[str] | None:
    """A comma-separated option as a list (blank parts dropped); None when not given."""
    return [part.strip() for part in value.split(",") if part.strip()] if value else None


def emit(args: argparse.Namespace, result: dict) -> None:
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


def emit_error(args: argparse.Namespace, message: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps({"error": message}, ensure_ascii=False))
    else:
        print(f"error: {message}", file=sys.stderr)
