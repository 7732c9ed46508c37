"""`asset-api sync kiwoom`: recorded-shape Kiwoom answers in (respx), rows in PostgreSQL out."""

import asyncio
import json
from datetime import date

import httpx
import pytest
import respx

from asset_api.cli import main as cli
from asset_api.ingest.dataset import Dataset, write_dataset
from asset_api.ingest.kiwoom_sync import (
    SyncError,
    instrument_code,
    kiwoom_client,
    kiwoom_decimal,
    kiwoom_int,
    normalize_account_no,
    sync_kiwoom_account,
)
from asset_api.settings import get_settings
from tests.ingest.kiwoom_fake import (
    EXPECTED_DEPOSIT,
    EXPECTED_HOLDINGS,
    EXPECTED_INSTRUMENTS,
    KIWOOM,
    KT00018_NEXT_KEY,
    FakeKiwoom,
    answer,
)

ACCOUNT = "5512345611"
OTHER_ACCOUNT = "5512345622"
TODAY = date(2026, 11, 20)


@pytest.fixture
def kiwoom():
    with respx.mock(assert_all_called=False) as router:
        yield FakeKiwoom(router)


async def sync(db, account_no: str = ACCOUNT):
    async with kiwoom_client(KIWOOM, "kiwoom-appkey", "kiwoom-secret") as client:
        return await sync_kiwoom_account(db, client=client, account_no=account_no, today=TODAY)


async def holdings(db, account_no: str = ACCOUNT) -> list[tuple]:
    rows = await db.fetch(
        """SELECT i.code, h.quantity, h.purchase_amount
           FROM holdings h JOIN accounts a ON a.id = h.account_id
           JOIN instruments i ON i.id = h.instrument_id
           WHERE a.env = 'real' AND a.account_no = $1 ORDER BY i.code""",
        account_no,
    )
    return [tuple(row) for row in rows]


async def deposit(db, account_no: str = ACCOUNT) -> int | None:
    return await db.fetchval(
        """SELECT c.deposit FROM cash_balances c JOIN accounts a ON a.id = c.account_id
           WHERE a.env = 'real' AND a.account_no = $1""",
        account_no,
    )


async def instruments(db) -> list[tuple]:
    rows = await db.fetch(
        "SELECT code, isin, name, market, sector, listed_shares FROM instruments"
        " WHERE env = 'real' ORDER BY code"
    )
    return [tuple(row) for row in rows]


async def everything(db) -> dict[str, list[tuple]]:
    """Every row of the tables a sync may touch, with xmin: equal means not even rewritten."""
    tables = ("accounts", "instruments", "holdings", "cash_balances")
    return {
        table: [
            tuple(r) for r in await db.fetch(f"SELECT xmin::text, * FROM {table} ORDER BY 2, 3")
        ]
        for table in tables
    }


def existing_data() -> Dataset:
    """What a previous load left: account ACCOUNT holding 10 Samsung and 7 Kakao, another
    account's holding that the sync must not touch."""
    return Dataset(
        accounts=[
            (ACCOUNT, "위탁종합", "키움증권", "KRW", date(2020, 3, 2), "active"),
            (OTHER_ACCOUNT, "연금저축", "키움증권", "KRW", date(2021, 7, 1), "active"),
        ],
        instruments=[
            ("005930", "KR7005930003", "삼성전자", "KOSPI", "전기·전자", 5_969_782_550, "KRW"),
            ("035720", "KR7035720002", "카카오", "KOSPI", "서비스업", 445_686_012, "KRW"),
        ],
        holdings=[
            (ACCOUNT, "005930", 10, 700_000),
            (ACCOUNT, "035720", 7, 350_000),
            (OTHER_ACCOUNT, "005930", 3, 210_000),
        ],
        cash_balances=[(ACCOUNT, 500), (OTHER_ACCOUNT, 42)],
    )


# --- a first sync into an empty database ------------------------------------------------------


async def test_first_sync_writes_account_holdings_cash_and_instruments(db, kiwoom):
    summary = await sync(db)

    assert await holdings(db) == EXPECTED_HOLDINGS
    assert await deposit(db) == EXPECTED_DEPOSIT
    assert await instruments(db) == EXPECTED_INSTRUMENTS
    account = await db.fetchrow("SELECT * FROM accounts WHERE account_no = $1", ACCOUNT)
    assert (account["env"], account["name"], account["broker"], account["opened_on"]) == (
        "real",
        "키움증권 위탁계좌",
        "키움증권",
        TODAY,
    )
    assert summary.as_dict() == {
        "account_no": ACCOUNT,
        "accounts": 1,
        "accounts_created": 1,
        "holdings_inserted": 3,
        "holdings_updated": 0,
        "holdings_removed": 0,
        "holdings_unchanged": 0,
        "instruments_inserted": 3,
        "instruments_updated": 0,
        "instruments_unchanged": 0,
        "deposit": 1_234_567,
        "cash_changed": True,
        "kiwoom_total_evaluation_amount": 2_382_700,
        "kiwoom_total_profit_rate": "-2.75",
        "changed": True,
    }


async def test_kiwoom_is_called_as_documented(db, kiwoom):
    await sync(db)

    assert kiwoom.tr_calls() == [
        ("kt00018", {"qry_tp": "1", "dmst_stex_tp": "KRX"}, None),
        ("kt00018", {"qry_tp": "1", "dmst_stex_tp": "KRX"}, KT00018_NEXT_KEY),
        ("kt00001", {"qry_tp": "2"}, None),
        *[
            (api_id, {"stk_cd": code}, None)
            for code in ("000660", "005930", "247540")
            for api_id in ("ka10001", "ka10100")
        ],
    ]
    page_2 = [c.request for c in kiwoom.account_route.calls][1]
    assert page_2.headers["cont-yn"] == "Y"
    assert page_2.headers["authorization"] == "Bearer kiwoom-token-1"
    assert json.loads(kiwoom.token_route.calls.last.request.content) == {
        "grant_type": "client_credentials",
        "appkey": "kiwoom-appkey",
        "secretkey": "kiwoom-secret",
    }
    # One token for the whole sync, revoked at the end.
    assert kiwoom.token_route.call_count == 1
    assert json.loads(kiwoom.revoke_route.calls.last.request.content)["token"] == "kiwoom-token-1"


async def test_second_sync_changes_nothing(db, kiwoom):
    await sync(db)
    before = await everything(db)

    summary = await sync(db)

    assert await everything(db) == before  # same rows, same xmin: nothing was even rewritten
    assert not summary.changed
    assert summary.as_dict() | {"kiwoom_total_evaluation_amount": 0} == {
        "account_no": ACCOUNT,
        "accounts": 1,
        "accounts_created": 0,
        "holdings_inserted": 0,
        "holdings_updated": 0,
        "holdings_removed": 0,
        "holdings_unchanged": 3,
        "instruments_inserted": 0,
        "instruments_updated": 0,
        "instruments_unchanged": 3,
        "deposit": 1_234_567,
        "cash_changed": False,
        "kiwoom_total_evaluation_amount": 0,
        "kiwoom_total_profit_rate": "-2.75",
        "changed": False,
    }


# --- a sync over loaded data --------------------------------------------------------------------


async def test_sync_replaces_the_accounts_holdings_set(db, kiwoom):
    await write_dataset(db, env="real", dataset=existing_data())
    account_before = await db.fetchrow("SELECT * FROM accounts WHERE account_no = $1", ACCOUNT)

    summary = await sync(db)

    assert await holdings(db) == EXPECTED_HOLDINGS  # Kakao gone, Samsung 10 → 20, two new
    assert await deposit(db) == EXPECTED_DEPOSIT
    assert await holdings(db, OTHER_ACCOUNT) == [("005930", 3, 210_000)]  # not this sync's
    assert await deposit(db, OTHER_ACCOUNT) == 42
    # The account row (name, opening date) is the loaded one; Kiwoom doesn't know better.
    assert await db.fetchrow("SELECT * FROM accounts WHERE account_no = $1", ACCOUNT) == (
        account_before
    )
    # Instruments: Kiwoom's name/sector/count win, the ISIN stays; Kakao's row is kept.
    assert await instruments(db) == [
        EXPECTED_INSTRUMENTS[0],
        EXPECTED_INSTRUMENTS[1],
        ("035720", "KR7035720002", "카카오", "KOSPI", "서비스업", 445_686_012),
        EXPECTED_INSTRUMENTS[2],
    ]
    result = summary.as_dict()
    assert (result["accounts_created"], result["cash_changed"]) == (0, True)
    assert [result[f"holdings_{k}"] for k in ("inserted", "updated", "removed", "unchanged")] == [
        2,
        1,
        1,
        0,
    ]
    assert [result[f"instruments_{k}"] for k in ("inserted", "updated", "unchanged")] == [2, 1, 0]


async def test_empty_sector_and_count_keep_the_stored_ones(db, kiwoom):
    loaded = existing_data()
    loaded.instruments.append(
        ("247540", "KR7247540008", "에코프로비엠", "KOSDAQ", "전기·전자", 97_801_344, "KRW")
    )
    await write_dataset(db, env="real", dataset=loaded)
    kiwoom.fail(
        "ka10100",
        "247540",
        answer(
            {"code": "247540", "marketCode": "10", "listCount": "", "upName": "", "return_code": 0}
        ),
    )
    kiwoom.fail(
        "ka10001", "247540", answer({"stk_nm": "에코프로비엠", "flo_stk": "", "return_code": 0})
    )

    await sync(db)

    assert ("247540", "KR7247540008", "에코프로비엠", "KOSDAQ", "전기·전자", 97_801_344) in (
        await instruments(db)
    )


async def test_an_account_that_holds_nothing(db, kiwoom):
    await write_dataset(db, env="real", dataset=existing_data())
    empty = {
        "tot_evlt_amt": "000000000000000",
        "tot_prft_rt": "0.00",
        "acnt_evlt_remn_indv_tot": [],
    }
    kiwoom.fail(
        "kt00018", "", answer({**empty, "return_code": 0, "return_msg": "조회가 완료되었습니다"})
    )

    summary = await sync(db)

    assert await holdings(db) == []
    assert summary.holdings.removed == 2
    assert kiwoom.stock_route.call_count == 0


# --- Kiwoom failing halfway ---------------------------------------------------------------------

BRACKETED_8005 = {
    "return_code": 3,
    "return_msg": "인증에 실패했습니다[8005:Token이 유효하지 않습니다]",
}

FAILURES = {
    "ka10001 bad symbol": (
        ("ka10001", "247540"),
        answer({"return_code": 1902, "return_msg": "종목 정보가 없습니다"}),
        "ka10001",
    ),
    "kt00018 page 2 HTTP 500": (
        ("kt00018", KT00018_NEXT_KEY),
        httpx.Response(500, text="Internal Server Error"),
        "kt00018",
    ),
    "kt00001 token refused even after re-authentication": (
        ("kt00001", ""),
        answer(BRACKETED_8005),
        "8005",
    ),
    "ka10100 rate limited past the retries": (
        ("ka10100", "005930"),
        answer(
            {"return_code": 5, "return_msg": "허용된 요청 개수를 초과하였습니다[1700:…]"},
            status=429,
            **{"retry-after": "0"},
        ),
        "1700",
    ),
    "kt00018 unreadable quantity": (
        ("kt00018", KT00018_NEXT_KEY),
        answer(
            {
                "acnt_evlt_remn_indv_tot": [
                    {"stk_cd": "A000660", "rmnd_qty": "5.5", "pur_amt": "1"}
                ],
                "return_code": 0,
            },
            **{"cont-yn": "N"},
        ),
        "rmnd_qty='5.5'",
    ),
    "ka10100 KONEX market": (
        ("ka10100", "247540"),
        answer({"code": "247540", "marketCode": "50", "marketName": "코넥스", "return_code": 0}),
        "marketCode",
    ),
}


@pytest.mark.parametrize(("where", "response", "named"), FAILURES.values(), ids=FAILURES.keys())
async def test_kiwoom_error_mid_sync_leaves_the_database_as_it_was(
    db, kiwoom, where, response, named
):
    await write_dataset(db, env="real", dataset=existing_data())
    before = await everything(db)
    kiwoom.fail(*where, response)

    with pytest.raises(SyncError) as caught:
        await sync(db)

    assert await everything(db) == before
    message = str(caught.value)
    assert "\n" not in message
    assert named in message
    assert kiwoom.revoke_route.call_count == 1  # the token is revoked on the way out too


async def test_a_non_common_share_new_to_us_needs_a_loaded_isin(db, kiwoom):
    page = {
        "tot_evlt_amt": "000000000070000",
        "tot_prft_rt": "0.00",
        "acnt_evlt_remn_indv_tot": [
            {"stk_cd": "A005935", "stk_nm": "삼성전자우", "rmnd_qty": "1", "pur_amt": "60000"}
        ],
        "return_code": 0,
    }
    kiwoom.fail("kt00018", "", answer(page))
    kiwoom.fail("ka10001", "005935", answer({"stk_nm": "삼성전자우", "return_code": 0}))
    kiwoom.fail(
        "ka10100",
        "005935",
        answer({"marketCode": "0", "listCount": "0000000815974664", "return_code": 0}),
    )
    before = await everything(db)

    with pytest.raises(SyncError, match="005935.*ISIN"):
        await sync(db)
    assert await everything(db) == before


async def test_bad_account_number_calls_nobody(db, kiwoom):
    with pytest.raises(SyncError, match="10 digits"):
        await sync(db, account_no="12345")
    assert kiwoom.token_route.call_count == 0


# --- reading Kiwoom's numbers and codes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("-00000000196888", -196_888),
        ("+000000075000", 75_000),
        ("000000017598258", 17_598_258),
        ("0", 0),
        ("-0", 0),
        (" 42 ", 42),
        ("9223372036854775807", 2**63 - 1),
    ],
)
def test_kiwoom_int_reads_exactly(text, number):
    assert kiwoom_int(text, "field") == number


@pytest.mark.parametrize("text", ["", "1.5", "75,000", "1_000", "١٢", "--1", None, 12])
def test_kiwoom_int_refuses_what_is_not_an_integer_string(text):
    with pytest.raises(ValueError, match="field="):
        kiwoom_int(text, "field")


@pytest.mark.parametrize(
    ("text", "decimal"),
    [("-0046.25", "-46.25"), ("+2.70", "2.70"), ("0.00", "0.00"), ("-0.00", "0.00"), ("7", "7")],
)
def test_kiwoom_decimal_keeps_every_digit(text, decimal):
    assert kiwoom_decimal(text, "prft_rt") == decimal


@pytest.mark.parametrize(
    ("stk_cd", "code"),
    [
        ("A005930", "005930"),
        ("005930", "005930"),
        ("005930_NX", "005930"),
        ("A0001A0_AL", "0001A0"),
    ],
)
def test_instrument_code(stk_cd, code):
    assert instrument_code(stk_cd) == code


def test_account_number_with_a_hyphen():
    assert normalize_account_no("55123456-11") == "5512345611"


# --- the command --------------------------------------------------------------------------------


@pytest.fixture
def cli_env(monkeypatch, migrated, tmp_path):
    monkeypatch.setenv("DATABASE_URL", migrated)
    monkeypatch.setenv("ASSET_API_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ASSET_API_KIWOOM_APPKEY", "kiwoom-appkey")
    monkeypatch.setenv("ASSET_API_KIWOOM_SECRETKEY", "kiwoom-secret")
    monkeypatch.delenv("ASSET_API_KIWOOM_BASE_URL", raising=False)
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


async def run_cli(*args: str) -> int:
    # main() runs its own event loop (asyncio.run), so it gets a thread of its own; respx
    # patches httpx process-wide, so the thread's calls to Kiwoom are answered by the fake.
    return await asyncio.to_thread(cli.main, list(args))


async def test_cli_sync_prints_a_json_summary(db, kiwoom, cli_env, capsys):
    assert await run_cli("sync", "kiwoom", "--account", ACCOUNT, "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["holdings_inserted"] == 3 and result["changed"] is True
    assert await holdings(db) == EXPECTED_HOLDINGS

    assert await run_cli("sync", "kiwoom", "--account", ACCOUNT, "--json") == 0
    assert json.loads(capsys.readouterr().out)["changed"] is False


async def test_cli_sync_failure_is_one_line_and_non_zero(db, kiwoom, cli_env, capsys):
    await write_dataset(db, env="real", dataset=existing_data())
    before = await everything(db)
    kiwoom.fail("ka10001", "000660", answer(BRACKETED_8005))

    assert await run_cli("sync", "kiwoom", "--account", ACCOUNT) == 1

    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("error: 키움 ka10001 호출 실패")
    assert err[-1].endswith("데이터베이스는 바뀌지 않았습니다 (nothing written)")
    assert await everything(db) == before


async def test_cli_sync_without_credentials_or_account(db, kiwoom, cli_env, capsys):
    assert await run_cli("sync", "kiwoom", "--json") == 1
    assert "--account" in json.loads(capsys.readouterr().out)["error"]

    cli_env.delenv("ASSET_API_KIWOOM_SECRETKEY")
    get_settings.cache_clear()
    assert await run_cli("sync", "kiwoom", "--account", ACCOUNT, "--json") == 1
    assert "ASSET_API_KIWOOM_SECRETKEY" in json.loads(capsys.readouterr().out)["error"]
    assert kiwoom.token_route.call_count == 0


# --- numbers and shapes the database cannot take: SyncError, nothing written ----------------------

HUGE_ANSWERS = {
    "rmnd_qty past bigint": (
        [{"stk_cd": "A005930", "rmnd_qty": "9" * 20, "pur_amt": "1"}],
        "rmnd_qty",
    ),
    "rmnd_qty of 5,000 digits": (
        [{"stk_cd": "A005930", "rmnd_qty": "9" * 5000, "pur_amt": "1"}],
        "rmnd_qty",
    ),
    "pur_pric × rmnd_qty past bigint": (
        [{"stk_cd": "A005930", "rmnd_qty": "4", "pur_pric": str(2**62)}],
        "pur_amt",
    ),
    "two rows adding up past bigint": (
        [
            {"stk_cd": "A005930", "rmnd_qty": str(2**62), "pur_amt": "1"},
            {"stk_cd": "A005930", "rmnd_qty": str(2**62), "pur_amt": "1"},
        ],
        "rmnd_qty",
    ),
    "a row that is not an object": (["A005930"], "acnt_evlt_remn_indv_tot"),
    "rows that are not a list": ("A005930", "acnt_evlt_remn_indv_tot"),
}


@pytest.mark.parametrize(("rows", "named"), HUGE_ANSWERS.values(), ids=HUGE_ANSWERS.keys())
async def test_unstorable_kiwoom_answers_are_sync_errors(db, kiwoom, rows, named):
    await write_dataset(db, env="real", dataset=existing_data())
    before = await everything(db)
    page = {"tot_evlt_amt": "0", "tot_prft_rt": "0.00", "acnt_evlt_remn_indv_tot": rows}
    kiwoom.fail("kt00018", "", answer({**page, "return_code": 0}))

    with pytest.raises(SyncError) as caught:
        await sync(db)

    assert named in str(caught.value)
    assert len(str(caught.value)) < 300
    assert await everything(db) == before


async def test_a_deposit_past_bigint_is_a_sync_error(db, kiwoom):
    kiwoom.fail("kt00001", "", answer({"entr": "9" * 19, "return_code": 0}))
    with pytest.raises(SyncError, match="entr"):
        await sync(db)
    assert await deposit(db) is None
