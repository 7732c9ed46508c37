"""`asset-api admin create`, `users create`, `keys issue|rotate|revoke|list`.

The CLI acts as the machine's operator: its changes are audited with the actor 'cli'.
"""

import sys
from datetime import timedelta

from asset_api.cli import CliError, add_json_flag, run_with_connection
from asset_api.errors import AppError
from asset_api.services import admins, keys
from asset_api.services.admin_common import end_of_day_kst
from asset_api.settings import get_settings


def register(commands) -> None:
    admin = commands.add_parser("admin", help="administrators").add_subparsers(title="admin")
    create = admin.add_parser("create", help="create an administrator")
    create.add_argument("username")
    create.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    add_json_flag(create)
    create.set_defaults(handler=admin_create)

    users = commands.add_parser("users", help="API users").add_subparsers(title="users")
    ucreate = users.add_parser("create", help="create an API user")
    ucreate.add_argument("--name", required=True)
    ucreate.add_argument("--email")
    scope = ucreate.add_mutually_exclusive_group()
    scope.add_argument("--accounts", help="account numbers to grant, comma-separated")
    scope.add_argument("--all-accounts", action="store_true", help="every account of the key's env")
    ucreate.add_argument(
        "--env", choices=keys.ENVIRONMENTS, default="real", help="environment of the --accounts"
    )
    ucreate.add_argument("--scopes", help="endpoint scopes, comma-separated (accounts,market)")
    add_json_flag(ucreate)
    ucreate.set_defaults(handler=users_create)

    key_cmds = commands.add_parser("keys", help="access keys").add_subparsers(title="keys")
    issue = key_cmds.add_parser("issue", help="issue a key; the secretkey is shown once")
    issue.add_argument("user_id", type=int)
    issue.add_argument("--expires-at", help="YYYY-MM-DD (valid through that day, Korea time)")
    issue.add_argument("--rate-limit", type=int, default=20, help="requests per second")
    issue.add_argument("--allow-ip", action="append", default=[], metavar="CIDR")
    issue.add_argument("--env", choices=keys.ENVIRONMENTS, default="real")
    issue.add_argument("--scopes", help="endpoint scopes, comma-separated")
    add_json_flag(issue)
    issue.set_defaults(handler=keys_issue)

    rotate = key_cmds.add_parser("rotate", help="new secretkey; the old one works for a grace")
    rotate.add_argument("appkey")
    rotate.add_argument("--grace-hours", type=float, default=24)
    add_json_flag(rotate)
    rotate.set_defaults(handler=keys_rotate)

    revoke = key_cmds.add_parser("revoke", help="revoke a key for good (and its tokens)")
    revoke.add_argument("appkey")
    add_json_flag(revoke)
    revoke.set_defaults(handler=keys_revoke)

    listing = key_cmds.add_parser("list", help="list keys (never a secret)")
    listing.add_argument("--user", type=int, dest="user_id")
    add_json_flag(listing)
    listing.set_defaults(handler=keys_list)


def _run(work):
    """Run `work(conn)`; a domain error becomes one line for the user, not a traceback."""

    async def guarded(conn):
        try:
            return await work(conn)
        except AppError as exc:
            raise CliError(exc.return_msg) from None

    return run_with_connection(guarded)


def _csv(value: str | None) -> list[str] | None:
    return [part.strip() for part in value.split(",") if part.strip()] if value else None


def admin_create(args) -> dict:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = admins.new_password()
        print(f"password (shown once): {password}", file=sys.stderr)

    async def work(conn):
        await admins.create_admin_audited(conn, username=args.username, password=password)
        return {"username": args.username}

    return _run(work)


def users_create(args) -> dict:
    from asset_api.services.data_accounts import grant_accounts

    async def work(conn):
        async with conn.transaction():
            user_id = await keys.create_user(
                conn,
                name=args.name,
                email=args.email,
                all_accounts=args.all_accounts,
                scopes=_csv(args.scopes),
            )
            accounts = _csv(args.accounts) or []
            if accounts:
                await grant_accounts(conn, user_id=user_id, account_nos=accounts, env=args.env)
            await admins.audit(
                conn,
                admin=admins.CLI_ADMIN,
                action="user.create",
                target_type="user",
                target_id=user_id,
                detail={"name": args.name, "accounts": accounts},
            )
        return {"user_id": user_id}

    return _run(work)


def keys_issue(args) -> dict:
    async def work(conn):
        async with conn.transaction():
            issued = await keys.issue_key(
                conn,
                pepper=get_settings().pepper_bytes(),
                user_id=args.user_id,
                env=args.env,
                expires_at=end_of_day_kst("--expires-at", args.expires_at),
                rate_limit=args.rate_limit,
                scopes=_csv(args.scopes),
                allowed_cidrs=args.allow_ip,
            )
            await admins.audit(
                conn,
                admin=admins.CLI_ADMIN,
                action="key.issue",
                target_type="key",
                target_id=issued.appkey,
                detail={"user_id": args.user_id, "env": args.env},
            )
        return {
            "appkey": issued.appkey,
            "secretkey": issued.secretkey,
            "expires_at": issued.expires_at.isoformat() if issued.expires_at else None,
        }

    return _run(work)


def keys_rotate(args) -> dict:
    async def work(conn):
        async with conn.transaction():
            issued = await keys.rotate_key(
                conn,
                pepper=get_settings().pepper_bytes(),
                appkey=args.appkey,
                grace=timedelta(hours=args.grace_hours),
            )
            await admins.audit(
                conn,
                admin=admins.CLI_ADMIN,
                action="key.rotate",
                target_type="key",
                target_id=args.appkey,
                detail={"grace_hours": args.grace_hours},
            )
        return {"appkey": issued.appkey, "secretkey": issued.secretkey}

    return _run(work)


def keys_revoke(args) -> dict:
    async def work(conn):
        async with conn.transaction():
            await keys.set_key_status(conn, appkey=args.appkey, status="revoked")
            await admins.audit(
                conn,
                admin=admins.CLI_ADMIN,
                action="key.revoke",
                target_type="key",
                target_id=args.appkey,
            )
        return {"appkey": args.appkey, "status": "revoked"}

    return _run(work)


def keys_list(args) -> dict:
    async def work(conn):
        return {"keys": await keys.list_keys(conn, user_id=args.user_id)}

    return _run(work)
