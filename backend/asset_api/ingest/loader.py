"""`asset-api data load PATH`: asset data from CSV and JSON files, all or nothing.

PATH is a folder holding one file per table, or a single such file. A file is named after
its table: `accounts`, `instruments`, `holdings`, `cash_balances`, `transactions`,
`daily_prices`, with the extension `.csv` (UTF-8, a header row naming the columns, BOM
allowed), `.json` (an array of objects) or `.jsonl` (one object per line). Columns marked *
are required; the others may be left out or empty.

accounts       account_no*   10 digits, unique per environment
               name*         account name, e.g. 위탁종합
               broker*       e.g. 키움증권
               opened_date*  YYYYMMDD (or YYYY-MM-DD)
               currency      3 letters, default KRW
               status        active | closed, default active
instruments    code*         6 characters (digits and capitals), e.g. 005930
               isin          12 characters; default: that of the common shares of `code`
               name*         e.g. 삼성전자
               market*       KOSPI | KOSDAQ
               listed_shares*
               sector        e.g. 전기·전자
               currency      default KRW
holdings       account_no*, instrument_code*, quantity* (> 0),
               purchase_amount* (KRW paid for the shares held, fees excluded)
cash_balances  account_no*, deposit* (KRW)
transactions   account_no*, trade_date* (YYYYMMDD), trade_time* (HHMMSS or HH:MM:SS),
               kind* (buy | sell | deposit | withdrawal | dividend | fee),
               instrument_code (required for buy, sell, dividend), quantity, price,
               amount (buy/sell/dividend: quantity × price, the default; deposit/withdrawal:
               required; fee: 0), fee (for kind fee: the charge), tax
daily_prices   instrument_code*, trade_date*, open*, high*, low*, close*, volume*,
               trading_value* (KRW)

All numbers are non-negative integers (KRW, shares); JSON may give them as numbers or as
strings of digits. Accounts and instruments referenced by other files must be in the same
load or already in the environment.

What a load replaces (the rules of ingest/dataset.py): accounts and instruments are
upserted by account number / code; holdings and cash balances are the complete snapshot of the
accounts the load names; transactions and daily prices replace the rows of the dates each file
covers, per account / instrument. Loading the same files twice changes nothing.

A bad row stops the load before anything is written, with the file, the line and the column.

After the load, `incomplete_histories` lists each account the files name whose transactions do
not explain its holdings and cash (shares or cash they do not add up to, sells of shares they
never bought: a history loaded without its beginning, say), with what differs. The account
reports (realized-pnl, daily-valuations) of such an account say history_complete: false.
"""

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

import asyncpg

from asset_api.domain import ACCOUNT_NO, INSTRUMENT_CODE, MAX_BIGINT
from asset_api.ingest.dataset import (
    TRANSACTION_KINDS,
    Dataset,
    Progress,
    UnknownReference,
    common_stock_isin,
    incomplete_histories,
    isin_check_digit,
    named_accounts,
    write_dataset,
)

EXTENSIONS = (".csv", ".json", ".jsonl")
ISIN = re.compile(r"^KR[0-9A-Z]{9}[0-9]$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
DIGITS = re.compile(r"^[0-9]+$")
DATE = re.compile(r"^([0-9]{4})-?([0-9]{2})-?([0-9]{2})$")  # YYYYMMDD or YYYY-MM-DD
TIME = re.compile(r"^([0-9]{2}):?([0-9]{2}):?([0-9]{2})$")  # HHMMSS or HH:MM:SS
# What PostgreSQL's text cannot hold: NUL, and lone surrogates (JSON's "\\ud800" decodes to one).
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
OUTFLOW_KINDS = ("buy", "withdrawal", "fee")
TOO_DEEP = "invalid JSON: nested too deeply (a row is one flat object)"


class LoadError(Exception):
    """A bad file or row: says where, so the user can fix it."""

    def __init__(self, file: str, line: int | None, column: str | None, message: str):
        self.file, self.line, self.column, self.message = file, line, column, message
        where = file
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column {column}"
        super().__init__(f"{where}: {message}")


# --- value parsers: text in, value out, ValueError with a short reason ----------------------


def _text(max_length: int, min_length: int = 1) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if not min_length <= len(value) <= max_length:
            raise ValueError(f"must be {min_length} to {max_length} characters long")
        return value

    return parse


def _matching(pattern: re.Pattern, what: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if not pattern.match(value):
            raise ValueError(f"not {what}: {value!r}")
        return value

    return parse


def _one_of(*allowed: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"{value!r} is not one of {', '.join(allowed)}")
        return value

    return parse


def _integer(value: str) -> int:
    if not DIGITS.match(value):
        raise ValueError(f"not a non-negative integer: {value!r}")
    # Checked on the digits first: int() refuses texts of over 4,300 digits with its own error.
    if len(value.lstrip("0")) > len(str(MAX_BIGINT)) or int(value) > MAX_BIGINT:
        raise ValueError(f"too large: {value[:30]}{'…' if len(value) > 30 else ''}")
    return int(value)


def _date(value: str) -> date:
    match = DATE.match(value)
    try:
        if match is None:
            raise ValueError(value)
        year, month, day = (int(part) for part in match.groups())
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"not a date (YYYYMMDD): {value!r}") from None


def _time(value: str) -> time:
    match = TIME.match(value)
    try:
        if match is None:
            raise ValueError(value)
        hour, minute, second = (int(part) for part in match.groups())
        return time(hour, minute, second)
    except ValueError:
        raise ValueError(f"not a time (HHMMSS): {value!r}") from None


@dataclass(frozen=True)
class Column:
    name: str
    parse: Callable[[str], Any]
    required: bool = True
    default: Any = None


@dataclass(frozen=True)
class TableFormat:
    columns: tuple[Column, ...]
    unique: tuple[str, ...] = ()  # columns that identify a row within one load

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


ACCOUNT_NO_COLUMN = Column("account_no", _matching(ACCOUNT_NO, "an account number (10 digits)"))
CODE_COLUMN = Column("instrument_code", _matching(INSTRUMENT_CODE, "an instrument code"))

TABLES: dict[str, TableFormat] = {
    "accounts": TableFormat(
        (
            ACCOUNT_NO_COLUMN,
            Column("name", _text(100)),
            Column("broker", _text(100)),
            Column("currency", _matching(CURRENCY, "a currency code"), False, "KRW"),
            Column("opened_date", _date),
            Column("status", _one_of("active", "closed"), False, "active"),
        ),
        unique=("account_no",),
    ),
    "instruments": TableFormat(
        (
            Column("code", _matching(INSTRUMENT_CODE, "an instrument code")),
            Column("isin", _matching(ISIN, "a Korean ISIN (KR + 10 characters)"), False),
            Column("name", _text(100)),
            Column("market", _one_of("KOSPI", "KOSDAQ")),
            Column("sector", _text(100, 0), False, ""),
            Column("listed_shares", _integer),
            Column("currency", _matching(CURRENCY, "a currency code"), False, "KRW"),
        ),
        unique=("code",),
    ),
    "holdings": TableFormat(
        (
            ACCOUNT_NO_COLUMN,
            CODE_COLUMN,
            Column("quantity", _integer),
            Column("purchase_amount", _integer),
        ),
        unique=("account_no", "instrument_code"),
    ),
    "cash_balances": TableFormat(
        (ACCOUNT_NO_COLUMN, Column("deposit", _integer)), unique=("account_no",)
    ),
    "transactions": TableFormat(
        (
            ACCOUNT_NO_COLUMN,
            Column("trade_date", _date),
            Column("trade_time", _time),
            Column("kind", _one_of(*TRANSACTION_KINDS)),
            Column(CODE_COLUMN.name, CODE_COLUMN.parse, False),
            Column("quantity", _integer, False, 0),
            Column("price", _integer, False, 0),
            Column("amount", _integer, False),
            Column("fee", _integer, False, 0),
            Column("tax", _integer, False, 0),
        )
    ),
    "daily_prices": TableFormat(
        (
            CODE_COLUMN,
            Column("trade_date", _date),
            *(Column(name, _integer) for name in ("open", "high", "low", "close", "volume")),
            Column("trading_value", _integer),
        ),
        unique=("instrument_code", "trade_date"),
    ),
}


# --- row checks across columns: the row (completed), or RowProblem(column, message) ---------


class RowProblem(Exception):
    def __init__(self, column: str, message: str):
        self.column, self.message = column, message


def _check_instrument(row: tuple) -> tuple:
    code, isin, *rest = row
    if isin is None:
        isin = common_stock_isin(code)
    elif isin_check_digit(isin[:-1]) != int(isin[-1]):
        raise RowProblem("isin", f"{isin}: wrong check digit")
    return (code, isin, *rest)


def _check_holding(row: tuple) -> tuple:
    if row[2] == 0:
        raise RowProblem("quantity", "must be greater than 0 (leave the holding out instead)")
    return row


def _check_transaction(row: tuple) -> tuple:
    """The shapes of the transactions table (see the spec of GET .../transactions)."""
    account_no, day, at, kind, code, quantity, price, amount, fee, tax = row
    if kind in ("buy", "sell", "dividend"):
        if code is None:
            raise RowProblem("instrument_code", f"required for {kind}")
        if kind != "dividend" and quantity == 0:
            raise RowProblem("quantity", f"must be greater than 0 for {kind}")
        if kind != "dividend" and price == 0:
            raise RowProblem("price", f"must be greater than 0 for {kind}")
        per_share_known = quantity > 0 and price > 0
        if amount is None and per_share_known:
            amount = quantity * price
        elif amount is not None and per_share_known and amount != quantity * price:
            raise RowProblem("amount", f"{amount} is not quantity × price = {quantity * price}")
    elif quantity or price:
        raise RowProblem("quantity" if quantity else "price", f"must be empty or 0 for {kind}")
    elif kind == "fee":
        if amount:
            raise RowProblem("amount", "must be empty or 0 for fee; put the charge in fee")
        amount = 0
    if amount is None:
        raise RowProblem("amount", f"required for {kind}")
    if amount > MAX_BIGINT:
        raise RowProblem("amount", f"too large: quantity × price = {amount}")
    if amount + fee + tax > MAX_BIGINT:  # the stored settlement_amount is ±(amount + fee + tax)
        raise RowProblem("fee" if fee else "tax", "too large: amount + fee + tax exceed 2^63 - 1")
    if kind not in OUTFLOW_KINDS and fee + tax > amount:
        raise RowProblem("fee", f"fee + tax ({fee + tax}) exceed the amount ({amount})")
    return (account_no, day, at, kind, code, quantity, price, amount, fee, tax)


def _check_price(row: tuple) -> tuple:
    _, _, open_, high, low, close, _, _ = row
    if low > high:
        raise RowProblem("low", f"{low} is above high {high}")
    for name, value in (("open", open_), ("close", close)):
        if not low <= value <= high:
            raise RowProblem(name, f"{value} is outside low..high ({low}..{high})")
    return row


ROW_CHECKS: dict[str, Callable[[tuple], tuple]] = {
    "instruments": _check_instrument,
    "holdings": _check_holding,
    "transactions": _check_transaction,
    "daily_prices": _check_price,
}


# --- reading files --------------------------------------------------------------------------


@dataclass
class TableRows:
    """The parsed rows of one table, with the file and line each came from."""

    file: str
    rows: list[tuple]
    lines: list[int]


@dataclass
class ParsedLoad:
    dataset: Dataset
    tables: dict[str, TableRows]

    def counts(self) -> dict[str, int]:
        return {table: len(parsed.rows) for table, parsed in self.tables.items()}


def find_files(path: Path) -> dict[str, Path]:
    """The table files under `path` (a folder or one file), by table name."""
    if not path.exists():
        raise LoadError(str(path), None, None, "no such file or folder")
    candidates = sorted(path.iterdir()) if path.is_dir() else [path]
    files: dict[str, Path] = {}
    for candidate in candidates:
        if candidate.suffix.lower() not in EXTENSIONS:
            if path.is_dir():
                continue
            raise LoadError(candidate.name, None, None, f"expected one of {', '.join(EXTENSIONS)}")
        table = candidate.stem
        if table not in TABLES:
            raise LoadError(
                candidate.name, None, None, f"not a table name; expected one of {', '.join(TABLES)}"
            )
        if table in files:
            raise LoadError(candidate.name, None, None, f"a second file for {table}")
        if not candidate.is_file():  # a folder or a pipe (which would block the read)
            raise LoadError(candidate.name, None, None, "not a file")
        files[table] = candidate
    if not files:
        raise LoadError(
            str(path), None, None, f"no {'/'.join(EXTENSIONS)} file named after a table"
        )
    return files


def parse_files(path: Path, progress: Progress | None = None) -> ParsedLoad:
    """Read and check every file under `path`; raises LoadError at the first bad row."""
    tables = {table: _parse_file(table, file, progress) for table, file in find_files(path).items()}
    dataset = Dataset(
        accounts=tables["accounts"].rows if "accounts" in tables else [],
        instruments=tables["instruments"].rows if "instruments" in tables else [],
        holdings=tables["holdings"].rows if "holdings" in tables else None,
        cash_balances=tables["cash_balances"].rows if "cash_balances" in tables else [],
        transactions=tables["transactions"].rows if "transactions" in tables else [],
        daily_prices=tables["daily_prices"].rows if "daily_prices" in tables else [],
    )
    return ParsedLoad(dataset, tables)


async def load_files(
    conn: asyncpg.Connection, *, path: Path, env: str, progress: Progress | None = None
) -> dict:
    """Parse, check and write the files under `path` into `env`: all rows or none. Returns
    the rows read per table, and `incomplete_histories`: a line for each account the files
    name whose transactions do not explain its holdings and cash."""
    parsed = parse_files(path, progress)
    try:
        await write_dataset(conn, env=env, dataset=parsed.dataset, progress=progress)
    except UnknownReference as exc:
        table = parsed.tables[exc.table]
        what = "account" if exc.column == "account_no" else "instrument"
        raise LoadError(
            table.file,
            table.lines[exc.index],
            exc.column,
            f"unknown {what} {exc.value!r} (not in this load nor in the {env} environment)",
        ) from None
    counts: dict = parsed.counts()
    counts["prices"] = counts.pop("daily_prices", 0)
    counts["incomplete_histories"] = await incomplete_histories(
        conn, env=env, account_nos=named_accounts(parsed.dataset)
    )
    return counts


def _parse_file(table: str, file: Path, progress: Progress | None) -> TableRows:
    table_format = TABLES[table]
    check = ROW_CHECKS.get(table)
    records = _records(file)
    total = _count_lines(file) - (file.suffix.lower() == ".csv")  # an estimate: lines, not rows
    result = TableRows(file.name, [], [])
    seen: dict[tuple, int] = {}
    unique = [table_format.names.index(name) for name in table_format.unique]
    for count, (line, record) in enumerate(records, 1):
        row = _parse_record(table_format, record, file.name, line)
        if check is not None:
            try:
                row = check(row)
            except RowProblem as problem:
                raise LoadError(file.name, line, problem.column, problem.message) from None
        if unique:
            key = tuple(row[i] for i in unique)
            if key in seen:
                raise LoadError(
                    file.name, line, table_format.unique[-1], f"duplicate of line {seen[key]}"
                )
            seen[key] = line
        result.rows.append(row)
        result.lines.append(line)
        if progress is not None and count % 10_000 == 0:
            progress(f"reading {file.name}", count, total)
    if progress is not None:
        progress(f"reading {file.name}", len(result.rows), len(result.rows))
    return result


def _parse_record(table_format: TableFormat, record: dict[str, str], file: str, line: int) -> tuple:
    values = []
    for column in table_format.columns:
        raw = record.get(column.name, "")
        if raw == "":
            if column.required:
                raise LoadError(file, line, column.name, "required")
            values.append(column.default)
            continue
        try:
            values.append(column.parse(_storable(raw)))
        except ValueError as exc:
            raise LoadError(file, line, column.name, str(exc)) from None
    return tuple(values)


def _storable(value: str) -> str:
    bad = UNSTORABLE.search(value)
    if bad is None:
        return value
    if bad.group() == "\x00":
        raise ValueError("contains a NUL character, which cannot be stored")
    raise ValueError(f"contains a lone surrogate {ascii(bad.group())}, which is not a character")


def _records(file: Path) -> Iterator[tuple[int, dict[str, str]]]:
    suffix = file.suffix.lower()
    if suffix == ".csv":
        return _csv_records(file)
    if suffix == ".jsonl":
        return _jsonl_records(file)
    return _json_records(file)


def _count_lines(file: Path) -> int:
    try:
        with file.open("rb") as handle:
            chunks = iter(lambda: handle.read(1 << 20), b"")
            return max(2, sum(chunk.count(b"\n") for chunk in chunks))
    except OSError as exc:
        raise LoadError(file.name, None, None, f"cannot read: {exc.strerror}") from None


def _read_text(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(
            file.name, None, None, f"not UTF-8 ({exc.reason} at byte {exc.start})"
        ) from None
    except OSError as exc:
        raise LoadError(file.name, None, None, f"cannot read: {exc.strerror}") from None


def _csv_records(file: Path) -> Iterator[tuple[int, dict[str, str]]]:
    table_format = TABLES[file.stem]
    reader = csv.reader(io.StringIO(_read_text(file), newline=""))
    header = next(_csv_rows(file.name, reader), None)
    if header is None:
        raise LoadError(file.name, 1, None, "empty file; the first line must name the columns")
    header = [name.strip() for name in header]
    _check_header(file.name, header, table_format)
    width = len(header)
    for fields in _csv_rows(file.name, reader):
        if not fields:
            continue  # a blank line
        if len(fields) != width:
            raise LoadError(
                file.name, reader.line_num, None, f"{len(fields)} fields, the header has {width}"
            )
        yield reader.line_num, dict(zip(header, (f.strip() for f in fields), strict=True))


def _csv_rows(file: str, reader: Any) -> Iterator[list[str]]:
    """The reader's rows, its errors (a field past csv's size limit) as LoadErrors."""
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            message = str(exc)
            if "field limit" in message:
                message = f"a field is too long (over {csv.field_size_limit():,} characters)"
            raise LoadError(file, reader.line_num, None, message) from None
        yield fields


def _check_header(file: str, header: list[str], table_format: TableFormat) -> None:
    known = set(table_format.names)
    for name in header:
        if name not in known:
            raise LoadError(
                file, 1, name, f"unknown column; expected {', '.join(table_format.names)}"
            )
    if len(set(header)) != len(header):
        raise LoadError(file, 1, None, "a column is named twice")
    for column in table_format.columns:
        if column.required and column.name not in header:
            raise LoadError(file, 1, column.name, "missing column")


def _json_records(file: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """The objects of a JSON array, each with the line it starts on."""
    text = _read_text(file)
    # Integers as written (_integer checks them); a key given twice is an error, as in CSV.
    decoder = json.JSONDecoder(parse_int=str, object_pairs_hook=_unique_keys)
    position = _skip_space(text, 0)
    if not text.startswith("[", position):
        raise LoadError(
            file.name, _line_of(text, position), None, "expected a JSON array of objects"
        )
    position = _skip_space(text, position + 1)
    line, counted_to = 1, 0
    if text.startswith("]", position):
        _check_end(file.name, text, position + 1)
        return
    while True:
        line += text.count("\n", counted_to, position)
        counted_to = position
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            raise LoadError(file.name, exc.lineno, None, f"invalid JSON: {exc.msg}") from None
        except RecursionError:
            raise LoadError(file.name, line, None, TOO_DEEP) from None
        except DuplicateKey as exc:
            raise LoadError(file.name, line, exc.key, "named twice in one object") from None
        yield line, _json_object(file.name, line, value)
        position = _skip_space(text, position)
        if text.startswith("]", position):
            _check_end(file.name, text, position + 1)
            return
        if not text.startswith(",", position):
            raise LoadError(
                file.name, _line_of(text, position), None, "invalid JSON: expected ',' or ']'"
            )
        position = _skip_space(text, position + 1)


def _check_end(file: str, text: str, position: int) -> None:
    """Nothing but white space may follow the array: a second array glued on is not ignored."""
    position = _skip_space(text, position)
    if position < len(text):
        raise LoadError(
            file, _line_of(text, position), None, "invalid JSON: more text after the array"
        )


def _jsonl_records(file: Path) -> Iterator[tuple[int, dict[str, str]]]:
    for line, content in enumerate(_read_text(file).splitlines(), 1):
        if not content.strip():
            continue
        try:
            value = json.loads(content, parse_int=str, object_pairs_hook=_unique_keys)
        except json.JSONDecodeError as exc:
            raise LoadError(file.name, line, None, f"invalid JSON: {exc.msg}") from None
        except RecursionError:
            raise LoadError(file.name, line, None, TOO_DEEP) from None
        except DuplicateKey as exc:
            raise LoadError(file.name, line, exc.key, "named twice in one object") from None
        yield line, _json_object(file.name, line, value)


class DuplicateKey(Exception):
    def __init__(self, key: str):
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key given twice (json would keep the last one silently)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKey(key)
        result[key] = value
    return result


def _json_object(file: str, line: int, value: Any) -> dict[str, str]:
    """A JSON object as the texts a CSV row would hold, so both share one set of checks."""
    if not isinstance(value, dict):
        raise LoadError(file, line, None, "expected a JSON object")
    table_format = TABLES[Path(file).stem]
    record = {}
    for name, item in value.items():
        if name not in table_format.names:
            raise LoadError(
                file, line, name, f"unknown column; expected {', '.join(table_format.names)}"
            )
        record[name] = _json_scalar(file, line, name, item)
    return record


def _json_scalar(file: str, line: int, name: str, item: Any) -> str:
    if item is None:
        return ""
    if not isinstance(item, str):  # JSON integers arrive as their text (parse_int=str)
        raise LoadError(
            file, line, name, f"expected a string or an integer, not {json.dumps(item)}"
        )
    return str(item).strip()


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1
