"""What every command shares: one-line errors, --json output, a connection to the database."""

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from typing import Any, NoReturn

import asyncpg

from asset_api.domain import MAX_BIGINT
from asset_api.errors import AppError
from asset_api.settings import get_settings


class CliError(Exception):
    """A failure to report to the user in one line (no traceback)."""


class CliArgumentParser(argparse.ArgumentParser):
    """argparse, with its mistakes reported like every other CLI error: one line (an error
    object with --json) naming the option and what to do, exit status 2."""

    def error(self, message: str) -> NoReturn:
        wants_json = "--json" in sys.argv[1:]
        emit_error(argparse.Namespace(json=wants_json), f"{self.prog}: {message} (--help 참고)")
        sys.exit(2)


def bounded(kind: Callable[[str], Any], low: float, high: float) -> Callable[[str], Any]:
    """An argparse `type` for a number of `kind` within [low, high], so a value out of range
    is refused before the database is asked."""

    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"숫자가 아닙니다: {text!r}") from None
        if not low <= value <= high:  # NaN too
            raise argparse.ArgumentTypeError(f"{low:g}~{high:g} 사이여야 합니다 ({text})")
        return value

    parse.__name__ = kind.__name__
    return parse


# A row id (a user's), as the database's bigint holds it.
ROW_ID = bounded(int, 1, MAX_BIGINT)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")


def run_with_connection(
    work: Callable[[asyncpg.Connection], Awaitable[Any]], *, migrate_first: bool = True
) -> Any:
    """Run `work` on one connection to the configured database (embedded unless DATABASE_URL),
    migrated first so that a command on a new database just works. A domain error (the
    same refusal the admin API would give) becomes one line for the user."""
    from asset_api.db.migrate import migrate
    from asset_api.db.pool import DATABASE_DOWN_ERRORS, connect
    from asset_api.db.url import resolve_database_url

    async def go():
        try:
            conn = await connect(resolve_database_url(get_settings()))
        except DATABASE_DOWN_ERRORS as exc:
            raise CliError(
                f"데이터베이스에 연결할 수 없습니다 ({type(exc).__name__}: {_first_line(exc)}); "
                "DATABASE_URL (or ASSET_API_DATA_DIR) and the database server"
            ) from None
        try:
            if migrate_first:
                await migrate(conn)
            return await work(conn)
        except AppError as exc:
            raise CliError(exc.return_msg) from None
        except asyncpg.PostgresError as exc:
            raise CliError(f"데이터베이스가 거절했습니다: {_first_line(exc)}") from None
        finally:
            await conn.close()

    return asyncio.run(go())


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [""])[0]


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
