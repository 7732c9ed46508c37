"""`asset-api sync kiwoom`: one Kiwoom account's holdings, cash and instruments into `real`.

Everything is read from Kiwoom first; only then, in one transaction, is the database changed.
A Kiwoom error at any point (return_code ≠ 0, its bracketed "[8005:…]" form, an HTTP error, a
number that does not read) therefore leaves the database exactly as it was. The writes are
diffs against what is stored, so a second run with the same answers writes no row at all.

Where each value comes from. Field names and their 한글명 are those of the official examples
in Kiwoom-Securities/Kiwoom-REST-API (examples/국내주식/계좌/get_domestic_account_evaluation_
balance.py for kt00018, …/계좌/get_domestic_deposit_detail.py for kt00001, …/종목정보/
get_domestic_stock_info.py for ka10001 and …/종목정보/get_domestic_stock_detail.py for ka10100);
every call is POST with a JSON body and the TR code in the `api-id` header (kiwoom/core/client.py
of the same repository):

| ours                        | Kiwoom                                                       |
| --------------------------- | ------------------------------------------------------------ |
| holdings: instrument code   | kt00018 acnt_evlt_remn_indv_tot[].stk_cd 종목번호 ("A005930") |
| holdings.quantity           | kt00018 …rmnd_qty 보유수량                                     |
| holdings.purchase_amount    | kt00018 …pur_amt 매입금액 (pur_pric 매입가 × 보유수량 if absent) |
| cash_balances.deposit       | kt00001 entr 예수금                                            |
| instruments.name            | ka10001 stk_nm 종목명                                          |
| instruments.listed_shares   | ka10100 listCount 상장주식수; else ka10001 flo_stk 상장주식 × 1000 |
| instruments.market          | ka10100 marketCode 시장구분코드 / marketName 시장명              |
| instruments.sector          | ka10100 upName 업종명                                          |

kt00018 has no deposit (its 추정예탁자산 prsm_dpst_aset_amt mixes cash with securities), hence
kt00001; ka10001 has no market and gives listed shares in thousands (천주), hence ka10100, whose
listCount is the exact count. Numbers arrive as strings, zero-padded and often signed
("-00000000196888", "+75000"); they are read exactly, never through float.
"""

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import asyncpg
import httpx

from asset_api.client import KST, AssetApiError, AsyncAssetApiClient
from asset_api.domain import ACCOUNT_NO, INSTRUMENT_CODE, MAX_BIGINT
from asset_api.ingest.dataset import common_stock_isin

ENV = "real"
BROKER = "키움증권"
NEW_ACCOUNT_NAME = "키움증권 위탁계좌"

ACCOUNT_PATH = "/api/dostk/acnt"
STOCK_INFO_PATH = "/api/dostk/stkinfo"

BALANCE_TR = "kt00018"  # 계좌평가잔고내역요청
DEPOSIT_TR = "kt00001"  # 예수금상세현황요청
BASIC_INFO_TR = "ka10001"  # 주식기본정보요청
STOCK_INFO_TR = "ka10100"  # 종목정보 조회

# qry_tp 1 = 합산: one row per stock (cash and credit lots together); KRX prices.
BALANCE_REQUEST = {"qry_tp": "1", "dmst_stex_tp": "KRX"}
# qry_tp 2 = 일반조회 (3 = 추정조회, the D+2 projection): today's 예수금 as booked.
DEPOSIT_REQUEST = {"qry_tp": "2"}

# ka10100 marketCode, with the codes of Kiwoom's market list (ka10099 mrkt_tp): 0 코스피,
# 10 코스닥; ETFs (8) and REITs (6) trade on the KOSPI market. ELW, KONEX, K-OTC and the rest
# have no place in our instruments table (KOSPI or KOSDAQ only).
MARKETS = {"0": "KOSPI", "10": "KOSDAQ", "8": "KOSPI", "6": "KOSPI"}
MARKET_NAMES = {"거래소": "KOSPI", "코스피": "KOSPI", "코스닥": "KOSDAQ"}

# ASCII digits only: int() and Decimal() would also take "١٢" or "1_000".
SIGNED_INTEGER = re.compile(r"^[+-]?[0-9]+$")
SIGNED_DECIMAL = re.compile(r"^[+-]?[0-9]+(\.[0-9]+)?$")
# Quantities and KRW amounts are bigint columns.


class SyncError(Exception):
    """The sync stopped before writing anything. The message is one line, for the CLI."""


class KiwoomFormatError(ValueError):
    """A Kiwoom field that does not hold what its documentation says."""

    def __init__(self, field: str, value: Any, expected: str = "a number"):
        shown = repr(value)
        if len(shown) > 40:  # a one-line message, whatever Kiwoom sent
            shown = f"{shown[:37]}…"
        super().__init__(f"{field}={shown} is not {expected}")


# --- reading Kiwoom's strings ------------------------------------------------------------------


def kiwoom_int(value: Any, field: str) -> int:
    """ "-00000000196888" → -196888, "+75000" → 75000, "000000017598258" → 17598258."""
    text = value.strip() if isinstance(value, str) else ""
    if not SIGNED_INTEGER.match(text):
        raise KiwoomFormatError(field, value)
    if len(text.lstrip("+-").lstrip("0")) > len(str(MAX_BIGINT)):  # before int() refuses it
        raise KiwoomFormatError(field, value, "a number within 64 bits")
    return int(text)


def optional_kiwoom_int(value: Any, field: str) -> int | None:
    """As kiwoom_int, but None for a field that is absent or empty (Kiwoom sends "")."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return kiwoom_int(value, field)


def kiwoom_decimal(value: Any, field: str) -> str:
    """A rate as an exact decimal string: "-0046.25" → "-46.25", "+0.00" → "0.00"."""
    text = value.strip() if isinstance(value, str) else ""
    if not SIGNED_DECIMAL.match(text):
        raise KiwoomFormatError(field, value, "a decimal number")
    number = Decimal(text)
    return str(abs(number) if number.is_zero() else number)


def instrument_code(stk_cd: Any) -> str:
    """Kiwoom's 종목번호 to the six-character code: kt00018 prefixes "A" ("A005930"), NXT and
    SOR codes carry a suffix ("005930_NX", "005930_AL")."""
    text = stk_cd.strip().upper() if isinstance(stk_cd, str) else ""
    text = text.split("_", 1)[0]
    if len(text) == 7 and text.startswith("A"):
        text = text[1:]
    if not INSTRUMENT_CODE.match(text):
        raise KiwoomFormatError("stk_cd", stk_cd, "a six-character stock code")
    return text


def normalize_account_no(account_no: str) -> str:
    """ "5012345611" or "50123456-11" → "5012345611" (8 digits of account, 2 of product)."""
    number = account_no.replace("-", "").strip()
    if not ACCOUNT_NO.match(number):
        raise SyncError(
            f"계좌번호는 숫자 10자리여야 합니다 (account number must be 10 digits): {account_no!r}"
        )
    return number


# --- what Kiwoom says ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Position:
    code: str
    name: str
    quantity: int
    purchase_amount: int


@dataclass(frozen=True, slots=True)
class InstrumentInfo:
    code: str
    name: str
    market: str
    sector: str | None  # None: Kiwoom did not say; a stored sector is kept
    listed_shares: int | None  # None: Kiwoom did not say; a stored count is kept


@dataclass(frozen=True, slots=True)
class KiwoomSnapshot:
    positions: tuple[Position, ...]
    deposit: int
    instruments: tuple[InstrumentInfo, ...]
    total_evaluation_amount: int  # kt00018 tot_evlt_amt 총평가금액, reported, not stored
    total_profit_rate: str  # kt00018 tot_prft_rt 총수익률(%), reported, not stored


async def fetch_snapshot(client: AsyncAssetApiClient) -> KiwoomSnapshot:
    """Everything the sync needs, read from Kiwoom; SyncError on any failure."""
    balance_pages = await _call_tr(client, BALANCE_TR, ACCOUNT_PATH, BALANCE_REQUEST)
    with _reading(BALANCE_TR):
        positions = positions_from_balance(balance_pages)
        summary = balance_pages[0]
        total_evaluation = kiwoom_int(summary.get("tot_evlt_amt", "0"), "tot_evlt_amt")
        total_rate = kiwoom_decimal(summary.get("tot_prft_rt", "0"), "tot_prft_rt")
    deposit_page = (await _call_tr(client, DEPOSIT_TR, ACCOUNT_PATH, DEPOSIT_REQUEST))[0]
    with _reading(DEPOSIT_TR):
        deposit = _storable(kiwoom_int(deposit_page.get("entr"), "entr"), "entr")
    instruments = [await fetch_instrument(client, position) for position in positions]
    return KiwoomSnapshot(
        positions=positions,
        deposit=deposit,
        instruments=tuple(instruments),
        total_evaluation_amount=total_evaluation,
        total_profit_rate=total_rate,
    )


def positions_from_balance(pages: list[dict[str, Any]]) -> tuple[Position, ...]:
    """The held positions of every kt00018 page, one per code, sorted by code.

    Rows with 보유수량 0 (sold out today; Kiwoom lists them until the next day) are left out.
    Two rows of one code are added up, so the holdings key stays unique whatever qry_tp did.
    """
    merged: dict[str, Position] = {}
    for page in pages:
        rows = page.get("acnt_evlt_remn_indv_tot") or []
        if not isinstance(rows, list) or not all(isinstance(row, Mapping) for row in rows):
            raise KiwoomFormatError("acnt_evlt_remn_indv_tot", rows, "a list of objects")
        for row in rows:
            position = _position(row)
            if position.quantity == 0:
                continue
            earlier = merged.get(position.code)
            if earlier is not None:
                position = Position(
                    position.code,
                    earlier.name or position.name,
                    _storable(earlier.quantity + position.quantity, "rmnd_qty"),
                    _storable(earlier.purchase_amount + position.purchase_amount, "pur_amt"),
                )
            merged[position.code] = position
    return tuple(merged[code] for code in sorted(merged))


def _position(row: Mapping[str, Any]) -> Position:
    quantity = _storable(kiwoom_int(row.get("rmnd_qty"), "rmnd_qty"), "rmnd_qty")
    purchase_amount = optional_kiwoom_int(row.get("pur_amt"), "pur_amt")
    if purchase_amount is None:
        purchase_amount = kiwoom_int(row.get("pur_pric"), "pur_pric") * quantity
    return Position(
        code=instrument_code(row.get("stk_cd")),
        name=str(row.get("stk_nm") or "").strip(),
        quantity=quantity,
        purchase_amount=_storable(purchase_amount, "pur_amt"),
    )


async def fetch_instrument(client: AsyncAssetApiClient, position: Position) -> InstrumentInfo:
    request = {"stk_cd": position.code}
    basic = (await _call_tr(client, BASIC_INFO_TR, STOCK_INFO_PATH, request))[0]
    detail = (await _call_tr(client, STOCK_INFO_TR, STOCK_INFO_PATH, request))[0]
    with _reading(f"{BASIC_INFO_TR}/{STOCK_INFO_TR} {position.code}"):
        return instrument_info(position, basic, detail)


def instrument_info(
    position: Position, basic: Mapping[str, Any], detail: Mapping[str, Any]
) -> InstrumentInfo:
    """One instrument from its ka10001 (`basic`) and ka10100 (`detail`) answers."""
    names = (basic.get("stk_nm"), detail.get("name"), position.name)
    name = next((str(n).strip() for n in names if n and str(n).strip()), "")
    if not name:
        raise KiwoomFormatError("stk_nm", basic.get("stk_nm"), "a name")
    listed_shares = optional_kiwoom_int(detail.get("listCount"), "listCount")
    if listed_shares is None:
        thousands = optional_kiwoom_int(basic.get("flo_stk"), "flo_stk")
        listed_shares = None if thousands is None else thousands * 1000
    if listed_shares is not None:
        _storable(listed_shares, "listCount")
    sector = str(detail.get("upName") or "").strip() or None
    return InstrumentInfo(position.code, name[:100], _market(detail), sector, listed_shares)


def _market(detail: Mapping[str, Any]) -> str:
    code = str(detail.get("marketCode") or "").strip()
    name = str(detail.get("marketName") or "").strip()
    market = MARKETS.get(code) or MARKET_NAMES.get(name)
    if market is None:
        raise KiwoomFormatError("marketCode", f"{code} {name}".strip(), "KOSPI or KOSDAQ")
    return market


def _storable(value: int, field: str) -> int:
    """A share count or KRW amount as the bigint columns take it: 0 to 2^63 - 1."""
    if value < 0:
        raise KiwoomFormatError(field, str(value), "zero or more")
    if value > MAX_BIGINT:
        raise KiwoomFormatError(field, str(value), "within 64 bits")
    return value


async def _call_tr(
    client: AsyncAssetApiClient, api_id: str, path: str, body: dict[str, Any]
) -> list[dict[str, Any]]:
    try:
        return await client.post_tr(api_id, path, body)
    except (AssetApiError, httpx.HTTPError) as exc:
        raise SyncError(f"키움 {api_id} 호출 실패 (Kiwoom call failed): {_one_line(exc)}") from exc


@contextmanager
def _reading(what: str) -> Iterator[None]:
    try:
        yield
    except KiwoomFormatError as exc:
        raise SyncError(f"키움 {what} 응답을 읽을 수 없습니다 (unreadable answer): {exc}") from exc


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


# --- writing it ----------------------------------------------------------------------------------

LOCK_ACCOUNT = "SELECT id FROM accounts WHERE env = $1 AND account_no = $2 FOR UPDATE"
CREATE_ACCOUNT = """
INSERT INTO accounts (env, account_no, name, broker, currency, opened_on)
VALUES ($1, $2, $3, $4, 'KRW', $5)
ON CONFLICT (env, account_no) DO NOTHING
RETURNING id
"""

STORED_INSTRUMENTS = """
SELECT id, code, name, market, sector, listed_shares
FROM instruments
WHERE env = $1 AND code = ANY($2::text[])
FOR UPDATE
"""
# A concurrent sync or load may insert the same code first; its row is then simply used.
INSERT_INSTRUMENTS = """
INSERT INTO instruments (env, code, isin, name, market, sector, listed_shares)
SELECT $1, r.* FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                           $7::bigint[]) AS r(code, isin, name, market, sector, listed_shares)
ON CONFLICT (env, code) DO NOTHING
"""
UPDATE_INSTRUMENTS = """
UPDATE instruments i
SET name = r.name, market = r.market, sector = r.sector, listed_shares = r.listed_shares
FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[])
    AS r(id, name, market, sector, listed_shares)
WHERE i.id = r.id
"""
INSTRUMENT_IDS = "SELECT code, id FROM instruments WHERE env = $1 AND code = ANY($2::text[])"

STORED_HOLDINGS = """
SELECT instrument_id, quantity, purchase_amount FROM holdings WHERE account_id = $1 FOR UPDATE
"""
DELETE_HOLDINGS = "DELETE FROM holdings WHERE account_id = $1 AND instrument_id = ANY($2::bigint[])"
INSERT_HOLDINGS = """
INSERT INTO holdings (account_id, instrument_id, quantity, purchase_amount)
SELECT $1, r.* FROM unnest($2::bigint[], $3::bigint[], $4::bigint[])
    AS r(instrument_id, quantity, purchase_amount)
"""
UPDATE_HOLDINGS = """
UPDATE holdings h
SET quantity = r.quantity, purchase_amount = r.purchase_amount
FROM unnest($2::bigint[], $3::bigint[], $4::bigint[]) AS r(instrument_id, quantity, purchase_amount)
WHERE h.account_id = $1 AND h.instrument_id = r.instrument_id
"""

STORED_DEPOSIT = "SELECT deposit FROM cash_balances WHERE account_id = $1"
UPSERT_DEPOSIT = """
INSERT INTO cash_balances (account_id, deposit) VALUES ($1, $2)
ON CONFLICT (account_id) DO UPDATE SET deposit = EXCLUDED.deposit
"""


@dataclass(frozen=True, slots=True)
class Changes:
    inserted: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0

    @property
    def any(self) -> bool:
        return bool(self.inserted or self.updated or self.removed)


@dataclass(frozen=True, slots=True)
class SyncSummary:
    account_no: str
    account_created: bool
    holdings: Changes
    instruments: Changes
    deposit: int
    cash_changed: bool
    total_evaluation_amount: int
    total_profit_rate: str

    @property
    def changed(self) -> bool:
        return (
            self.account_created or self.cash_changed or self.holdings.any or self.instruments.any
        )

    def as_dict(self) -> dict[str, Any]:
        """Flat, for the CLI's `key: value` lines and its --json object."""
        return {
            "account_no": self.account_no,
            "accounts": 1,
            "accounts_created": int(self.account_created),
            "holdings_inserted": self.holdings.inserted,
            "holdings_updated": self.holdings.updated,
            "holdings_removed": self.holdings.removed,
            "holdings_unchanged": self.holdings.unchanged,
            "instruments_inserted": self.instruments.inserted,
            "instruments_updated": self.instruments.updated,
            "instruments_unchanged": self.instruments.unchanged,
            "deposit": self.deposit,
            "cash_changed": self.cash_changed,
            "kiwoom_total_evaluation_amount": self.total_evaluation_amount,
            "kiwoom_total_profit_rate": self.total_profit_rate,
            "changed": self.changed,
        }


async def write_snapshot(
    conn: asyncpg.Connection, *, account_no: str, snapshot: KiwoomSnapshot, today: date
) -> SyncSummary:
    """The account's holdings set, cash and instruments made equal to `snapshot`, in one
    transaction; rows that already agree are not touched."""
    async with conn.transaction():
        account_id, created = await _lock_account(conn, account_no, today)
        instrument_ids, instruments = await _upsert_instruments(conn, snapshot.instruments)
        wanted = {
            instrument_ids[p.code]: (p.quantity, p.purchase_amount) for p in snapshot.positions
        }
        holdings = await _replace_holdings(conn, account_id, wanted)
        cash_changed = await _set_deposit(conn, account_id, snapshot.deposit)
    return SyncSummary(
        account_no=account_no,
        account_created=created,
        holdings=holdings,
        instruments=instruments,
        deposit=snapshot.deposit,
        cash_changed=cash_changed,
        total_evaluation_amount=snapshot.total_evaluation_amount,
        total_profit_rate=snapshot.total_profit_rate,
    )


async def _lock_account(conn: asyncpg.Connection, account_no: str, today: date) -> tuple[int, bool]:
    """The account's id, locked against a concurrent sync; created when new.

    Kiwoom's balance TRs do not tell when an account was opened: a new row gets the day of its
    first sync, until a loaded file (`asset-api data load`) says otherwise. An existing row's
    name, opening date and status are never touched.
    """
    account_id = await conn.fetchval(LOCK_ACCOUNT, ENV, account_no)
    if account_id is not None:
        return account_id, False
    args = (ENV, account_no, NEW_ACCOUNT_NAME, BROKER, today)
    account_id = await conn.fetchval(CREATE_ACCOUNT, *args)
    if account_id is not None:
        return account_id, True
    return await conn.fetchval(LOCK_ACCOUNT, ENV, account_no), False  # created meanwhile


async def _upsert_instruments(
    conn: asyncpg.Connection, infos: tuple[InstrumentInfo, ...]
) -> tuple[dict[str, int], Changes]:
    codes = [info.code for info in infos]
    stored = {row["code"]: row for row in await conn.fetch(STORED_INSTRUMENTS, ENV, codes)}
    new_rows, changed_rows = [], []
    for info in infos:
        row = stored.get(info.code)
        if row is None:
            new_rows.append(_new_instrument(info))
            continue
        wanted = _merged_instrument(info, row)
        if wanted != (row["name"], row["market"], row["sector"], row["listed_shares"]):
            changed_rows.append((row["id"], *wanted))
    if new_rows:
        await conn.execute(INSERT_INSTRUMENTS, ENV, *_columns(new_rows, 6))
    if changed_rows:
        await conn.execute(UPDATE_INSTRUMENTS, *_columns(changed_rows, 5))
    ids = dict(await conn.fetch(INSTRUMENT_IDS, ENV, codes))
    unchanged = len(infos) - len(new_rows) - len(changed_rows)
    return ids, Changes(inserted=len(new_rows), updated=len(changed_rows), unchanged=unchanged)


def _new_instrument(info: InstrumentInfo) -> tuple:
    # Kiwoom's TRs carry no ISIN. The KRX derives a common share's from its code (short codes
    # of common shares and ETFs end in 0); for any other class it cannot be guessed.
    if not info.code.endswith("0"):
        raise SyncError(
            f"종목 {info.code}({info.name})의 ISIN을 알 수 없습니다; `asset-api data load`로 먼저 "
            f"등록하십시오 (unknown ISIN for a non-common share: load the instrument first)"
        )
    sector = info.sector or ""
    listed_shares = info.listed_shares or 0
    return (info.code, common_stock_isin(info.code), info.name, info.market, sector, listed_shares)


def _merged_instrument(info: InstrumentInfo, row: asyncpg.Record) -> tuple[str, str, str, int]:
    """(name, market, sector, listed_shares): Kiwoom's values, the stored ones where it is
    silent."""
    sector = info.sector if info.sector is not None else row["sector"]
    listed = info.listed_shares if info.listed_shares is not None else row["listed_shares"]
    return (info.name, info.market, sector, listed)


async def _replace_holdings(
    conn: asyncpg.Connection, account_id: int, wanted: dict[int, tuple[int, int]]
) -> Changes:
    """The account's holdings become exactly `wanted` ({instrument_id: (quantity, amount)})."""
    stored = {
        row["instrument_id"]: (row["quantity"], row["purchase_amount"])
        for row in await conn.fetch(STORED_HOLDINGS, account_id)
    }
    removed = sorted(set(stored) - set(wanted))
    inserted = sorted(set(wanted) - set(stored))
    updated = sorted(i for i in set(wanted) & set(stored) if wanted[i] != stored[i])
    if removed:
        await conn.execute(DELETE_HOLDINGS, account_id, removed)
    if inserted:
        await conn.execute(INSERT_HOLDINGS, account_id, *_holding_columns(inserted, wanted))
    if updated:
        await conn.execute(UPDATE_HOLDINGS, account_id, *_holding_columns(updated, wanted))
    unchanged = len(wanted) - len(inserted) - len(updated)
    return Changes(len(inserted), len(updated), len(removed), unchanged)


def _holding_columns(ids: list[int], wanted: dict[int, tuple[int, int]]) -> list[list[int]]:
    return [ids, [wanted[i][0] for i in ids], [wanted[i][1] for i in ids]]


async def _set_deposit(conn: asyncpg.Connection, account_id: int, deposit: int) -> bool:
    if await conn.fetchval(STORED_DEPOSIT, account_id) == deposit:
        return False
    await conn.execute(UPSERT_DEPOSIT, account_id, deposit)
    return True


def _columns(rows: list[tuple], width: int) -> list[list]:
    """Rows to one list per column, for unnest($n::type[], ...)."""
    return [[row[i] for row in rows] for i in range(width)]


# --- the whole sync ------------------------------------------------------------------------------


def kiwoom_client(
    base_url: str,
    appkey: str,
    secretkey: str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> AsyncAssetApiClient:
    """The Asset-API client pointed at Kiwoom (same dialect, Kiwoom's token paths)."""
    return AsyncAssetApiClient(base_url, appkey, secretkey, api="kiwoom", transport=transport)


async def sync_kiwoom_account(
    conn: asyncpg.Connection,
    *,
    client: AsyncAssetApiClient,
    account_no: str,
    today: date | None = None,
) -> SyncSummary:
    """Read the account from Kiwoom, then write it into `real`; SyncError with nothing
    written when Kiwoom fails or answers something unreadable."""
    number = normalize_account_no(account_no)
    snapshot = await fetch_snapshot(client)
    today = today or datetime.now(KST).date()
    return await write_snapshot(conn, account_no=number, snapshot=snapshot, today=today)
