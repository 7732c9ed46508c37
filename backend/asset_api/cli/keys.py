"""`asset-api keys issue|rotate|revoke|list`: access keys, managed from the machine (audited
as 'cli'), through the same services as the admin API."""

from asset_api.admin import api_keys, audit
from asset_api.admin.api_keys import MAX_GRACE_HOURS
from asset_api.admin.korea_time import end_of_day_kst
from asset_api.auth.keys import RATE_LIMIT_RANGE
from asset_api.cli.common import ROW_ID, add_json_flag, bounded, csv_list, run_with_connection
from asset_api.domain import ENVIRONMENTS
from asset_api.settings import get_settings


def register(commands) -> None:
    keys = commands.add_parser("keys", help="access keys").add_subparsers(title="keys")
    issue = keys.add_parser("issue", help="issue a key; the secretkey is shown once")
    issue.add_argument("user_id", type=ROW_ID)
    issue.add_argument("--expires-at", help="YYYY-MM-DD (valid through that day, Korea time)")
    issue.add_argument(
        "--rate-limit", type=bounded(int, *RATE_LIMIT_RANGE), default=20,
        help="requests per second ({}-{})".format(*RATE_LIMIT_RANGE),
    )  # fmt: skip
    issue.add_argument("--allow-ip", action="append", default=[], metavar="CIDR")
    issue.add_argument("--env", choices=ENVIRONMENTS, default="real")
    issue.add_argument("--scopes", help="endpoint scopes, comma-separated")
    add_json_flag(issue)
    issue.set_defaults(handler=keys_issue)

    rotate = keys.add_parser("rotate", help="new secretkey; the old one works for a grace")
    rotate.add_argument("appkey")
    rotate.add_argument(
        "--grace-hours", type=bounded(float, 0, MAX_GRACE_HOURS), default=24,
        help=f"hours the old secretkey keeps working (0-{MAX_GRACE_HOURS})",
    )  # fmt: skip
    add_json_flag(rotate)
    rotate.set_defaults(handler=keys_rotate)

    revoke = keys.add_parser("revoke", help="revoke a key for good (and its tokens)")
    revoke.add_argument("appkey")
    add_json_flag(revoke)
    revoke.set_defaults(handler=keys_revoke)

    listing = keys.add_parser("list", help="list keys (never a secret)")
    listing.add_argument("--user", type=ROW_ID, dest="user_id")
    add_json_flag(listing)
    listing.set_defaults(handler=keys_list)


def keys_issue(args) -> dict:
    async def work(conn):
        issued = await api_keys.issue_key(
            conn,
            actor=audit.CLI,
            pepper=get_settings().pepper_bytes(),
            user_id=args.user_id,
            env=args.env,
            expires_at=end_of_day_kst("--expires-at", args.expires_at),
            rate_limit=args.rate_limit,
            scopes=csv_list(args.scopes),
            allowed_cidrs=args.allow_ip,
        )
        return {
            "appkey": issued.appkey,
            "secretkey": issued.secretkey,
            "expires_at": issued.key["expires_at"],
        }

    return run_with_connection(work)


def keys_rotate(args) -> dict:
    async def work(conn):
        rotated = await api_keys.rotate_key(
            conn,
            actor=audit.CLI,
            pepper=get_settings().pepper_bytes(),
            appkey=args.appkey,
            grace_hours=args.grace_hours,
        )
        return {"appkey": rotated.appkey, "secretkey": rotated.secretkey}

    return run_with_connection(work)


def keys_revoke(args) -> dict:
    async def work(conn):
        # Other processes' token caches let go of the key's tokens within token_cache_seconds.
        key = await api_keys.revoke_key(conn, actor=audit.CLI, appkey=args.appkey, cache=None)
        return {"appkey": key["appkey"], "status": key["status"]}

    return run_with_connection(work)


def keys_list(args) -> dict:
    async def work(conn):
        return {"keys": await api_keys.all_keys(conn, user_id=args.user_id)}

    return run_with_connection(work)
