"""db.pool.Pool against the real database: reuse, waiting, time-outs, broken connections."""

import asyncio
import time

import asyncpg
import pytest

from asset_api.db.pool import Pool
from asset_api.errors import NotFound


@pytest.fixture
async def pool(migrated):
    pool = Pool(migrated, max_size=2, connect_timeout=3, command_timeout=10,
                server_settings={"application_name": "pool-test"})  # fmt: skip
    yield pool
    await pool.close()


async def backend_pid(pool: Pool) -> int:
    async with pool.acquire(timeout=1) as conn:
        return await conn.fetchval("SELECT pg_backend_pid()")


async def test_an_idle_connection_is_used_again(pool):
    assert await backend_pid(pool) == await backend_pid(pool)


async def test_never_more_connections_than_max_size(pool, db):
    async def hold():
        async with pool.acquire(timeout=5) as conn:
            await conn.execute("SELECT pg_sleep(0.05)")

    await asyncio.gather(*(hold() for _ in range(10)))
    opened = await db.fetchval(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pool-test'"
    )
    assert opened == 2


async def test_a_waiter_gets_the_connection_given_back(pool):
    first, second = pool.acquire(timeout=1), pool.acquire(timeout=1)
    held = [await first.__aenter__(), await second.__aenter__()]
    waiting = asyncio.create_task(backend_pid(pool))
    await asyncio.sleep(0.05)
    assert not waiting.done()
    pid = await held[0].fetchval("SELECT pg_backend_pid()")
    await first.__aexit__(None, None, None)
    assert await asyncio.wait_for(waiting, 2) == pid
    await second.__aexit__(None, None, None)


async def test_waiting_past_the_limit_is_a_timeout_and_leaves_nothing_behind(pool):
    async with pool.acquire(timeout=1), pool.acquire(timeout=1):
        started = time.monotonic()
        with pytest.raises(TimeoutError):
            async with pool.acquire(timeout=0.2):
                pass
        assert 0.15 < time.monotonic() - started < 1.5
        cancelled = asyncio.create_task(backend_pid(pool))
        await asyncio.sleep(0.05)
        cancelled.cancel()
        with pytest.raises(asyncio.CancelledError):
            await cancelled
    assert not pool._waiters
    # Both connections came back and serve again, no third one needed.
    assert len({await backend_pid(pool) for _ in range(3)}) == 1


async def test_errors_of_the_code_or_the_statement_keep_the_connection(pool):
    pid = await backend_pid(pool)
    with pytest.raises(NotFound):
        async with pool.acquire(timeout=1):
            raise NotFound("계좌")
    with pytest.raises(asyncpg.UndefinedTableError):
        async with pool.acquire(timeout=1) as conn:
            await conn.execute("SELECT * FROM no_such_table")
    assert await backend_pid(pool) == pid


async def test_a_cancelled_query_throws_its_connection_away(pool, db):
    pid = await backend_pid(pool)

    async def slow():
        async with pool.acquire(timeout=1) as conn:
            await conn.execute("SELECT pg_sleep(10)")

    task = asyncio.create_task(slow())
    await asyncio.sleep(0.2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await backend_pid(pool) != pid


async def test_a_connection_left_in_a_transaction_is_not_handed_out_again(pool):
    async with pool.acquire(timeout=1) as conn:
        pid = await conn.fetchval("SELECT pg_backend_pid()")
        await conn.execute("BEGIN")
    async with pool.acquire(timeout=1) as conn:
        assert not conn.is_in_transaction()
        assert await conn.fetchval("SELECT pg_backend_pid()") != pid


async def test_a_connection_the_server_closed_is_replaced(pool, db):
    pid = await backend_pid(pool)
    await db.execute("SELECT pg_terminate_backend($1)", pid)
    await asyncio.sleep(0.2)  # the idle connection notices the closed socket
    new_pid = await backend_pid(pool)
    assert new_pid != pid


async def test_after_close_acquire_is_refused(migrated):
    pool = Pool(migrated, max_size=1, connect_timeout=3, command_timeout=10, server_settings={})
    await backend_pid(pool)
    await pool.close()
    with pytest.raises(asyncpg.InterfaceError):
        await backend_pid(pool)
