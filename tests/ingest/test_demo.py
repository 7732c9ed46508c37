"""The demo dataset: deterministic, idempotent, realistic and consistent with itself."""

import hashlib
import json
import os
import subprocess
import sys
from collections import defaultdict

from asset_api.ingest.dataset import common_stock_isin, incomplete_histories
from asset_api.ingest.demo import demo_dataset, load_demo
from asset_api.ingest.demo_catalog import KRX_HOLIDAYS
from tests.helpers import issue_token, run_cli

FINGERPRINT = (
    "import hashlib; from asset_api.ingest.demo import demo_dataset; "
    "print(hashlib.sha256(repr([demo_dataset(e) for e in ('real', 'mock')]).encode()).hexdigest())"
)

CONTENT = {
    "accounts": """SELECT env, account_no, name, broker, opened_on, status FROM accounts
                   ORDER BY 1, 2""",
    "instruments": """SELECT env, code, isin, name, market, listed_shares FROM instruments
                      ORDER BY 1, 2""",
    "holdings": """SELECT a.env, a.account_no, i.code, h.quantity, h.purchase_amount
                   FROM holdings h JOIN accounts a ON a.id = h.account_id
                   JOIN instruments i ON i.id = h.instrument_id ORDER BY 1, 2, 3""",
    "cash": """SELECT a.env, a.account_no, c.deposit FROM cash_balances c
               JOIN accounts a ON a.id = c.account_id ORDER BY 1, 2""",
    "transactions": """SELECT a.env, a.account_no, t.trade_date, t.trade_time, t.kind, i.code,
                              t.quantity, t.price, t.amount, t.fee, t.tax, t.settlement_amount
                       FROM transactions t JOIN accounts a ON a.id = t.account_id
                       LEFT JOIN instruments i ON i.id = t.instrument_id ORDER BY t.id""",
    "prices": """SELECT i.env, i.code, p.trade_date, p.open, p.high, p.low, p.close, p.volume
                 FROM daily_prices p JOIN instruments i ON i.id = p.instrument_id
                 ORDER BY 1, 2, 3""",
}


async def content(db) -> dict[str, list[tuple]]:
    return {name: [tuple(r) for r in await db.fetch(sql)] for name, sql in CONTENT.items()}


def test_the_dataset_is_the_same_in_another_process_with_another_hash_seed():
    here = hashlib.sha256(
        repr([demo_dataset(env) for env in ("real", "mock")]).encode()
    ).hexdigest()
    env = os.environ | {"PYTHONHASHSEED": "12345"}
    there = subprocess.run(
        [sys.executable, "-c", FINGERPRINT], capture_output=True, text=True, env=env, check=True
    ).stdout.strip()
    assert here == there


def test_environments_differ_in_accounts_and_trades_but_share_the_market():
    real, mock = demo_dataset("real"), demo_dataset("mock")
    assert not {a[0] for a in real.accounts} & {a[0] for a in mock.accounts}
    assert len(real.accounts) == len(mock.accounts) >= 3
    assert real.daily_prices == mock.daily_prices
    assert real.transactions != mock.transactions


def test_realistic_instruments_and_trading_days():
    data = demo_dataset("real")
    names = {row[0]: row for row in data.instruments}
    assert names["005930"][1:4] == ("KR7005930003", "삼성전자", "KOSPI")
    assert names["247540"][3] == "KOSDAQ"
    assert 30 <= len(names) <= 40
    assert all(row[1] == common_stock_isin(row[0]) for row in data.instruments)
    days = {row[1] for row in data.daily_prices}
    assert all(day.weekday() < 5 and day not in KRX_HOLIDAYS for day in days)
    assert (max(days) - min(days)).days > 3 * 365  # a few years
    assert len(data.daily_prices) == len(days) * len(names)  # every instrument, every day


def test_holdings_and_cash_are_what_the_transactions_add_up_to():
    for env in ("real", "mock"):
        data = demo_dataset(env)
        quantity, cash = defaultdict(int), defaultdict(int)
        kinds = set()
        for account, _, _, kind, code, shares, _, amount, fee, tax in data.transactions:
            kinds.add(kind)
            if kind == "buy":
                quantity[account, code] += shares
            elif kind == "sell":
                quantity[account, code] -= shares
            outflow = kind in ("buy", "withdrawal", "fee")
            cash[account] += -(amount + fee + tax) if outflow else amount - fee - tax
        held = {(a, c): q for a, c, q, _ in data.holdings}
        assert held == {key: q for key, q in quantity.items() if q}
        assert dict(data.cash_balances) == dict(cash)
        assert all(value >= 0 for value in cash.values())
        assert kinds == {"buy", "sell", "deposit", "withdrawal", "dividend", "fee"}
        assert sum(1 for t in data.transactions if t[3] in ("sell",) and t[9] > 0) > 10  # taxes


def test_purchase_amounts_are_the_moving_average_of_the_trades():
    """The account reports' rule (CONTRACT.md): a sell of q of Q shares removes
    floor(cost × q / Q) of the cost; what is left is the holding's purchase amount."""
    for env in ("real", "mock"):
        data = demo_dataset(env)
        held: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for account, day, at, kind, code, shares, _, amount, _, _ in sorted(
            data.transactions, key=lambda t: (t[0], t[1], t[2])
        ):  # a stable sort: rows of the same second keep their load order, that of their ids
            position = held[account, code]
            if kind == "buy":
                position[0] += shares
                position[1] += amount
            elif kind == "sell":
                assert shares <= position[0], "a demo sell of shares never bought"
                position[1] -= position[1] * shares // position[0]
                position[0] -= shares
        assert {(a, c): (q, p) for a, c, q, p in data.holdings} == {
            key: tuple(position) for key, position in held.items() if position[0]
        }


async def test_every_demo_history_explains_its_holdings_and_cash(db):
    await load_demo(db, None)
    for env in ("real", "mock"):
        numbers = {row[0] for row in demo_dataset(env).accounts}
        assert await incomplete_histories(db, env=env, account_nos=numbers) == []
    assert await db.fetchval(
        "SELECT bool_and(history_complete) AND count(*) = 6 FROM report_accounts"
    )


async def test_load_demo_twice_leaves_the_same_rows(db):
    first_counts = await load_demo(db, None)
    first = await content(db)
    assert await load_demo(db, None) == first_counts
    assert await content(db) == first
    data = {env: demo_dataset(env) for env in ("real", "mock")}
    assert first_counts == {
        "accounts": sum(len(d.accounts) for d in data.values()),
        "instruments": sum(len(d.instruments) for d in data.values()),
        "transactions": sum(len(d.transactions) for d in data.values()),
        "prices": sum(len(d.daily_prices) for d in data.values()),
    }
    assert len(first["transactions"]) == first_counts["transactions"]


async def test_one_environment_at_a_time(db):
    counts = await load_demo(db, "mock")
    assert counts["accounts"] == len(demo_dataset("mock").accounts)
    envs = {r["env"] for r in await db.fetch("SELECT DISTINCT env FROM accounts")}
    assert envs == {"mock"}


async def test_a_reload_keeps_the_grants(client, db):
    await load_demo(db, "real")
    account_no = demo_dataset("real").accounts[0][0]
    token = await issue_token(client, db, env="real", accounts=[account_no])
    await load_demo(db, "real")
    url = f"/asset-erp/v1/accounts/{account_no}/balance"
    res = await client.get(url, headers={"authorization": f"Bearer {token}"})
    assert res.status_code == 200
    assert res.json()["holdings"], "the demo's first account holds shares"


async def test_cli_demo_prints_the_counts(db, migrated, tmp_path):
    done = run_cli(migrated, tmp_path, "demo", "--env", "real", "--json")
    assert done.returncode == 0, done.stderr
    data = demo_dataset("real")
    assert json.loads(done.stdout) == {
        "accounts": len(data.accounts),
        "instruments": len(data.instruments),
        "transactions": len(data.transactions),
        "prices": len(data.daily_prices),
    }
