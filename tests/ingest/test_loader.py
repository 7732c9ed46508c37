"""`asset-api data load`: CSV and JSON files, all or nothing, errors that say where."""

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from asset_api.ingest.loader import LoadError, load_files
from tests.helpers import run_cli

CSV_FILES = {
    "accounts.csv": """account_no,name,broker,opened_date,currency,status
5012345611,위탁종합,한국투자증권,20190312,KRW,active
6412345601,위탁계좌,키움증권,2015-07-20,,closed
""",
    "instruments.csv": """code,name,market,sector,listed_shares
005930,삼성전자,KOSPI,전기·전자,5969782550
000660,SK하이닉스,KOSPI,전기·전자,728002365
""",
    "holdings.csv": """account_no,instrument_code,quantity,purchase_amount
5012345611,005930,150,10680000
5012345611,000660,40,7300000
""",
    "cash_balances.csv": """account_no,deposit
5012345611,3250000
""",
    "transactions.csv": """\
account_no,trade_date,trade_time,kind,instrument_code,quantity,price,amount,fee,tax
5012345611,20261105,113407,withdrawal,,,,1000000,,
5012345611,20261110,15:00:00,deposit,,,,5000000,,
5012345611,20261117,093015,buy,005930,50,72000,,540,
5012345611,20261118,101522,sell,000660,10,190000,1900000,285,3800
5012345611,20261119,080512,dividend,005930,100,361,,,5550
5012345611,20261120,080000,fee,,,,,3300,
""",
    "daily_prices.csv": """instrument_code,trade_date,open,high,low,close,volume,trading_value
005930,20261119,74200,74600,73500,73900,12876543,953508009150
005930,20261120,74000,75200,73800,74800,15234567,1134213513150
000660,20261120,176000,177000,175000,176300,3000000,530000000000
""",
}

TABLE_COUNTS = (
    "SELECT (SELECT count(*) FROM accounts) AS accounts,"
    " (SELECT count(*) FROM instruments) AS instruments,"
    " (SELECT count(*) FROM holdings) AS holdings,"
    " (SELECT count(*) FROM cash_balances) AS cash_balances,"
    " (SELECT count(*) FROM transactions) AS transactions,"
    " (SELECT count(*) FROM daily_prices) AS prices"
)
EMPTY = {
    "accounts": 0,
    "instruments": 0,
    "holdings": 0,
    "cash_balances": 0,
    "transactions": 0,
    "prices": 0,
}


def write_files(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# Columns written as JSON numbers in the JSON variant, to show both spellings are accepted.
NUMBER_COLUMNS = {
    "listed_shares", "quantity", "purchase_amount", "deposit", "price", "amount", "fee", "tax",
    "open", "high", "low", "close", "volume", "trading_value",
}  # fmt: skip


def json_rows(csv_text: str) -> list[dict]:
    """The rows of a CSV text as JSON objects: empty cells left out, numbers as numbers."""
    return [
        {k: int(v) if k in NUMBER_COLUMNS else v for k, v in row.items() if v != ""}
        for row in csv.DictReader(io.StringIO(csv_text))
    ]


async def snapshot(db) -> dict:
    """Every loaded row, by natural keys (ids differ between loads)."""
    return {
        "accounts": [tuple(r) for r in await db.fetch(
            "SELECT env, account_no, name, broker, currency, opened_on, status FROM accounts"
            " ORDER BY env, account_no")],
        "instruments": [tuple(r) for r in await db.fetch(
            "SELECT env, code, isin, name, market, sector, listed_shares FROM instruments"
            " ORDER BY env, code")],
        "holdings": [tuple(r) for r in await db.fetch(
            "SELECT a.account_no, i.code, h.quantity, h.purchase_amount FROM holdings h"
            " JOIN accounts a ON a.id = h.account_id JOIN instruments i ON i.id = h.instrument_id"
            " ORDER BY 1, 2")],
        "cash": [tuple(r) for r in await db.fetch(
            "SELECT a.account_no, c.deposit FROM cash_balances c"
            " JOIN accounts a ON a.id = c.account_id ORDER BY 1")],
        "transactions": [tuple(r) for r in await db.fetch(
            "SELECT a.account_no, t.trade_date, t.trade_time, t.kind, i.code, t.quantity, t.price,"
            " t.amount, t.fee, t.tax, t.settlement_amount FROM transactions t"
            " JOIN accounts a ON a.id = t.account_id"
            " LEFT JOIN instruments i ON i.id = t.instrument_id"
            " ORDER BY t.trade_date, t.trade_time")],
        "prices": [tuple(r) for r in await db.fetch(
            "SELECT i.code, p.trade_date, p.open, p.high, p.low, p.close, p.volume, p.trading_value"
            " FROM daily_prices p JOIN instruments i ON i.id = p.instrument_id ORDER BY 1, 2")],
    }  # fmt: skip


# CSV_FILES hold the end of a history: its holdings, its cash and a sell of shares bought
# before it are more than its transactions explain.
CSV_INCOMPLETE = [
    "5012345611: the transactions do not explain the holdings and cash"
    " (000660 0 shares for 0 won, the holdings 40 for 7,300,000;"
    " 005930 50 shares for 3,600,000 won, the holdings 150 for 10,680,000;"
    " cash 2,322,625 won, the cash balance 3,250,000;"
    " 1 sell of shares never bought); its reports say history_complete: false"
]


async def test_csv_load_writes_every_table(db, tmp_path):
    folder = write_files(tmp_path / "csv", CSV_FILES)
    counts = await load_files(db, path=folder, env="real")
    assert counts.pop("incomplete_histories") == CSV_INCOMPLETE
    assert counts == {
        "accounts": 2,
        "instruments": 2,
        "holdings": 2,
        "cash_balances": 1,
        "transactions": 6,
        "prices": 3,
    }
    assert dict(await db.fetchrow(TABLE_COUNTS)) == counts
    rows = await snapshot(db)
    assert rows["accounts"][1][5:] == (date(2015, 7, 20), "closed")
    assert rows["instruments"][1][2] == "KR7005930003"  # derived for the common shares
    by_kind = {t[3]: t for t in rows["transactions"]}
    assert by_kind["buy"][7:] == (3_600_000, 540, 0, -3_600_540)  # amount = 50 × 72,000
    assert by_kind["dividend"][7:] == (36_100, 0, 5_550, 30_550)
    assert by_kind["fee"][7:] == (0, 3_300, 0, -3_300)
    assert by_kind["withdrawal"][10] == -1_000_000


async def test_json_and_jsonl_load_the_same_rows_as_csv(db, tmp_path):
    await load_files(db, path=write_files(tmp_path / "csv", CSV_FILES), env="real")
    from_csv = await snapshot(db)
    await db.execute("TRUNCATE accounts, instruments CASCADE")

    files = {}
    for name, text in CSV_FILES.items():
        rows = json_rows(text)
        stem = name.removesuffix(".csv")
        if stem in ("transactions", "daily_prices"):
            files[f"{stem}.jsonl"] = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
        else:
            files[f"{stem}.json"] = json.dumps(rows, ensure_ascii=False, indent=2)
    await load_files(db, path=write_files(tmp_path / "json", files), env="real")
    assert await snapshot(db) == from_csv


async def test_loading_the_same_files_twice_changes_nothing(db, tmp_path):
    folder = write_files(tmp_path / "csv", CSV_FILES)
    await load_files(db, path=folder, env="real")
    first = await snapshot(db)
    await load_files(db, path=folder, env="real")
    assert await snapshot(db) == first


async def test_a_new_file_replaces_only_the_dates_it_covers(db, tmp_path):
    await load_files(db, path=write_files(tmp_path / "all", CSV_FILES), env="real")
    later = {
        "transactions.csv": "account_no,trade_date,trade_time,kind,amount\n"
        "5012345611,20261120,170000,deposit,777\n"
    }
    await load_files(db, path=write_files(tmp_path / "later", later), env="real")
    rows = (await snapshot(db))["transactions"]
    assert [(t[1].day, t[3]) for t in rows] == [
        (5, "withdrawal"), (10, "deposit"), (17, "buy"), (18, "sell"), (19, "dividend"),
        (20, "deposit"),
    ]  # fmt: skip


async def test_a_history_that_explains_its_holdings_and_cash_is_not_listed(db, tmp_path):
    files = {
        "accounts.csv": CSV_FILES["accounts.csv"],
        "instruments.csv": CSV_FILES["instruments.csv"],
        "holdings.csv": "account_no,instrument_code,quantity,purchase_amount\n"
        # 10 × 71,900 + 5 × 72,000 = 1,079,000; 8 of the 15 sold take 1,079,000 × 8 ÷ 15
        "5012345611,005930,7,503534\n",  # = 575,466 (cut to the won) of it
        "cash_balances.csv": "account_no,deposit\n5012345611,503310\n",
        "transactions.csv": "account_no,trade_date,trade_time,kind,instrument_code,quantity,"
        "price,amount,fee,tax\n"
        "5012345611,20261102,090000,deposit,,,,1000000,,\n"
        "5012345611,20261103,100000,buy,005930,10,71900,,100,\n"
        "5012345611,20261104,100000,buy,005930,5,72000,,50,\n"
        "5012345611,20261105,100000,sell,005930,8,73000,,80,1460\n",
    }
    counts = await load_files(db, path=write_files(tmp_path / "whole", files), env="real")
    assert counts["incomplete_histories"] == []
    # a later load of its holdings alone (a broker sync, say) that the history does not explain
    holdings = {"holdings.csv": "account_no,instrument_code,quantity,purchase_amount\n"
                "5012345611,005930,9,647500\n"}  # fmt: skip
    counts = await load_files(db, path=write_files(tmp_path / "later", holdings), env="real")
    assert counts["incomplete_histories"] == [
        "5012345611: the transactions do not explain the holdings and cash (005930 7 shares"
        " for 503,534 won, the holdings 9 for 647,500); its reports say history_complete: false"
    ]


async def test_a_single_file_can_be_loaded(db, tmp_path):
    folder = write_files(tmp_path / "csv", CSV_FILES)
    await load_files(db, path=folder / "instruments.csv", env="mock")
    assert [r["env"] for r in await db.fetch("SELECT env FROM instruments")] == ["mock", "mock"]


@pytest.mark.parametrize(
    ("file", "text", "line", "column", "message"),
    [
        ("daily_prices.csv", "instrument_code,trade_date,open,high,low,close,volume,trading_value\n"
         "005930,20261120,74000,75200,73800,74800,15234567,1134213513150\n"
         "005930,20261121,74000,75200,73800,74800,12a,1\n", 3, "volume", "not a non-negative"),
        ("daily_prices.csv", "instrument_code,trade_date,open,high,low,close,volume,trading_value\n"
         "005930,20261131,1,1,1,1,1,1\n", 2, "trade_date", "not a date"),
        ("daily_prices.csv", "instrument_code,trade_date,open,high,low,close,volume,trading_value\n"
         "005930,20261120,1,1,1,1,1,1\n005930,20261120,1,1,1,1,1,1\n", 3, "trade_date",
         "duplicate of line 2"),
        ("daily_prices.csv", "instrument_code,trade_date,open,high,low,close,volume,trading_value\n"
         "005930,20261120,9,10,8,11,1,1\n", 2, "close", "outside low..high"),
        ("daily_prices.csv", "instrument_code,trade_date,open,high,low,close,volume\n"
         "005930,20261120,1,1,1,1,1\n", 1, "trading_value", "missing column"),
        ("daily_prices.csv", "instrument_code,trade_date,open,high,low,close,volume,value\n",
         1, "value", "unknown column"),
        ("transactions.csv", "account_no,trade_date,trade_time,kind,instrument_code,quantity,price,"
         "amount\n5012345611,20261117,093015,buy,005930,50,72000,3600001\n", 2, "amount",
         "is not quantity × price"),
        ("transactions.csv", "account_no,trade_date,trade_time,kind,amount\n"
         "5012345611,20261117,093015,transfer,1\n", 2, "kind", "is not one of"),
        ("transactions.csv", "account_no,trade_date,trade_time,kind,amount\n"
         "5012345611,20261117,093015,buy,1\n", 2, "instrument_code", "required for buy"),
        ("transactions.csv", "account_no,trade_date,trade_time,kind,amount\n"
         "5012345611,20261117,250000,deposit,1\n", 2, "trade_time", "not a time"),
        ("transactions.csv", "account_no,trade_date,trade_time,kind,amount\n"
         "5012345611,20261117,090000,deposit\n", 2, None, "4 fields, the header has 5"),
        ("accounts.csv", "account_no,name,broker,opened_date\n501234561,위탁,키움증권,20200101\n",
         2, "account_no", "10 digits"),
        ("instruments.csv", "code,name,market,listed_shares,isin\n"
         "005930,삼성전자,KOSPI,1,KR7005930004\n", 2, "isin", "wrong check digit"),
        ("holdings.csv", "account_no,instrument_code,quantity,purchase_amount\n"
         "5012345611,005930,0,0\n", 2, "quantity", "greater than 0"),
    ],
)  # fmt: skip
async def test_a_bad_row_names_file_line_and_column_and_writes_nothing(
    db, tmp_path, file, text, line, column, message
):
    files = dict(CSV_FILES) | {file: text}
    with pytest.raises(LoadError) as caught:
        await load_files(db, path=write_files(tmp_path / "bad", files), env="real")
    error = caught.value
    assert (error.file, error.line, error.column) == (file, line, column)
    assert message in error.message
    assert str(error).startswith(f"{file}, line {line}" + (f", column {column}" if column else ""))
    assert dict(await db.fetchrow(TABLE_COUNTS)) == EMPTY


async def test_an_unknown_account_is_found_after_the_other_tables_were_written_and_undone(
    db, tmp_path
):
    """The reference check runs inside the load's transaction: everything before it rolls back."""
    files = dict(CSV_FILES)
    files["transactions.csv"] += "5099999999,20261120,090000,deposit,,,,1,,\n"
    with pytest.raises(LoadError) as caught:
        await load_files(db, path=write_files(tmp_path / "bad", files), env="real")
    assert (caught.value.file, caught.value.line, caught.value.column) == (
        "transactions.csv",
        8,
        "account_no",
    )
    assert "unknown account '5099999999'" in caught.value.message
    assert dict(await db.fetchrow(TABLE_COUNTS)) == EMPTY


async def test_references_to_rows_of_another_environment_are_unknown(db, tmp_path):
    await load_files(db, path=write_files(tmp_path / "all", CSV_FILES), env="real")
    prices = {"daily_prices.csv": CSV_FILES["daily_prices.csv"]}
    with pytest.raises(LoadError, match="unknown instrument '005930'"):
        await load_files(db, path=write_files(tmp_path / "mock", prices), env="mock")


async def test_json_errors_say_the_line(db, tmp_path):
    text = '[\n  {"code": "005930", "name": "삼성전자", "market": "KOSPI", "listed_shares": 1},\n'
    text += '  {"code": "000660", "name": "SK하이닉스", "market": "NYSE", "listed_shares": 1}\n]'
    with pytest.raises(LoadError) as caught:
        await load_files(
            db, path=write_files(tmp_path / "j", {"instruments.json": text}), env="real"
        )
    assert (caught.value.line, caught.value.column) == (3, "market")

    broken = '[\n  {"code": "005930",\n   "name": }\n]'
    with pytest.raises(LoadError) as caught:
        await load_files(
            db, path=write_files(tmp_path / "k", {"instruments.json": broken}), env="real"
        )
    assert caught.value.line == 3 and "invalid JSON" in caught.value.message

    floats = '[{"code": "005930", "name": "삼성전자", "market": "KOSPI", "listed_shares": 1.5}]'
    with pytest.raises(LoadError) as caught:
        await load_files(
            db, path=write_files(tmp_path / "l", {"instruments.json": floats}), env="real"
        )
    assert caught.value.column == "listed_shares"


async def test_files_that_are_not_tables_are_refused(db, tmp_path):
    with pytest.raises(LoadError, match="not a table name"):
        await load_files(db, path=write_files(tmp_path / "x", {"trades.csv": "a\n"}), env="real")
    with pytest.raises(LoadError, match="no such file"):
        await load_files(db, path=tmp_path / "missing", env="real")


# --- the CLI, as a real process -------------------------------------------------------------


async def test_cli_load_prints_the_counts(db, migrated, tmp_path):
    folder = write_files(tmp_path / "csv", CSV_FILES)
    done = run_cli(migrated, tmp_path, "load", str(folder), "--env", "mock", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "accounts": 2,
        "instruments": 2,
        "holdings": 2,
        "cash_balances": 1,
        "transactions": 6,
        "prices": 3,
        "incomplete_histories": CSV_INCOMPLETE,
    }
    assert done.stderr == ""  # no progress bar when stderr is not a terminal
    assert await db.fetchval("SELECT count(*) FROM accounts WHERE env = 'mock'") == 2


async def test_cli_load_error_exits_1_naming_the_place(db, migrated, tmp_path):
    files = dict(CSV_FILES) | {"cash_balances.csv": "account_no,deposit\n5012345611,-5\n"}
    folder = write_files(tmp_path / "bad", files)
    done = run_cli(migrated, tmp_path, "load", str(folder))
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "error: cash_balances.csv, line 2, column deposit: not a non-negative integer: '-5';"
        " nothing was loaded"
    )
    assert dict(await db.fetchrow(TABLE_COUNTS)) == EMPTY


def test_progress_bar_redraws_one_line_and_keeps_finished_steps():
    from asset_api.cli.data import ProgressBar

    stream = io.StringIO()
    bar = ProgressBar(stream)
    bar("reading transactions.csv", 0, 200)
    bar("reading transactions.csv", 100, 200)  # within 0.1 s of the last draw: skipped
    bar("reading transactions.csv", 200, 200)  # the end of a step is always drawn
    bar("writing transactions", 50, 200)
    bar.close()
    lines = stream.getvalue().split("\n")
    assert len(lines) == 3 and lines[-1] == ""
    assert lines[0].count("\r") == 2 and lines[0].endswith("200/200\x1b[K")
    assert "[" + "#" * 30 + "]" in lines[0]
    assert lines[1].startswith("\rwriting transactions") and "25%" in lines[1]


# --- malformed files: a LoadError naming the place, never another exception -----------------

CASH_HEADER = "account_no,deposit\n"
ACCOUNTS_HEADER = "account_no,name,broker,opened_date\n"
HUGE = "9" * 5000  # past Python's 4,300-digit limit of int()


@pytest.mark.parametrize(
    ("file", "content", "line", "column", "message"),
    [
        ("cash_balances.csv", f"{CASH_HEADER}5012345611,{HUGE}\n", 2, "deposit", "too large"),
        ("cash_balances.json", f'[{{"account_no": "5012345611", "deposit": {HUGE}}}]', 1,
         "deposit", "too large"),
        ("cash_balances.jsonl", f'{{"account_no": "5012345611", "deposit": {HUGE}}}\n', 1,
         "deposit", "too large"),
        ("cash_balances.json", "[" * 100_000 + "]" * 100_000, 1, None, "nested too deeply"),
        ("cash_balances.jsonl", "[" * 100_000 + "]" * 100_000, 1, None, "nested too deeply"),
    ],
)  # fmt: skip
async def test_huge_numbers_and_deep_nesting_are_load_errors(
    db, tmp_path, file, content, line, column, message
):
    with pytest.raises(LoadError) as caught:
        await load_files(db, path=write_files(tmp_path / "bad", {file: content}), env="real")
    assert (caught.value.file, caught.value.line, caught.value.column) == (file, line, column)
    assert message in caught.value.message
    assert "set_int_max_str_digits" not in caught.value.message


async def test_json_after_the_array_is_refused_not_dropped(db, tmp_path):
    """Two arrays glued together (a botched concatenation) must not load only the first."""
    row = '{"account_no": "5012345611", "deposit": 1}'
    files = dict(CSV_FILES) | {"cash_balances.json": f"[{row}]\n[{row}]\n"}
    del files["cash_balances.csv"]
    with pytest.raises(LoadError) as caught:
        await load_files(db, path=write_files(tmp_path / "bad", files), env="real")
    assert (caught.value.file, caught.value.line) == ("cash_balances.json", 2)
    assert "after the array" in caught.value.message
    assert dict(await db.fetchrow(TABLE_COUNTS)) == EMPTY


@pytest.mark.parametrize("name", ["cash_balances.json", "cash_balances.jsonl"])
async def test_a_json_key_given_twice_is_refused(db, tmp_path, name):
    row = '{"account_no": "5012345611", "deposit": 1, "deposit": 2}'
    content = f"[{row}]" if name.endswith(".json") else row
    with pytest.raises(LoadError) as caught:
        await load_files(db, path=write_files(tmp_path / "bad", {name: content}), env="real")
    assert (caught.value.line, caught.value.column) == (1, "deposit")
    assert "named twice" in caught.value.message


async def test_a_csv_field_past_the_csv_modules_limit_is_a_load_error(db, tmp_path):
    text = f"{ACCOUNTS_HEADER}5012345611,{'x' * 200_000},키움증권,20200101\n"
    with pytest.raises(LoadError) as caught:
        await load_files(db, path=write_files(tmp_path / "bad", {"accounts.csv": text}), env="real")
    assert (caught.value.file, caught.value.line) == ("accounts.csv", 2)
    assert "too long" in caught.value.message


@pytest.mark.parametrize(
    ("file", "content", "column", "message"),
    [
        ("accounts.csv", f"{ACCOUNTS_HEADER}5012345611,위탁\x00종합,키움증권,20200101\n", "name",
         "NUL"),
        ("accounts.json", '[{"account_no": "5012345611", "name": "\\u0000", "broker": "키움증권",'
         ' "opened_date": "20200101"}]', "name", "NUL"),
        ("accounts.json", '[{"account_no": "5012345611", "name": "\\ud800", "broker": "키움증권",'
         ' "opened_date": "20200101"}]', "name", "surrogate"),
    ],
)  # fmt: skip
async def test_text_postgresql_cannot_store_is_a_load_error(
    db, tmp_path, file, content, column, message
):
    with pytest.raises(LoadError) as caught:
        await load_files(db, path=write_files(tmp_path / "bad", {file: content}), env="real")
    assert (caught.value.file, caught.value.column) == (file, column)
    assert message in caught.value.message
    assert dict(await db.fetchrow(TABLE_COUNTS)) == EMPTY


TRANSACTIONS_HEADER = (
    "account_no,trade_date,trade_time,kind,instrument_code,quantity,price,amount,fee,tax\n"
)
MAX = 2**63 - 1


@pytest.mark.parametrize(
    ("row", "column"),
    [
        (f"5012345611,20261117,093015,buy,005930,{2**62},4,,,", "amount"),  # quantity × price
        (f"5012345611,20261117,093015,withdrawal,,,,{MAX},1,", "fee"),  # amount + fee
        (f"5012345611,20261117,093015,buy,005930,1,{MAX},,{MAX},", "fee"),
    ],
)
async def test_amounts_past_bigint_are_load_errors(db, tmp_path, row, column):
    files = dict(CSV_FILES) | {"transactions.csv": f"{TRANSACTIONS_HEADER}{row}\n"}
    with pytest.raises(LoadError) as caught:
        await load_files(db, path=write_files(tmp_path / "bad", files), env="real")
    assert (caught.value.file, caught.value.line, caught.value.column) == (
        "transactions.csv",
        2,
        column,
    )
    assert "too large" in caught.value.message
    assert dict(await db.fetchrow(TABLE_COUNTS)) == EMPTY


async def test_a_folder_named_like_a_table_file_is_a_load_error(db, tmp_path):
    folder = write_files(tmp_path / "data", {"instruments.csv": CSV_FILES["instruments.csv"]})
    (folder / "accounts.csv").mkdir()
    with pytest.raises(LoadError) as caught:
        await load_files(db, path=folder, env="real")
    assert caught.value.file == "accounts.csv"
    assert "not a file" in caught.value.message
