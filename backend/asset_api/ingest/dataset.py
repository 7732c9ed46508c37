"""Writes a dataset of asset data into one environment, fast (COPY) and all-or-nothing.

Both `asset-api data demo` and `asset-api data load` build a `Dataset` (rows keyed by the
natural keys people know: account numbers and instrument codes) and hand it to
`write_dataset`, so the two share one meaning of "loading":

- accounts, instruments: upserted by (env, account_no) / (env, code), so their ids, and the
  grants that point at them, survive a reload;
- holdings, cash balances: the dataset is the complete snapshot of every account it names
  (in accounts or holdings), so positions sold since the last load disappear;
- transactions, daily prices: the dataset is the truth for the dates it covers, per account /
  per instrument; rows in that date range are replaced, rows outside it are kept.

Loading the same dataset twice therefore leaves the database as after the first time.
Everything happens in the caller's transaction (or one of our own), so a failure writes nothing.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, time

import asyncpg

from asset_api.domain import check_env

TRANSACTION_KINDS = ("buy", "sell", "deposit", "withdrawal", "dividend", "fee")

# (account_no, name, broker, currency, opened_on, status)
AccountRow = tuple[str, str, str, str, date, str]
# (code, isin, name, market, sector, listed_shares, currency)
InstrumentRow = tuple[str, str, str, str, str, int, str]
# (account_no, instrument_code, quantity, purchase_amount)
HoldingRow = tuple[str, str, int, int]
# (account_no, deposit)
CashRow = tuple[str, int]
# (account_no, trade_date, trade_time, kind, instrument_code | None, quantity, price, amount,
#  fee, tax)
TransactionRow = tuple[str, date, time, str, str | None, int, int, int, int, int]
# (instrument_code, trade_date, open, high, low, close, volume, trading_value)
PriceRow = tuple[str, date, int, int, int, int, int, int]

# Progress reports: (table, rows written so far, rows to write).
Progress = Callable[[str, int, int], None]

PROGRESS_EVERY = 10_000


@dataclass
class Dataset:
    accounts: list[AccountRow] = field(default_factory=list)
    instruments: list[InstrumentRow] = field(default_factory=list)
    holdings: list[HoldingRow] | None = None  # None: the dataset says nothing about positions
    cash_balances: list[CashRow] = field(default_factory=list)
    transactions: list[TransactionRow] = field(default_factory=list)
    daily_prices: list[PriceRow] = field(default_factory=list)


class UnknownReference(Exception):
    """A row names an account or instrument that neither the dataset nor the database has."""

    def __init__(self, table: str, index: int, column: str, value: str):
        self.table, self.index, self.column, self.value = table, index, column, value
        super().__init__(f"{table}[{index}].{column}: unknown {value!r}")


UPSERT_ACCOUNTS = """
INSERT INTO accounts (env, account_no, name, broker, currency, opened_on, status)
SELECT $1, r.* FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[])
    AS r(account_no, name, broker, currency, opened_on, status)
ON CONFLICT (env, account_no) DO UPDATE
SET name = EXCLUDED.name, broker = EXCLUDED.broker, currency = EXCLUDED.currency,
    opened_on = EXCLUDED.opened_on, status = EXCLUDED.status
"""

UPSERT_INSTRUMENTS = """
INSERT INTO instruments (env, code, isin, name, market, sector, listed_shares, currency)
SELECT $1, r.* FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                           $7::bigint[], $8::text[])
    AS r(code, isin, name, market, sector, listed_shares, currency)
ON CONFLICT (env, code) DO UPDATE
SET isin = EXCLUDED.isin, name = EXCLUDED.name, market = EXCLUDED.market, sector = EXCLUDED.sector,
    listed_shares = EXCLUDED.listed_shares, currency = EXCLUDED.currency
"""

ACCOUNT_IDS = "SELECT account_no, id FROM accounts WHERE env = $1 AND account_no = ANY($2::text[])"
INSTRUMENT_IDS = "SELECT code, id FROM instruments WHERE env = $1 AND code = ANY($2::text[])"

DELETE_HOLDINGS = "DELETE FROM holdings WHERE account_id = ANY($1::bigint[])"

UPSERT_CASH = """
INSERT INTO cash_balances (account_id, deposit)
SELECT * FROM unnest($1::bigint[], $2::bigint[])
ON CONFLICT (account_id) DO UPDATE SET deposit = EXCLUDED.deposit
"""

DELETE_TRANSACTIONS_IN_RANGE = """
DELETE FROM transactions t
USING unnest($1::bigint[], $2::date[], $3::date[]) AS r(account_id, first_date, last_date)
WHERE t.account_id = r.account_id AND t.trade_date BETWEEN r.first_date AND r.last_date
"""

DELETE_PRICES_IN_RANGE = """
DELETE FROM daily_prices p
USING unnest($1::bigint[], $2::date[], $3::date[]) AS r(instrument_id, first_date, last_date)
WHERE p.instrument_id = r.instrument_id AND p.trade_date BETWEEN r.first_date AND r.last_date
"""

# Where each account's transactions do not explain its holdings and cash (migration 0009's
# view), and its sells of shares its transactions never bought.
HISTORY_GAPS = """
SELECT a.account_no, i.code, g.history_quantity, g.history_cost, g.held_quantity, g.held_cost
FROM accounts a
JOIN report_history_gaps g ON g.account_id = a.id
LEFT JOIN instruments i ON i.id = g.instrument_id
WHERE a.env = $1 AND a.account_no = ANY($2::text[])
ORDER BY a.account_no, i.code NULLS LAST
"""
UNCOVERED_SELLS = """
SELECT a.account_no, r.uncovered_sells
FROM accounts a JOIN report_accounts r ON r.account_id = a.id
WHERE a.env = $1 AND a.account_no = ANY($2::text[]) AND r.uncovered_sells > 0
"""

HOLDING_COLUMNS = ("account_id", "instrument_id", "quantity", "purchase_amount")
TRANSACTION_COLUMNS = (
    "account_id",
    "trade_date",
    "trade_time",
    "kind",
    "instrument_id",
    "quantity",
    "price",
    "amount",
    "fee",
    "tax",
)
PRICE_COLUMNS = (
    "instrument_id",
    "trade_date",
    "open",
    "high",
    "low",
    "close",
    "volume",
    "trading_value",
)


async def write_dataset(
    conn: asyncpg.Connection, *, env: str, dataset: Dataset, progress: Progress | None = None
) -> dict[str, int]:
    """Write `dataset` into `env` in one transaction; returns the row count of each table."""
    check_env(env)
    report = progress or (lambda table, done, total: None)
    async with conn.transaction():
        await _upsert_accounts(conn, env, dataset.accounts)
        await _upsert_instruments(conn, env, dataset.instruments)
        account_ids = await _account_ids(conn, env, dataset)
        instrument_ids = await _instrument_ids(conn, env, dataset)
        if dataset.holdings is not None:
            await _replace_holdings(conn, dataset, account_ids, instrument_ids, report)
        await _upsert_cash(conn, dataset.cash_balances, account_ids)
        await _replace_transactions(conn, dataset.transactions, account_ids, instrument_ids, report)
        await _replace_prices(conn, dataset.daily_prices, instrument_ids, report)
        # Fresh statistics, so the first queries after a big load get the keyset plans.
        await conn.execute("ANALYZE accounts, instruments, holdings, transactions, daily_prices")
    return {
        "accounts": len(dataset.accounts),
        "instruments": len(dataset.instruments),
        "holdings": len(dataset.holdings or ()),
        "cash_balances": len(dataset.cash_balances),
        "transactions": len(dataset.transactions),
        "prices": len(dataset.daily_prices),
    }


def named_accounts(dataset: Dataset) -> set[str]:
    """The account numbers a dataset writes anything of."""
    numbers = {row[0] for row in dataset.accounts}
    numbers.update(row[0] for row in dataset.holdings or ())
    numbers.update(row[0] for row in dataset.cash_balances)
    numbers.update(row[0] for row in dataset.transactions)
    return numbers


async def incomplete_histories(
    conn: asyncpg.Connection, *, env: str, account_nos: set[str]
) -> list[str]:
    """One line for each of the accounts whose transactions do not explain its holdings and
    cash (a history loaded without its beginning, say): its reports say history_complete:
    false. The reports are rebuilt at commit; a caller still inside its transaction has them
    rebuilt here first."""
    async with conn.transaction():
        await conn.execute("SET CONSTRAINTS report_dirty_rebuild IMMEDIATE")
        await conn.execute("SET CONSTRAINTS report_dirty_rebuild DEFERRED")
        gaps = await conn.fetch(HISTORY_GAPS, env, sorted(account_nos))
        uncovered = dict(await conn.fetch(UNCOVERED_SELLS, env, sorted(account_nos)))
    problems: dict[str, list[str]] = {}
    for gap in gaps:
        # numeric columns: integers, which asyncpg may hand over as Decimal('3.6E+6')
        quantity, cost, held, held_cost = (
            int(gap[name] or 0)
            for name in ("history_quantity", "history_cost", "held_quantity", "held_cost")
        )
        if gap["code"] is None:
            problem = f"cash {cost:,} won, the cash balance {held_cost:,}"
        else:
            problem = (
                f"{gap['code']} {quantity:,} shares for {cost:,} won,"
                f" the holdings {held:,} for {held_cost:,}"
            )
        problems.setdefault(gap["account_no"], []).append(problem)
    for account_no, count in uncovered.items():
        sells = "sell" if count == 1 else "sells"
        problems.setdefault(account_no, []).append(f"{count:,} {sells} of shares never bought")
    return [
        f"{account_no}: the transactions do not explain the holdings and cash"
        f" ({'; '.join(found)}); its reports say history_complete: false"
        for account_no, found in sorted(problems.items())
    ]


async def _upsert_accounts(conn: asyncpg.Connection, env: str, rows: list[AccountRow]) -> None:
    if rows:
        await conn.execute(UPSERT_ACCOUNTS, env, *_columns(rows, 6))


async def _upsert_instruments(
    conn: asyncpg.Connection, env: str, rows: list[InstrumentRow]
) -> None:
    if rows:
        await conn.execute(UPSERT_INSTRUMENTS, env, *_columns(rows, 7))


async def _account_ids(conn: asyncpg.Connection, env: str, dataset: Dataset) -> dict[str, int]:
    return dict(await conn.fetch(ACCOUNT_IDS, env, sorted(named_accounts(dataset))))


async def _instrument_ids(conn: asyncpg.Connection, env: str, dataset: Dataset) -> dict[str, int]:
    codes = {row[0] for row in dataset.instruments}
    codes.update(row[1] for row in dataset.holdings or ())
    codes.update(row[4] for row in dataset.transactions if row[4] is not None)
    codes.update(row[0] for row in dataset.daily_prices)
    return dict(await conn.fetch(INSTRUMENT_IDS, env, sorted(codes)))


async def _replace_holdings(
    conn: asyncpg.Connection,
    dataset: Dataset,
    account_ids: dict[str, int],
    instrument_ids: dict[str, int],
    report: Progress,
) -> None:
    holdings = dataset.holdings or []
    records = [
        (
            _resolve(account_ids, "holdings", i, "account_no", row[0]),
            _resolve(instrument_ids, "holdings", i, "instrument_code", row[1]),
            row[2],
            row[3],
        )
        for i, row in enumerate(holdings)
    ]
    named = {row[0] for row in dataset.accounts} | {row[0] for row in holdings}
    await conn.execute(DELETE_HOLDINGS, [account_ids[number] for number in named])
    await _copy(conn, "holdings", HOLDING_COLUMNS, records, report)


async def _upsert_cash(
    conn: asyncpg.Connection, rows: list[CashRow], account_ids: dict[str, int]
) -> None:
    if not rows:
        return
    ids = [
        _resolve(account_ids, "cash_balances", i, "account_no", r[0]) for i, r in enumerate(rows)
    ]
    await conn.execute(UPSERT_CASH, ids, [row[1] for row in rows])


async def _replace_transactions(
    conn: asyncpg.Connection,
    rows: list[TransactionRow],
    account_ids: dict[str, int],
    instrument_ids: dict[str, int],
    report: Progress,
) -> None:
    if not rows:
        return
    records = []
    for i, row in enumerate(rows):
        account_id = _resolve(account_ids, "transactions", i, "account_no", row[0])
        code = row[4]
        instrument_id = (
            None
            if code is None
            else _resolve(instrument_ids, "transactions", i, "instrument_code", code)
        )
        records.append((account_id, row[1], row[2], row[3], instrument_id, *row[5:]))
    ranges = _date_ranges((record[0], record[1]) for record in records)
    await conn.execute(DELETE_TRANSACTIONS_IN_RANGE, *ranges)
    await _copy(conn, "transactions", TRANSACTION_COLUMNS, records, report)


async def _replace_prices(
    conn: asyncpg.Connection,
    rows: list[PriceRow],
    instrument_ids: dict[str, int],
    report: Progress,
) -> None:
    if not rows:
        return
    records = [
        (_resolve(instrument_ids, "daily_prices", i, "instrument_code", row[0]), *row[1:])
        for i, row in enumerate(rows)
    ]
    ranges = _date_ranges((record[0], record[1]) for record in records)
    await conn.execute(DELETE_PRICES_IN_RANGE, *ranges)
    await _copy(conn, "daily_prices", PRICE_COLUMNS, records, report)


async def _copy(
    conn: asyncpg.Connection,
    table: str,
    columns: tuple[str, ...],
    records: list[tuple],
    report: Progress,
) -> None:
    if not records:
        return
    total = len(records)
    report(f"writing {table}", 0, total)
    await conn.copy_records_to_table(
        table, records=_reporting(records, table, report), columns=columns
    )
    report(f"writing {table}", total, total)


def _reporting(records: list[tuple], table: str, report: Progress) -> Iterator[tuple]:
    total = len(records)
    for done, record in enumerate(records, 1):
        if done % PROGRESS_EVERY == 0 and done < total:
            report(f"writing {table}", done, total)
        yield record


def _resolve(ids: dict[str, int], table: str, index: int, column: str, value: str) -> int:
    try:
        return ids[value]
    except KeyError:
        raise UnknownReference(table, index, column, value) from None


def _date_ranges(pairs: Iterable[tuple[int, date]]) -> tuple[list[int], list[date], list[date]]:
    """Per owner id, the first and last date present: (ids, first dates, last dates)."""
    bounds: dict[int, tuple[date, date]] = {}
    for owner, day in pairs:
        first, last = bounds.get(owner, (day, day))
        bounds[owner] = (min(first, day), max(last, day))
    owners = sorted(bounds)
    return owners, [bounds[o][0] for o in owners], [bounds[o][1] for o in owners]


def common_stock_isin(code: str) -> str:
    """The ISIN the KRX gives the common shares of `code`: KR7 + code + 00 + check digit.

    (Preferred shares and other classes differ; loaded files give their ISIN explicitly.)
    """
    body = f"KR7{code}00"
    return body + str(isin_check_digit(body))


def isin_check_digit(body: str) -> int:
    """ISO 6166: letters to numbers (A=10 … Z=35), then the Luhn check over the digits."""
    digits = "".join(str(int(character, 36)) for character in body)
    total = 0
    for position, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def _columns(rows: list[tuple], width: int) -> list[list]:
    """Rows to one list per column, for unnest($n::type[], ...)."""
    return [[row[i] for row in rows] for i in range(width)]
