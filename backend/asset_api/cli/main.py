"""`asset-api`: the console script. With --json every command prints one JSON object."""

import argparse
import logging.config
from typing import Any

from asset_api.cli import admins, data, db, keys, serve, spec, sync, users
from asset_api.cli.common import CliArgumentParser, CliError, emit, emit_error
from asset_api.http.log_format import logging_config
from asset_api.settings import get_settings

log = logging.getLogger(__name__)

COMMAND_GROUPS = [serve, db, spec, admins, users, keys, data, sync]


def build_parser() -> argparse.ArgumentParser:
    parser = CliArgumentParser(prog="asset-api", description=__doc__)
    commands = parser.add_subparsers(title="commands")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    logging.config.dictConfig(logging_config(get_settings()))
    try:
        result: Any = args.handler(args)
    except CliError as exc:
        emit_error(args, str(exc))
        return 1
    except Exception as exc:
        # Still one line for the user; the trace only with ASSET_API_LOG_LEVEL=DEBUG.
        log.debug("unexpected error", exc_info=True)
        emit_error(args, f"예기치 못한 오류입니다 ({type(exc).__name__}: {exc}); "
                         "ASSET_API_LOG_LEVEL=DEBUG shows the trace")  # fmt: skip
        return 1
    if isinstance(result, int):
        return result
    if result is not None:
        emit(args, result)
    return 0
