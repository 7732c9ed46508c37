"""latest_prices, the close the balance call values holdings at, follows daily_prices exactly.

Every statement that writes prices, whoever runs it, must leave latest_prices equal to the
newest row per instrument in daily_prices; the balance call must show that close.
"""

import asyncio
from datetime import date

import asyncpg

from asset_api.ingest.dataset import Dataset, write_dataset
from tests.data import expected
from tests.data.conftest import ACCOUNT_A, bearer, ohlcv
from tests.data.test_accounts import balance_url

# The newest row per instrument, straight from daily_prices.
NEWEST = """
SELECT DISTINCT ON (d.instrument_id) i.code, d.trade_date, d.close
FROM daily_prices d JOIN instruments i ON i.id = d.instrument_id
WHERE i.env = 'real'
ORDER BY d.instrument_id, d.trade_date DESC
"""
KEPT = """
SELECT i.code, l.trade_date, l.close
FROM latest_prices l JOIN instruments i ON i.id = l.instrument_id
WHERE i.env = 'real'
"""
INSERT_PRICE = """
INSERT INTO daily_prices (instrument_id, trade_date, open, high, low, close, volume,
                          trading_value)
SELECT id, $2, $3, $3, $3, $3, 1, $3 FROM instruments WHERE env = 'real' AND code = $1
"""


async def kept(db: asyncpg.Connection) -> dict[str, tuple]:
    return {r["code"]: (r["trade_date"], r["close"]) for r in await db.fetch(KEPT)}


async def assert_follows_daily_prices(db: asyncpg.Connection) -> None:
    newest = {r["code"]: (r["trade_date"], r["close"]) for r in await db.fetch(NEWEST)}
    assert await kept(db) == newest


async def holding_price(client, token: str, code: str) -> int:
    body = (await client.get(balance_url(ACCOUNT_A), headers=bearer(token))).json()
    return next(h["current_price"] for h in body["holdings"] if h["code"] == code)


async def test_a_load_leaves_the_newest_close_of_each_instrument(db, dataset):
    latest = expected.latest_prices(dataset["real"])
    assert await kept(db) == {code: (row[1], row[5]) for code, row in latest.items()}


async def test_a_newer_price_values_the_holding_at_once(client, db, token_a):
    await db.execute(INSERT_PRICE, "005930", date(2026, 11, 23), 80_000)
    assert (await kept(db))["005930"] == (date(2026, 11, 23), 80_000)
    assert await holding_price(client, token_a, "005930") == 80_000
    await assert_follows_daily_prices(db)


async def test_an_older_price_changes_nothing(db, dataset):
    await db.execute(INSERT_PRICE, "005930", date(2026, 1, 2), 1)
    assert (await kept(db))["005930"] == (date(2026, 11, 20), 74_800)


async def test_deleting_the_newest_price_falls_back_to_the_one_before(client, db, token_a):
    await db.execute("DELETE FROM daily_prices WHERE trade_date = '2026-11-20'")
    assert (await kept(db))["005930"] == (date(2026, 11, 19), 73_900)
    assert await holding_price(client, token_a, "005930") == 73_900
    await assert_follows_daily_prices(db)


async def test_deleting_every_price_values_the_holding_at_cost_again(client, db, token_a):
    await db.execute(
        "DELETE FROM daily_prices WHERE instrument_id = "
        "(SELECT id FROM instruments WHERE env = 'real' AND code = '000660')"
    )
    assert "000660" not in await kept(db)
    assert await holding_price(client, token_a, "000660") == 400_001 // 3
    await assert_follows_daily_prices(db)


async def test_updates_of_a_close_and_of_a_date_are_followed(db, dataset):
    await db.execute("UPDATE daily_prices SET close = close + 1 WHERE trade_date = '2026-11-20'")
    assert (await kept(db))["005930"] == (date(2026, 11, 20), 74_801)
    await db.execute(
        "UPDATE daily_prices SET trade_date = '2026-11-21' WHERE trade_date = '2026-11-18'"
    )
    assert (await kept(db))["005930"] == (date(2026, 11, 21), 74_100)
    await assert_follows_daily_prices(db)


async def test_truncate_and_instrument_deletion_leave_nothing_behind(db, dataset):
    await db.execute("DELETE FROM accounts WHERE account_no = '1000000002'")  # its holding
    await db.execute("DELETE FROM instruments WHERE env = 'real' AND code = '247540'")
    assert "247540" not in await kept(db)
    await db.execute("TRUNCATE daily_prices")
    assert await db.fetchval("SELECT count(*) FROM latest_prices") == 0


async def test_a_reload_of_a_period_through_the_loader_is_followed(db, dataset):
    data = Dataset(daily_prices=[ohlcv("005930", "20261120", 1, 1, 1, 2, 1, 1)])
    await write_dataset(db, env="real", dataset=data)
    assert (await kept(db))["005930"] == (date(2026, 11, 20), 2)
    await assert_follows_daily_prices(db)


async def test_concurrent_writers_leave_the_newest_close(db, migrated, dataset):
    """The writer of the older price commits last; its trigger must still see the newer one."""
    newer, older = await asyncpg.connect(migrated), await asyncpg.connect(migrated)
    try:
        newer_tx, older_tx = newer.transaction(), older.transaction()
        await newer_tx.start()
        await older_tx.start()
        await newer.execute(INSERT_PRICE, "005930", date(2026, 11, 25), 90_000)
        waiting = asyncio.create_task(
            older.execute(INSERT_PRICE, "005930", date(2026, 11, 24), 85_000)
        )
        await asyncio.sleep(0.2)
        assert not waiting.done()  # it waits for the first writer's commit
        await newer_tx.commit()
        await asyncio.wait_for(waiting, 10)
        await older_tx.commit()
    finally:
        await newer.close()
        await older.close()
    assert (await kept(db))["005930"] == (date(2026, 11, 25), 90_000)
    await assert_follows_daily_prices(db)
