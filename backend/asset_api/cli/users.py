"""`asset-api users create`: API users, created from the machine (audited as 'cli')."""

from asset_api.admin import api_users, audit
from asset_api.cli.common import add_json_flag, csv_list, run_with_connection
from asset_api.domain import ENVIRONMENTS


def register(commands) -> None:
    users = commands.add_parser("users", help="API users").add_subparsers(title="users")
    create = users.add_parser("create", help="create an API user")
    create.add_argument("--name", required=True)
    create.add_argument("--email")
    scope = create.add_mutually_exclusive_group()
    scope.add_argument("--accounts", help="account numbers to grant, comma-separated")
    scope.add_argument("--all-accounts", action="store_true", help="every account of the key's env")
    create.add_argument(
        "--env", choices=ENVIRONMENTS, default="real", help="environment of the --accounts"
    )
    create.add_argument("--scopes", help="endpoint scopes, comma-separated (accounts,market)")
    add_json_flag(create)
    create.set_defaults(handler=users_create)


def users_create(args) -> dict:
    async def work(conn):
        user = await api_users.create_user(
            conn,
            actor=audit.CLI,
            name=args.name,
            email=args.email,
            all_accounts=args.all_accounts,
            scopes=csv_list(args.scopes),
            accounts=csv_list(args.accounts),
            env=args.env,
        )
        return {"user_id": user["user_id"]}

    return run_with_connection(work)
