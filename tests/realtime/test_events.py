"""The events table as the triggers of migration 0008 write it, with real concurrent writers on
their own PostgreSQL connections: per-stream seqs, the balance notes, the bodies against the
REST endpoints, and the retention job. No websocket here (test_feed.py reads them over one)."""

import asyncio
import json
import random
from dataclasses import replace

import asyncpg
import pytest

from asset_api.ingest.dataset import write_dataset
from asset_api.realtime.retention import delete_expired_events
from tests.data.conftest import ACCOUNT_A, ACCOUNT_B, ohlcv, real_dataset
from tests.helpers import get_token, make_key

INSERT_DEPOSITS = """
INSERT INTO transactions (account_id, trade_date, trade_time, kind, amount)
SELECT a.id, date '2026-12-01', '10:00', 'deposit', n
FROM accounts a, generate_series(1, $2::int) AS n
WHERE a.account_no = $1 AND a.env = 'real'
"""
STREAM_EVENTS = """
SELECT seq, body FROM realtime_events
WHERE env = 'real' AND tr_id = $1 AND tr_key = $2 AND seq > $3
ORDER BY seq
"""
HEAD = "SELECT COALESCE(max(seq), 0) FROM realtime_events WHERE tr_id = $1 AND tr_key = $2"
VISIBLE = """
SELECT count(*), COALESCE(max(seq), 0) FROM realtime_events
WHERE tr_id = 'transactions' AND tr_key = $1
"""


async def events(db, tr_id: str, tr_key: str, after: int = 0) -> list[tuple[int, dict]]:
    rows = await db.fetch(STREAM_EVENTS, tr_id, tr_key, after)
    return [(row["seq"], json.loads(row["body"])) for row in rows]


async def rest(client, db, path: str) -> dict:
    creds = await make_key(db, env="real", all_accounts=True)
    token = await get_token(client, creds)
    res = await client.get(path, headers={"authorization": f"Bearer {token}"})
    assert res.status_code == 200, res.text
    return res.json()


# --- seq ---------------------------------------------------------------------------------


async def test_concurrent_writers_of_one_stream_get_gap_free_seqs_in_commit_order(
    db, data, migrated
):
    """Four writers on their own connections, each committing small batches to account A and
    holding the stream a moment before each commit; a reader polling meanwhile never sees a
    seq before the ones below it have all committed."""
    start = await db.fetchval(HEAD, "transactions", ACCOUNT_A)
    writers = [await asyncpg.connect(migrated) for _ in range(4)]
    written = 0
    done = asyncio.Event()

    async def write(conn: asyncpg.Connection, seed: int) -> None:
        nonlocal written
        rng = random.Random(seed)
        for _ in range(12):
            count = rng.randint(1, 3)
            async with conn.transaction():
                await conn.execute(INSERT_DEPOSITS, ACCOUNT_A, count)
                await conn.execute("SELECT pg_sleep(0.002)")
            written += count

    async def watch() -> int:
        looks = 0
        while not done.is_set():
            count, head = await db.fetchrow(VISIBLE, ACCOUNT_A)
            assert count == head, f"seq {head} visible with only {count} events"
            looks += 1
        return looks

    watcher = asyncio.create_task(watch())
    try:
        await asyncio.gather(*(write(conn, n) for n, conn in enumerate(writers)))
    finally:
        done.set()
        for conn in writers:
            await conn.close()
    assert await watcher > 10
    stream = await events(db, "transactions", ACCOUNT_A, start)
    assert [seq for seq, _ in stream] == list(range(start + 1, start + written + 1))
    # Every new transaction exactly once, under its own transaction_id.
    rows = await db.fetch(
        "SELECT t.id FROM transactions t JOIN accounts a ON a.id = t.account_id"
        " WHERE a.account_no = $1 AND t.trade_date = '2026-12-01'",
        ACCOUNT_A,
    )
    assert sorted(int(body["transaction_id"][10:]) for _, body in stream) == sorted(
        row["id"] for row in rows
    )
    head = "SELECT last_seq FROM realtime_streams WHERE tr_id = 'transactions' AND tr_key = $1"
    assert await db.fetchval(head, ACCOUNT_A) == start + written


async def test_writers_of_asset_data_take_turns_whatever_they_write(db, data, migrated):
    """One writer at a time (the account reports' rebuild needs it, migration 0009): a writer
    of another account's stream waits too, and gets its seqs once the first commits."""
    holder, other = [await asyncpg.connect(migrated) for _ in range(2)]
    try:
        async with holder.transaction():
            await holder.execute(INSERT_DEPOSITS, ACCOUNT_A, 1)
            await other.execute("SET lock_timeout = '200ms'")
            with pytest.raises(asyncpg.LockNotAvailableError):
                await other.execute(INSERT_DEPOSITS, ACCOUNT_B, 1)
        await other.execute("SET lock_timeout = 0")
        await other.execute(INSERT_DEPOSITS, ACCOUNT_B, 1)
    finally:
        for conn in (holder, other):
            await conn.close()
    assert [seq for seq, _ in await events(db, "transactions", ACCOUNT_B)] == [1, 2]


async def test_writers_that_start_on_different_tables_do_not_deadlock(db, data, migrated):
    """A loader that writes cash first and then a transaction, beside a single INSERT of a
    transaction into the same account's stream: each takes the writers' turn before any stream
    lock (migration 0010), so neither waits for the other in a circle."""
    loader, single = [await asyncpg.connect(migrated) for _ in range(2)]
    try:
        async with loader.transaction():
            await loader.execute(
                "UPDATE cash_balances SET deposit = deposit + 1 WHERE account_id = "
                "(SELECT id FROM accounts WHERE env = 'real' AND account_no = $1)",
                ACCOUNT_B,
            )
            # Started while the loader holds its turn: it must queue for the turn, not first
            # take account A's stream and then wait for the loader.
            insert = asyncio.create_task(single.execute(INSERT_DEPOSITS, ACCOUNT_A, 1))
            await asyncio.sleep(0.3)
            await loader.execute(INSERT_DEPOSITS, ACCOUNT_A, 1)
        await asyncio.wait_for(insert, 10)
    finally:
        for conn in (loader, single):
            await conn.close()
    seqs = [seq for seq, _ in await events(db, "transactions", ACCOUNT_A)]
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) >= 2


# --- balance -----------------------------------------------------------------------------


async def test_a_reload_that_leaves_the_positions_as_they_were_sends_no_balance_event(db, data):
    """The loader deletes the account's holdings and copies them in again: same positions,
    same cash, so no balance event (and no note left behind)."""
    before = await db.fetchval(HEAD, "balance", ACCOUNT_A)
    async with db.transaction():
        await write_dataset(db, env="real", dataset=real_dataset())
    assert await db.fetchval(HEAD, "balance", ACCOUNT_A) == before
    assert await db.fetchval("SELECT count(*) FROM realtime_balance_notes") == 0


async def test_a_change_sends_one_balance_event_with_the_balance_endpoints_figures(
    client, db, data
):
    before = await db.fetchval(HEAD, "balance", ACCOUNT_A)
    dataset = real_dataset()
    changed = replace(
        dataset,
        # 005930 bought more, 000660 sold out, 035720 as it was; and the cash changed.
        holdings=[
            (ACCOUNT_A, "005930", 12, 850_000),
            (ACCOUNT_A, "035720", 7, 350_000),
            (ACCOUNT_B, "247540", 1, 150_000),
        ],
        cash_balances=[(ACCOUNT_A, 1_084_567), (ACCOUNT_B, 0)],
    )
    async with db.transaction():
        await write_dataset(db, env="real", dataset=changed)
    [(seq, body)] = await events(db, "balance", ACCOUNT_A, before)
    assert seq == before + 1
    assert await events(db, "balance", ACCOUNT_B, 1) == []  # B ended as it began

    balance = await rest(client, db, f"/asset-erp/v1/accounts/{ACCOUNT_A}/balance")
    summary = {k: v for k, v in balance.items() if k not in ("return_code", "return_msg")}
    rows = {row["code"]: row for row in summary.pop("holdings")}
    assert list(body) == [*summary, "holdings"]  # the endpoint's fields, in its order
    assert {k: v for k, v in body.items() if k != "holdings"} == summary
    samsung, hynix = body["holdings"]  # by evaluation amount, the gone one last
    assert samsung == rows["005930"]
    assert hynix == {
        "code": "000660",
        "name": "SK하이닉스",
        "quantity": 0,
        "avg_purchase_price": 0,
        "purchase_amount": 0,
        "current_price": 126_000,  # its latest close
        "evaluation_amount": 0,
        "profit_loss": 0,
        "profit_loss_rate": "0.00",
        "weight": "0.00",
    }


async def test_a_transaction_of_several_statements_sends_one_balance_event(db, data):
    before = await db.fetchval(HEAD, "balance", ACCOUNT_A)
    account = "(SELECT id FROM accounts WHERE env = 'real' AND account_no = $1)"
    async with db.transaction():
        await db.execute(
            f"UPDATE holdings SET quantity = quantity + 1 WHERE account_id = {account}", ACCOUNT_A
        )
        await db.execute(
            f"UPDATE holdings SET quantity = quantity + 1 WHERE account_id = {account}", ACCOUNT_A
        )
        await db.execute(
            f"UPDATE cash_balances SET deposit = deposit - 1 WHERE account_id = {account}",
            ACCOUNT_A,
        )
    [(_, body)] = await events(db, "balance", ACCOUNT_A, before)
    assert len(body["holdings"]) == 3 and body["deposit"] == 1_234_566
    assert {h["code"]: h["quantity"] for h in body["holdings"]} == {
        "005930": 12,
        "000660": 5,
        "035720": 9,
    }
    # A cash-only change: the summary, and no holdings.
    await db.execute(
        f"UPDATE cash_balances SET deposit = deposit + 1 WHERE account_id = {account}", ACCOUNT_A
    )
    [(_, body)] = await events(db, "balance", ACCOUNT_A, before + 1)
    assert body["holdings"] == [] and body["deposit"] == 1_234_567


async def test_a_rolled_back_change_sends_nothing_and_leaves_no_note(db, data):
    before = await db.fetchval(HEAD, "balance", ACCOUNT_A)
    with pytest.raises(RuntimeError):
        async with db.transaction():
            await db.execute("UPDATE holdings SET quantity = quantity + 1")
            raise RuntimeError("changed my mind")
    assert await db.fetchval(HEAD, "balance", ACCOUNT_A) == before
    assert await db.fetchval("SELECT count(*) FROM realtime_balance_notes") == 0


# --- prices and transactions -------------------------------------------------------------


async def test_price_events_carry_the_daily_prices_endpoints_rows(client, db, data):
    before = await db.fetchval(HEAD, "prices", "005930")
    new_day = ohlcv("005930", "20261123", 74_900, 76_000, 74_500, 75_700, 9_000_000, 680 * 10**9)
    dataset = real_dataset()
    prices = [p for p in dataset.daily_prices if p[0] == "005930"]
    prices[-1] = (*prices[-1][:6], prices[-1][6] + 1, prices[-1][7])  # 20261120 corrected
    async with db.transaction():
        await write_dataset(
            db, env="real", dataset=replace(dataset, daily_prices=[*prices, new_day])
        )
    # The loader replaces the dates it covers: each of its rows is a new row, one event each.
    stream = await events(db, "prices", "005930", before)
    assert [seq for seq, _ in stream] == list(range(before + 1, before + 5))
    listed = await rest(
        client,
        db,
        "/asset-erp/v1/instruments/005930/daily-prices?start_date=20261118&end_date=20261123",
    )
    assert [body for _, body in stream] == listed["prices"][::-1]  # oldest first
    assert stream[-1][1]["change"] == 75_700 - 74_800 and stream[-1][1]["change_rate"] == "1.20"
    assert stream[0][1]["change"] == 0  # 20261118: no earlier close


async def test_an_updated_price_is_an_event_too(client, db, data):
    before = await db.fetchval(HEAD, "prices", "000660")
    await db.execute(
        "UPDATE daily_prices SET close = 127000 FROM instruments i"
        " WHERE i.id = daily_prices.instrument_id AND i.env = 'real' AND i.code = '000660'"
        "   AND trade_date = '2026-11-20'"
    )
    [(_, body)] = await events(db, "prices", "000660", before)
    listed = await rest(
        client,
        db,
        "/asset-erp/v1/instruments/000660/daily-prices?start_date=20261120&end_date=20261120",
    )
    assert body == listed["prices"][0] and body["change"] == 127_000 - 176_300


async def test_transaction_events_carry_the_transactions_endpoints_rows(client, db, data):
    """Every kind the dataset has, with and without an instrument, against the REST rows."""
    stream = await events(db, "transactions", ACCOUNT_A)
    listed = await rest(
        client,
        db,
        f"/asset-erp/v1/accounts/{ACCOUNT_A}/transactions?start_date=20260101&end_date=20261231",
    )
    assert [body for _, body in stream] == listed["transactions"][::-1]
    assert {body["kind"] for _, body in stream} >= {"buy", "sell", "dividend", "fee", "deposit"}


# --- retention ---------------------------------------------------------------------------


async def test_retention_deletes_expired_events_in_bounded_batches(db, data):
    await db.execute(INSERT_DEPOSITS, ACCOUNT_B, 6)
    total = await db.fetchval("SELECT count(*) FROM realtime_events")
    # Age every event but B's six new ones past the 7 days (an UPDATE the append-only trigger
    # refuses to anyone else: replica mode skips the triggers for this one statement).
    async with db.transaction():
        await db.execute("SET LOCAL session_replication_role = replica")
        await db.execute(
            "UPDATE realtime_events SET created_at = now() - interval '8 days'"
            " WHERE NOT (tr_id = 'transactions' AND tr_key = $1 AND seq > 1)",
            ACCOUNT_B,
        )
    expired = total - 6
    assert expired > 10
    # A run deletes at most max_batches × batch_rows; the next run goes on.
    first = await delete_expired_events(db, retention_days=7, batch_rows=4, max_batches=2)
    assert first == 8
    rest_of_them = await delete_expired_events(db, retention_days=7, batch_rows=4)
    assert first + rest_of_them == expired
    kept = await events(db, "transactions", ACCOUNT_B)
    assert [seq for seq, _ in kept] == [2, 3, 4, 5, 6, 7]
    assert await delete_expired_events(db, retention_days=7) == 0
    with pytest.raises(asyncpg.RaiseError, match="append-only"):
        await db.execute("UPDATE realtime_events SET body = '{}'")


async def test_the_retention_job_is_a_housekeeping_job_with_the_setting(settings):
    from asset_api.app import housekeeping

    job = next(j for j in housekeeping(settings) if j.name == "realtime events")
    assert job.run.func is delete_expired_events
    assert job.run.keywords == {"retention_days": 7}  # the default of realtime_retention_days
