"""The reports' stored state (migration 0009) follows every write, whoever makes it.

After each kind of change to transactions, holdings, cash balances or daily prices (SQL of
any shape, the loader's period reload, deletes, truncates, two writers at once) the reports
must equal the independent replay, and every derived table must equal what a rebuild of the
account from scratch writes: what was recomputed from the earliest changed row is exact.
"""

import asyncio
from datetime import date, time

import asyncpg
import pytest

from asset_api.ingest.dataset import Dataset, write_dataset
from tests.data import replay
from tests.data.conftest import bearer, cash, ohlcv, trade
from tests.data.report_data import (
    ALL_TIME,
    EDGE_ACCOUNT,
    PREFIX,
    all_rows,
    edge_dataset,
    history,
)
from tests.helpers import issue_token

DERIVED = {
    "realized_sells": "transaction_id",
    "position_days": "instrument_id, trade_date",
    "account_days": "trade_date",
    "daily_valuations": "trade_date",
    "report_positions": "instrument_id",
    "report_accounts": "account_id",
}
TRADING_DAYS = """
SELECT i.env, d.trade_date, count(*) AS prices
FROM daily_prices d JOIN instruments i ON i.id = d.instrument_id
GROUP BY 1, 2 ORDER BY 1, 2
"""
INSERT_PRICE = """
INSERT INTO daily_prices (instrument_id, trade_date, open, high, low, close, volume,
                          trading_value)
SELECT id, $2, $3, $3, $3, $3, 1, $3 FROM instruments WHERE env = 'real' AND code = $1
"""
INSERT_TRADE = """
INSERT INTO transactions (account_id, trade_date, trade_time, kind, instrument_id, quantity,
                          price, amount, fee, tax)
SELECT a.id, $2, $3, $4, i.id, $5::bigint, $6::bigint, $5::bigint * $6::bigint, 0, 0
FROM accounts a, instruments i
WHERE a.env = 'real' AND a.account_no = $1 AND i.env = 'real' AND i.code = $7
"""


@pytest.fixture
async def edge(client, db) -> str:
    await write_dataset(db, env="real", dataset=edge_dataset())
    return await issue_token(client, db, env="real", accounts=[EDGE_ACCOUNT])


async def account_id(db, account_no: str = EDGE_ACCOUNT) -> int:
    return await db.fetchval(
        "SELECT id FROM accounts WHERE env = 'real' AND account_no = $1", account_no
    )


async def derived_state(db: asyncpg.Connection, account: int) -> dict[str, list]:
    return {
        table: [
            tuple(r)
            for r in await db.fetch(
                f"SELECT * FROM {table} WHERE account_id = $1 ORDER BY {order}", account
            )
        ]
        for table, order in DERIVED.items()
    }


async def assert_exact(db: asyncpg.Connection, account_no: str = EDGE_ACCOUNT) -> None:
    """Every derived row of the account equals a rebuild from scratch; trading days equal
    a count of daily_prices."""
    account = await account_id(db, account_no)
    kept = await derived_state(db, account)
    rebuild = db.transaction()
    await rebuild.start()
    try:
        await db.execute("SELECT report_rebuild($1, '-infinity', '-infinity')", account)
        rebuilt = await derived_state(db, account)
    finally:
        await rebuild.rollback()  # the state stays as the triggers left it
    assert kept == rebuilt
    counted = [tuple(r) for r in await db.fetch(TRADING_DAYS)]
    kept_days = await db.fetch("SELECT env, trade_date, prices FROM trading_days ORDER BY 1, 2")
    assert [tuple(r) for r in kept_days] == counted


async def assert_reports_match(client, db, token: str, account_no: str = EDGE_ACCOUNT) -> None:
    rows = await history(client, token, account_no)
    url = f"{PREFIX}/{account_no}"
    sells = await all_rows(client, token, f"{url}/realized-pnl", ALL_TIME, "sells")
    assert sells == replay.sells(rows, "20000101", "20991231")
    prices = await db.fetch(
        "SELECT i.code, d.trade_date, d.close FROM daily_prices d "
        "JOIN instruments i ON i.id = d.instrument_id WHERE i.env = 'real'"
    )
    closes = {(p["code"], p["trade_date"]): p["close"] for p in prices}
    days = {p["trade_date"] for p in prices}
    shown = await all_rows(client, token, f"{url}/daily-valuations", ALL_TIME, "valuations")
    assert shown == replay.valuations(rows, closes, days)
    await assert_exact(db, account_no)


async def history_complete(client, token: str, account_no: str = EDGE_ACCOUNT) -> bool:
    url = f"{PREFIX}/{account_no}/realized-pnl"
    body = (await client.get(url, params=ALL_TIME, headers=bearer(token))).json()
    return body["summary"]["history_complete"]


async def test_a_load_leaves_exact_reports(client, db, edge):
    await assert_reports_match(client, db, edge)
    assert await history_complete(client, edge)


async def test_a_trade_inserted_in_the_past_redoes_every_later_cost(client, db, edge):
    await db.execute(
        INSERT_TRADE, EDGE_ACCOUNT, date(2026, 3, 2), time(9, 30), "buy", 4, 69_900, "005930"
    )
    await assert_reports_match(client, db, edge)
    assert not await history_complete(client, edge)  # the holdings do not know of it


async def test_updates_and_deletes_of_transactions(client, db, edge):
    await db.execute(
        "UPDATE transactions SET price = 70_500, amount = 3 * 70_500 "
        "WHERE kind = 'sell' AND trade_date = '2026-03-03'"
    )
    await assert_reports_match(client, db, edge)
    await db.execute("UPDATE transactions SET trade_date = '2026-03-06' WHERE kind = 'fee'")
    await assert_reports_match(client, db, edge)
    await db.execute("DELETE FROM transactions WHERE kind = 'sell' AND trade_date = '2026-03-04'")
    await assert_reports_match(client, db, edge)


async def test_the_loaders_reload_of_a_period(client, db, edge):
    """The loader deletes the period and copies it again: one rebuild at commit, exact."""
    reloaded = Dataset(
        transactions=[
            trade(EDGE_ACCOUNT, "20260304", "093000", "buy", "000660", 1, 129_500, fee=10),
            cash(EDGE_ACCOUNT, "20260304", "160000", "withdrawal", 20_000),
        ]
    )
    await write_dataset(db, env="real", dataset=reloaded)
    await assert_reports_match(client, db, edge)
    days = {t["trade_date"] for t in await history(client, edge, EDGE_ACCOUNT)}
    assert "20260304" in days


async def test_a_transaction_moved_to_another_account_rebuilds_both(client, db, edge):
    other = "2000000002"
    await write_dataset(
        db,
        env="real",
        dataset=Dataset(
            accounts=[(other, "다른계좌", "키움증권", "KRW", date(2026, 1, 5), "active")]
        ),
    )
    token = await issue_token(client, db, env="real", accounts=[EDGE_ACCOUNT, other])
    await db.execute(
        "UPDATE transactions SET account_id = $1 WHERE account_id = $2 AND trade_date <= $3",
        await account_id(db, other),
        await account_id(db),
        date(2026, 3, 2),
    )
    await assert_reports_match(client, db, token)
    await assert_reports_match(client, db, token, other)


async def test_a_late_close_and_a_correction_revalue_the_days_after(client, db, edge):
    await db.execute(INSERT_PRICE, "000660", date(2026, 3, 4), 125_000)  # the missing close
    await assert_reports_match(client, db, edge)
    await db.execute(
        "UPDATE daily_prices SET close = close + 1_000 WHERE trade_date = '2026-03-02'"
    )
    await assert_reports_match(client, db, edge)


async def test_trading_days_that_appear_and_vanish(client, db, edge):
    await db.execute(INSERT_PRICE, "005930", date(2026, 3, 10), 75_000)  # a new last day
    await db.execute(INSERT_PRICE, "035720", date(2026, 3, 7), 51_000)  # a Saturday session
    await assert_reports_match(client, db, edge)
    await db.execute("DELETE FROM daily_prices WHERE trade_date = '2026-03-05'")
    await assert_reports_match(client, db, edge)
    shown = {v["date"] for v in await all_rows(
        client, edge, f"{PREFIX}/{EDGE_ACCOUNT}/daily-valuations", ALL_TIME, "valuations"
    )}  # fmt: skip
    assert {"20260307", "20260310"} <= shown and "20260305" not in shown


async def test_an_instrument_deleted_with_its_prices(client, db, edge):
    await write_dataset(
        db,
        env="real",
        dataset=Dataset(
            instruments=[("900001", "KR7900001007", "상장폐지", "KOSDAQ", "", 1, "KRW")],
            daily_prices=[ohlcv("900001", "20260311", 10, 10, 10, 10, 1, 10)],
        ),
    )
    assert "20260311" in {v["date"] for v in await all_rows(
        client, edge, f"{PREFIX}/{EDGE_ACCOUNT}/daily-valuations", ALL_TIME, "valuations"
    )}  # fmt: skip
    await db.execute("DELETE FROM instruments WHERE env = 'real' AND code = '900001'")
    await assert_reports_match(client, db, edge)


async def test_holdings_and_cash_decide_history_complete(client, db, edge):
    account = await account_id(db)
    await db.execute(
        "UPDATE cash_balances SET deposit = deposit + 1 WHERE account_id = $1", account
    )
    assert not await history_complete(client, edge)
    await db.execute(
        "UPDATE cash_balances SET deposit = deposit - 1 WHERE account_id = $1", account
    )
    assert await history_complete(client, edge)
    await db.execute(
        "UPDATE holdings SET purchase_amount = purchase_amount + 1 WHERE account_id = $1", account
    )
    assert not await history_complete(client, edge)
    await db.execute("DELETE FROM holdings WHERE account_id = $1", account)
    assert not await history_complete(client, edge)
    await db.execute("TRUNCATE holdings")
    assert not await history_complete(client, edge)


async def test_truncates_and_a_deleted_account_leave_nothing_behind(client, db, edge):
    account = await account_id(db)
    await db.execute("TRUNCATE daily_prices")
    assert await db.fetchval("SELECT count(*) FROM daily_valuations") == 0
    assert await db.fetchval("SELECT count(*) FROM trading_days") == 0
    await db.execute("TRUNCATE transactions")
    state = await derived_state(db, account)
    assert all(rows == [] for table, rows in state.items() if table != "report_accounts")
    await db.execute("DELETE FROM accounts WHERE id = $1", account)
    assert all(rows == [] for rows in (await derived_state(db, account)).values())


async def test_a_rolled_back_write_changes_nothing(client, db, edge):
    account = await account_id(db)
    before = await derived_state(db, account)
    with pytest.raises(asyncpg.exceptions.RaiseError):
        async with db.transaction():
            await db.execute("DELETE FROM transactions WHERE account_id = $1", account)
            await db.execute("DO $$BEGIN RAISE 'undo'; END$$")
    assert await derived_state(db, account) == before


async def test_a_trade_and_a_price_written_at_once_both_count(client, db, migrated, edge):
    """Two writers at once: the second waits for the first's commit, so neither rebuild
    misses the other's write."""
    trader, pricer = await asyncpg.connect(migrated), await asyncpg.connect(migrated)
    try:
        trade_tx, price_tx = trader.transaction(), pricer.transaction()
        await trade_tx.start()
        await price_tx.start()
        # a buy of the instrument that never had a close, and its first close meanwhile
        await trader.execute(
            INSERT_TRADE, EDGE_ACCOUNT, date(2026, 3, 9), time(11, 0), "buy", 1, 50_500, "035720"
        )
        waiting = asyncio.create_task(
            pricer.execute(INSERT_PRICE, "035720", date(2026, 3, 9), 52_000)
        )
        await asyncio.sleep(0.2)
        assert not waiting.done()  # it waits for the trade's commit
        await trade_tx.commit()
        await asyncio.wait_for(waiting, 10)
        await price_tx.commit()
    finally:
        await trader.close()
        await pricer.close()
    await assert_reports_match(client, db, edge)
    latest = (await all_rows(
        client, edge, f"{PREFIX}/{EDGE_ACCOUNT}/daily-valuations", ALL_TIME, "valuations"
    ))[0]  # fmt: skip
    assert latest["date"] == "20260309"
