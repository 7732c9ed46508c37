"""`asset-api admin create`: administrators of the SPA, created from the machine (audited as
the actor 'cli')."""

import sys

from asset_api.admin import admins, audit
from asset_api.cli.common import add_json_flag, run_with_connection


def register(commands) -> None:
    admin = commands.add_parser("admin", help="administrators").add_subparsers(title="admin")
    create = admin.add_parser("create", help="create an administrator")
    create.add_argument("username")
    create.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    add_json_flag(create)
    create.set_defaults(handler=admin_create)


def admin_create(args) -> dict:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = admins.new_password()
        print(f"password (shown once): {password}", file=sys.stderr)

    async def work(conn):
        await admins.create_admin(conn, actor=audit.CLI, username=args.username, password=password)
        return {"username": args.username}

    return run_with_connection(work)
