"""`asset-api admin create` and `admin mfa-reset`: administrators of the SPA, managed from the
machine (audited as the actor 'cli') by whoever runs the server, e.g. when no owner can log in."""

import sys

from asset_api.admin import admins, audit, mfa
from asset_api.cli.common import add_json_flag, run_with_connection


def register(commands) -> None:
    admin = commands.add_parser("admin", help="administrators").add_subparsers(title="admin")
    create = admin.add_parser("create", help="create an administrator")
    create.add_argument("username")
    create.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    create.add_argument(
        "--role",
        choices=list(reversed(admins.ROLES)),
        default=admins.DEFAULT_ROLE,
        help=f"what the admin may do (default {admins.DEFAULT_ROLE})",
    )
    add_json_flag(create)
    create.set_defaults(handler=admin_create)

    reset = admin.add_parser(
        "mfa-reset", help="remove an administrator's second factor (a lost phone)"
    )
    reset.add_argument("username")
    add_json_flag(reset)
    reset.set_defaults(handler=admin_mfa_reset)


def admin_create(args) -> dict:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = admins.new_password()
        print(f"password (shown once, to be changed at first login): {password}", file=sys.stderr)

    async def work(conn):
        await admins.create_admin(
            conn,
            actor=audit.CLI,
            username=args.username,
            password=password,
            role=args.role,
            # A password printed here was seen by whoever ran this: the admin replaces it.
            password_change_required=not args.password_stdin,
        )
        return {"username": args.username}

    return run_with_connection(work)


def admin_mfa_reset(args) -> dict:
    async def work(conn):
        admin_id = await admins.admin_id_of(conn, args.username)
        await mfa.reset_factor(conn, actor=audit.CLI, admin_id=admin_id)
        return {"username": args.username, "mfa": "reset"}

    return run_with_connection(work)
