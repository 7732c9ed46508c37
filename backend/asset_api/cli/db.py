"""`asset-api db migrate`."""

from asset_api.cli.common import add_json_flag, run_with_connection
from asset_api.db.migrate import migrate


def register(commands) -> None:
    db = commands.add_parser("db", help="database maintenance").add_subparsers(title="db commands")
    migrate_parser = db.add_parser("migrate", help="apply the pending migrations")
    add_json_flag(migrate_parser)
    migrate_parser.set_defaults(handler=migrate_command)


def migrate_command(args) -> dict:
    return {"applied": run_with_connection(migrate, migrate_first=False)}
