"""`asset-api sync kiwoom`: pull an account's holdings, cash and instruments from Kiwoom."""

from asset_api.cli.common import CliError, add_json_flag, run_with_connection
from asset_api.settings import Settings, get_settings


def register(commands) -> None:
    sync = commands.add_parser(
        "sync", help="pull data from brokers' APIs into the real environment"
    )
    brokers = sync.add_subparsers(title="sync commands")

    kiwoom = brokers.add_parser(
        "kiwoom",
        help="holdings, cash and instruments of one account from the Kiwoom REST API",
        description=(
            "Reads the account's evaluation balance (kt00018), deposit (kt00001) and each held "
            "stock's basic info (ka10001, ka10100) with the Kiwoom appkey/secretkey of the "
            "settings (ASSET_API_KIWOOM_APPKEY, ASSET_API_KIWOOM_SECRETKEY), then makes the "
            "account's holdings, cash and instruments in the real environment equal to them, "
            "in one transaction. Running it twice changes nothing the second time; a Kiwoom "
            "error changes nothing at all."
        ),
    )
    kiwoom.add_argument(
        "--account",
        metavar="ACCOUNT_NO",
        help="the Kiwoom appkey's 10-digit account (default: ASSET_API_KIWOOM_ACCOUNT_NO)",
    )
    add_json_flag(kiwoom)
    kiwoom.set_defaults(handler=kiwoom_command)


def kiwoom_command(args) -> dict:
    from asset_api.ingest.kiwoom_sync import SyncError, kiwoom_client, sync_kiwoom_account

    settings = get_settings()
    appkey, secretkey = _kiwoom_credentials(settings)
    account_no = _account_no(args, settings)

    async def sync(conn) -> dict:
        async with kiwoom_client(settings.kiwoom_base_url, appkey, secretkey) as client:
            summary = await sync_kiwoom_account(conn, client=client, account_no=account_no)
        return summary.as_dict()

    try:
        return run_with_connection(sync)
    except SyncError as exc:
        raise CliError(f"{exc}; 데이터베이스는 바뀌지 않았습니다 (nothing written)") from None


def _kiwoom_credentials(settings: Settings) -> tuple[str, str]:
    if settings.kiwoom_appkey is None or settings.kiwoom_secretkey is None:
        raise CliError(
            "키움 API 키가 설정되지 않았습니다 (Kiwoom credentials not set): "
            "ASSET_API_KIWOOM_APPKEY, ASSET_API_KIWOOM_SECRETKEY"
        )
    return settings.kiwoom_appkey.get_secret_value(), settings.kiwoom_secretkey.get_secret_value()


def _account_no(args, settings: Settings) -> str:
    # A Kiwoom appkey belongs to one account: the settings name it, --account overrides.
    account_no = args.account or settings.kiwoom_account_no
    if not account_no:
        raise CliError("--account ACCOUNT_NO가 필요합니다 (the Kiwoom account number is required)")
    return account_no
