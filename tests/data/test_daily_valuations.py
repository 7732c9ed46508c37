"""GET /accounts/{account_no}/daily-valuations: every field against the independent replay of
tests/data/replay.py (the transactions endpoint's rows and the dataset's closes), on hand-made
edge cases and on the demo accounts; the latest day against the balance endpoint; pagination,
validation and scope."""

import base64

import pytest

from asset_api.ingest.dataset import write_dataset
from asset_api.ingest.demo import demo_dataset, load_demo
from asset_api.models.data import DailyValuationsResponse
from tests.data import expected, replay
from tests.data.conftest import ACCOUNT_A, MOCK_ACCOUNT, balance_url, bearer
from tests.data.report_data import (
    ALL_TIME,
    EDGE_ACCOUNT,
    PREFIX,
    all_pages,
    all_rows,
    closes_of,
    edge_dataset,
    edge_prices,
    history,
)
from tests.helpers import issue_token

URL = f"{PREFIX}/{EDGE_ACCOUNT}/daily-valuations"


def trading_days(prices: list[tuple]) -> set:
    return {row[1] for row in prices}


@pytest.fixture
async def edge_token(client, db) -> str:
    await write_dataset(db, env="real", dataset=edge_dataset())
    return await issue_token(client, db, env="real", accounts=[EDGE_ACCOUNT])


async def edge_expected(client, token: str) -> list[dict]:
    rows = await history(client, token, EDGE_ACCOUNT)
    prices = edge_prices()
    return replay.valuations(rows, closes_of(prices), trading_days(prices))


async def test_the_edge_cases_match_the_replay_field_by_field(client, edge_token):
    res = await client.get(URL, params=ALL_TIME, headers=bearer(edge_token))
    assert res.status_code == 200, res.text
    body = res.json()
    expected.assert_conforms(body, DailyValuationsResponse)
    every_day = await edge_expected(client, edge_token)
    assert body["valuations"] == every_day
    assert body["summary"] == replay.valuation_summary(every_day, "20000101", "20991231", True)


async def test_the_valuations_worked_out_by_hand(client, edge_token):
    """The replay's reading of the rules, checked on a few figures computed by hand."""
    body = (await client.get(URL, params=ALL_TIME, headers=bearer(edge_token))).json()
    by_day = {v["date"]: v for v in body["valuations"]}
    assert list(by_day) == ["20260309", "20260306", "20260305", "20260304", "20260303", "20260302"]
    # the first trading day: the Friday deposit before it is its inflow; 0 assets before
    first = by_day["20260302"]
    assert first["net_inflow"] == 10_000_000
    assert first["purchase_amount"] == 700_000 + 7 * 70_310
    assert first["evaluation_amount"] == 17 * 70_000
    assert first["daily_pnl"] == first["total_assets"] - 10_000_000
    # 000660 has no close on the 4th: its close of the 3rd; 035720 never has one: at cost
    fourth = by_day["20260304"]
    assert fourth["evaluation_amount"] == 5 * 131_000 + 3 * 50_000  # 005930 sold out that day
    # the Saturday deposit counts on Monday the 9th, with the withdrawal of that day
    assert by_day["20260309"]["net_inflow"] == 500_000 - 1_000_000
    # 247540, bought on the 6th, closes only on the 2nd and the 9th: the 2nd's close counts
    assert by_day["20260306"]["evaluation_amount"] == (
        3 * 73_000 + 5 * 130_500 + 3 * 50_000 + 2 * 148_000
    )


@pytest.mark.parametrize(
    ("start", "end"),
    [("20260303", "20260305"), ("20260304", "20260304"), ("20260307", "20260308"),
     ("20260101", "20260301"), ("20260306", "20261231")],
)  # fmt: skip
async def test_periods_match_the_replay(client, edge_token, start, end):
    body = (
        await client.get(
            URL, params={"start_date": start, "end_date": end}, headers=bearer(edge_token)
        )
    ).json()
    every_day = await edge_expected(client, edge_token)
    assert body["valuations"] == [v for v in every_day if start <= v["date"] <= end]
    assert body["summary"] == replay.valuation_summary(every_day, start, end, True)


@pytest.mark.parametrize("limit", [1, 4])
async def test_every_day_exactly_once_across_pages(client, edge_token, limit):
    bodies = await all_pages(client, edge_token, URL, ALL_TIME | {"limit": str(limit)})
    assert [len(b["valuations"]) for b in bodies][:-1] == [limit] * (len(bodies) - 1)
    assert all(b["summary"] == bodies[0]["summary"] for b in bodies)
    assert [v for b in bodies for v in b["valuations"]] == await edge_expected(client, edge_token)


async def test_the_latest_day_is_the_balance(client, edge_token):
    latest = (await client.get(URL, params=ALL_TIME, headers=bearer(edge_token))).json()
    balance = (await client.get(balance_url(EDGE_ACCOUNT), headers=bearer(edge_token))).json()
    day = latest["valuations"][0]
    assert day["date"] == balance["price_date"]
    assert (day["cash"], day["purchase_amount"], day["evaluation_amount"], day["total_assets"]) == (
        balance["deposit"],
        balance["total_purchase_amount"],
        balance["total_evaluation_amount"],
        balance["estimated_assets"],
    )


async def test_demo_accounts_match_the_replay_and_the_balance(client, db):
    await load_demo(db, "real")
    data = demo_dataset("real")
    closes, days = closes_of(data.daily_prices), trading_days(data.daily_prices)
    token = await issue_token(client, db, env="real", all_accounts=True)
    for account_no, *_ in data.accounts:
        rows = await history(client, token, account_no)
        url = f"{PREFIX}/{account_no}/daily-valuations"
        shown = await all_rows(client, token, url, ALL_TIME | {"limit": "500"}, "valuations")
        every_day = replay.valuations(rows, closes, days)
        assert shown == every_day
        assert len(shown) == len(days)  # the demo's trading starts on its first day
        balance = (await client.get(balance_url(account_no), headers=bearer(token))).json()
        latest = shown[0]
        assert (latest["date"], latest["cash"], latest["purchase_amount"]) == (
            balance["price_date"],
            balance["deposit"],
            balance["total_purchase_amount"],
        )
        assert latest["evaluation_amount"] == balance["total_evaluation_amount"]
        params = {"start_date": "20240101", "end_date": "20241231"}
        body = (await client.get(url, params=params, headers=bearer(token))).json()
        assert body["summary"] == replay.valuation_summary(every_day, "20240101", "20241231", True)


async def test_an_incomplete_history_says_so(client, token_a, dataset):
    url = f"{PREFIX}/{ACCOUNT_A}/daily-valuations"
    body = (await client.get(url, params=ALL_TIME, headers=bearer(token_a))).json()
    assert body["summary"]["history_complete"] is False
    rows = await history(client, token_a, ACCOUNT_A)
    prices = dataset["real"].daily_prices
    assert body["valuations"] == replay.valuations(rows, closes_of(prices), trading_days(prices))


async def test_an_account_without_transactions_has_no_days(client, db, dataset):
    token = await issue_token(client, db, env="real", all_accounts=True)
    res = await client.get(f"{PREFIX}/1000000003/daily-valuations", params=ALL_TIME,
                           headers=bearer(token))  # fmt: skip
    assert res.status_code == 200
    expected.assert_conforms(res.json(), DailyValuationsResponse)
    assert res.json()["valuations"] == []
    assert res.json()["summary"] == {"total_net_inflow": 0, "total_pnl": 0,
                                     "history_complete": True}  # fmt: skip


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"start_date": "20260431", "end_date": "20260501"}, "start_date"),
        ({"start_date": "20260101", "end_date": "tomorrow"}, "end_date"),
        ({"start_date": "20260310", "end_date": "20260301"}, "end_date"),
        (ALL_TIME | {"limit": "501"}, "limit"),
        (ALL_TIME | {"code": "005930"}, "code"),
    ],
)
async def test_bad_parameters_are_1501_naming_the_field(client, edge_token, params, field):
    res = await client.get(URL, params=params, headers=bearer(edge_token))
    assert res.status_code == 400
    assert res.json()["return_code"] == 1501
    assert f"({field}:" in res.json()["return_msg"]


@pytest.mark.parametrize("text", [b"P20260306", b"V20261341", b"V2026030"])
async def test_a_key_of_another_list_or_a_bad_day_is_1501(client, edge_token, text):
    key = base64.urlsafe_b64encode(text).decode().rstrip("=")
    headers = bearer(edge_token) | {"cont-yn": "Y", "next-key": key}
    res = await client.get(URL, params=ALL_TIME, headers=headers)
    assert res.status_code == 400
    assert "(next-key:" in res.json()["return_msg"]


async def test_accounts_out_of_scope_answer_like_missing_ones(client, db, dataset, edge_token):
    other = await issue_token(client, db, env="real", accounts=["1000000002"])
    mock = await issue_token(client, db, env="mock", all_accounts=True)
    for token in (other, mock):
        res = await client.get(URL, params=ALL_TIME, headers=bearer(token))
        assert res.status_code == 404
        assert res.json()["return_code"] == 1901


async def test_trading_days_are_those_of_the_accounts_environment(client, token_mock, dataset):
    """The real environment also trades on the 18th and 19th; the mock one only on the 20th."""
    url = f"{PREFIX}/{MOCK_ACCOUNT}/daily-valuations"
    body = (await client.get(url, params=ALL_TIME, headers=bearer(token_mock))).json()
    rows = await history(client, token_mock, MOCK_ACCOUNT)
    prices = dataset["mock"].daily_prices
    assert body["valuations"] == replay.valuations(rows, closes_of(prices), trading_days(prices))
    assert [v["date"] for v in body["valuations"]] == ["20261120"]
    assert body["summary"]["history_complete"] is False  # no deposit explains its cash
