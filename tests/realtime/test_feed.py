"""The realtime feed end to end: real server processes, a real websocket client, a real
PostgreSQL, and data written the way operators write it (`asset-api data load`, plain SQL)."""

import asyncio
import time
from datetime import date

import httpx
import pytest
from websockets.exceptions import ConnectionClosed

from asset_api.admin.api_keys import get_key, update_key
from asset_api.admin.audit import CLI
from asset_api.admin.dashboard import dashboard_counts
from asset_api.admin.grants import grant_accounts, replace_user_accounts
from asset_api.realtime.retention import delete_expired_events
from tests.data.conftest import ACCOUNT_A, ACCOUNT_B
from tests.helpers import get_token, run_asset_api, run_cli
from tests.realtime.conftest import approval_key, connect, connect_each

# `count` deposits into an account in one statement, as psql would write them.
INSERT_DEPOSITS = """
INSERT INTO transactions (account_id, trade_date, trade_time, kind, amount)
SELECT a.id, $2::date, '10:00', 'deposit', n
FROM accounts a, generate_series(1, $3::int) AS n
WHERE a.account_no = $1 AND a.env = 'real'
"""
FIRST_LIVE_SEQ = 9  # account A has 7 transactions in the dataset, one more is loaded below


async def deposit(db, account_no: str = ACCOUNT_A, count: int = 1) -> None:
    await db.execute(INSERT_DEPOSITS, account_no, date(2026, 12, 1), count)


async def rest_rows(server, creds, path: str, field: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        await get_token(client, creds)
        res = await client.get(path, headers=creds.auth_header)
    assert res.status_code == 200, res.text
    return res.json()[field] if field else res.json()


async def test_a_loaded_transaction_reaches_a_subscriber_within_a_second(
    server, key_a, migrated, tmp_path
):
    key = await approval_key(server, key_a)
    async with connect(server, key) as feed:
        ack = await feed.subscribe("transactions", ACCOUNT_A)
        assert ack == {
            "header": {"tr_id": "transactions", "tr_key": ACCOUNT_A},
            "body": {
                "return_code": 0,
                "return_msg": "정상적으로 처리되었습니다",
                "subscriptions": 1,
                "max_subscriptions": 41,
            },
        }
        folder = tmp_path / "load"
        folder.mkdir()
        (folder / "transactions.csv").write_text(
            "account_no,trade_date,trade_time,kind,instrument_code,quantity,price,amount,fee,tax\n"
            f"{ACCOUNT_A},20261201,093000,buy,005930,2,75000,,150,\n"
        )
        loading = asyncio.create_task(
            asyncio.to_thread(run_cli, migrated, tmp_path, "load", str(folder))
        )
        event = await feed.next(within=30)
        arrived = time.monotonic()
        result = await loading
        exited = time.monotonic()
        assert result.returncode == 0, result.stderr
        # The load commits before its process exits; its event is here within a second of that.
        assert arrived <= exited + 1.0
        assert event["header"] == {
            "tr_id": "transactions",
            "tr_key": ACCOUNT_A,
            "seq": FIRST_LIVE_SEQ - 1,
        }
        rest = await rest_rows(
            server,
            key_a,
            f"/asset-erp/v1/accounts/{ACCOUNT_A}/transactions?start_date=20261201&end_date=20261201",
            "transactions",
        )
        assert event["body"] == rest[0]  # the same fields and values as the REST row
        await feed.nothing_more()


async def test_a_committed_row_reaches_the_subscriber_within_a_second(server, db, key_a):
    async with connect(server, await approval_key(server, key_a)) as feed:
        await feed.subscribe("transactions", ACCOUNT_A)
        await deposit(db)
        committed = time.monotonic()
        event = await feed.next()
        assert time.monotonic() - committed < 1.0
        assert event["body"]["kind"] == "deposit" and event["body"]["amount"] == 1


async def test_with_two_server_processes_a_subscriber_on_either_gets_each_event_once(
    servers, db, key_a
):
    async with connect_each(servers, key_a) as (on_first, on_second):
        await on_first.subscribe("transactions", ACCOUNT_A)
        await on_second.subscribe("transactions", ACCOUNT_A)
        await deposit(db, count=3)
        for feed in (on_first, on_second):
            seqs = [event["header"]["seq"] for event in await feed.events(3)]
            assert seqs == [8, 9, 10]
            await feed.nothing_more()


async def test_a_client_that_reconnects_with_last_seq_gets_exactly_what_it_missed(
    servers, db, key_a
):
    first, second = servers
    async with connect(first, await approval_key(first, key_a)) as feed:
        await feed.subscribe("transactions", ACCOUNT_A)
        await deposit(db, count=2)
        seen = [e["header"]["seq"] for e in await feed.events(2)]
    assert seen == [8, 9]
    await deposit(db, count=3)  # while the client is away
    # Back on the other process, resuming from the last seq it saw.
    async with connect(second, await approval_key(second, key_a)) as feed:
        ack = await feed.subscribe("transactions", ACCOUNT_A, last_seq=seen[-1])
        assert ack["body"]["return_code"] == 0
        await deposit(db, count=1)  # live, after the replay
        events = await feed.events(4)
        assert [e["header"]["seq"] for e in events] == [10, 11, 12, 13]
        assert [e["body"]["amount"] for e in events] == [1, 2, 3, 1]
        await feed.nothing_more()


async def test_last_seq_zero_replays_everything_kept(server, key_a):
    async with connect(server, await approval_key(server, key_a)) as feed:
        await feed.subscribe("transactions", ACCOUNT_A, last_seq=0)
        events = await feed.events(7)
        assert [e["header"]["seq"] for e in events] == list(range(1, 8))
        rest = await rest_rows(
            server,
            key_a,
            f"/asset-erp/v1/accounts/{ACCOUNT_A}/transactions?start_date=20260101&end_date=20261231",
            "transactions",
        )
        # The REST list is newest first; the stream oldest first, in trade order.
        assert [e["body"] for e in events] == rest[::-1]
        await feed.nothing_more()


async def test_revocation_closes_the_connections_on_every_process_within_5_seconds(
    servers, db, key_a, migrated, tmp_path
):
    async with connect_each(servers, key_a) as (on_first, on_second):
        await on_first.subscribe("balance", ACCOUNT_A)
        await on_second.subscribe("prices", "005930")
        revoked = time.monotonic()
        result = await asyncio.to_thread(
            run_asset_api, migrated, tmp_path, "keys", "revoke", key_a.appkey, "--json"
        )
        assert result.returncode == 0, result.stderr
        for feed in (on_first, on_second):
            with pytest.raises(ConnectionClosed) as closed:
                await feed.next(within=6)
            assert closed.value.rcvd.code == 4001
        assert time.monotonic() - revoked < 5.0 + 1.0  # the CLI's own start-up included


@pytest.mark.parametrize("change", ["disabled", "expired", "user disabled"])
async def test_a_disabled_or_expired_key_is_closed_too(server, db, key_a, change):
    async with connect(server, await approval_key(server, key_a)) as feed:
        await feed.subscribe("transactions", ACCOUNT_A)
        if change == "disabled":
            await db.execute(
                "UPDATE api_keys SET status = 'disabled' WHERE appkey = $1", key_a.appkey
            )
        elif change == "expired":
            await db.execute(
                "UPDATE api_keys SET expires_at = now() WHERE appkey = $1", key_a.appkey
            )
        else:
            await db.execute(
                "UPDATE api_users SET status = 'disabled' WHERE id = $1", key_a.user_id
            )
        changed = time.monotonic()
        with pytest.raises(ConnectionClosed) as closed:
            await feed.next(within=6)
        assert closed.value.rcvd.code == 4001
        assert time.monotonic() - changed < 5.0


async def test_a_grant_taken_away_ends_the_subscriptions_to_that_account_on_every_process(
    servers, db, key_a
):
    """The admin replaces the user's accounts (A and B become B only): on either process, the
    subscriptions to A end with an ack of 1901 within 5 s; those to B go on."""
    await grant_accounts(db, user_id=key_a.user_id, account_nos=[ACCOUNT_B], env="real")
    async with connect_each(servers, key_a) as (on_first, on_second):
        for feed in (on_first, on_second):
            for tr_id, tr_key in (("transactions", ACCOUNT_A), ("balance", ACCOUNT_A),
                                  ("transactions", ACCOUNT_B), ("prices", "005930")):  # fmt: skip
                assert (await feed.subscribe(tr_id, tr_key))["body"]["return_code"] == 0
        await replace_user_accounts(
            db, actor=CLI, user_id=key_a.user_id, env="real", account_nos=[ACCOUNT_B]
        )
        changed = time.monotonic()
        for feed in (on_first, on_second):
            ended = await feed.events(2, within=6)
            assert sorted(e["header"]["tr_id"] for e in ended) == ["balance", "transactions"]
            for ack in ended:
                assert ack["header"]["tr_key"] == ACCOUNT_A
                assert ack["body"]["return_code"] == 1901
                assert ack["body"]["return_msg"] == f"존재하지 않는 자원입니다 (계좌 {ACCOUNT_A})"
            assert ended[-1]["body"]["subscriptions"] == 2
        assert time.monotonic() - changed < 5.0
        await deposit(db, ACCOUNT_A)
        await deposit(db, ACCOUNT_B)
        for feed in (on_first, on_second):
            assert (await feed.next())["header"] == {
                "tr_id": "transactions",
                "tr_key": ACCOUNT_B,
                "seq": 2,
            }
            await feed.nothing_more()
        refused = await on_first.subscribe("transactions", ACCOUNT_A)
        assert refused["body"]["return_code"] == 1901  # as an account that does not exist


async def test_a_scope_taken_away_ends_the_subscriptions_that_need_it(server, db, key_a):
    async with connect(server, await approval_key(server, key_a)) as feed:
        await feed.subscribe("prices", "005930")
        await feed.subscribe("transactions", ACCOUNT_A)
        await update_key(db, actor=CLI, appkey=key_a.appkey, changes={"scopes": ["accounts"]},
                         cache=None)  # fmt: skip
        ended = await feed.next(within=6)
        assert ended["header"] == {"tr_id": "prices", "tr_key": "005930"}
        assert ended["body"]["return_code"] == 8010 and "'market'" in ended["body"]["return_msg"]
        assert ended["body"]["subscriptions"] == 1
        await deposit(db)
        assert (await feed.next())["header"]["tr_id"] == "transactions"
        assert (await feed.subscribe("prices", "005930"))["body"]["return_code"] == 8010


async def test_a_key_moved_to_the_other_environment_is_closed(server, db, key_a):
    async with connect(server, await approval_key(server, key_a)) as feed:
        await feed.subscribe("prices", "005930")  # the real environment's
        await update_key(db, actor=CLI, appkey=key_a.appkey, changes={"env": "mock"}, cache=None)
        with pytest.raises(ConnectionClosed) as closed:
            await feed.next(within=6)
        assert closed.value.rcvd.code == 4001


async def test_after_the_retention_job_a_replay_sends_exactly_the_kept_events(servers, db, key_a):
    await deposit(db, count=4)  # seqs 8-11
    async with db.transaction():  # seqs 1-9 written 8 days ago (replica mode: past the trigger
        await db.execute("SET LOCAL session_replication_role = replica")  # that keeps it as is)
        await db.execute(
            "UPDATE realtime_events SET created_at = now() - interval '8 days'"
            " WHERE tr_id = 'transactions' AND tr_key = $1 AND seq <= 9",
            ACCOUNT_A,
        )
    assert await delete_expired_events(db, retention_days=7) >= 9
    for server, last_seq in zip(servers, (0, 5), strict=True):  # 0: all kept; 5: deleted too
        async with connect(server, await approval_key(server, key_a)) as feed:
            await feed.subscribe("transactions", ACCOUNT_A, last_seq=last_seq)
            events = await feed.events(2)
            assert [e["header"]["seq"] for e in events] == [10, 11]
            assert [e["body"]["amount"] for e in events] == [3, 4]
            await feed.nothing_more()


async def test_the_admin_counts_open_connections_across_processes_and_forgets_dead_ones(
    servers, db, key_a
):
    async with connect_each(servers, key_a) as (on_first, on_second):
        for feed in (on_first, on_second):
            await feed.subscribe("transactions", ACCOUNT_A)
        key = await get_key(db, appkey=key_a.appkey)
        assert key["realtime_connections"] == 2
        assert (await dashboard_counts(db))["realtime_connections"] == 2
        # A process that stops beating (as a dead one would) stops being counted. (In one
        # transaction: the live process's next beat waits for it.)
        async with db.transaction():
            await db.execute(
                "UPDATE realtime_processes SET beat_at = now() - interval '1 minute'"
                " WHERE id = (SELECT process_id FROM realtime_connections LIMIT 1)"
            )
            assert (await get_key(db, appkey=key_a.appkey))["realtime_connections"] == 1
    await asyncio.sleep(0.5)  # the processes delete the rows of closed connections
    assert (await get_key(db, appkey=key_a.appkey))["realtime_connections"] == 0
