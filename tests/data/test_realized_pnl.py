"""GET /accounts/{account_no}/realized-pnl: every field against the independent replay of
tests/data/replay.py (from the transactions endpoint's rows), on hand-made edge cases and on
the demo accounts; pagination, validation and scope."""

import base64

import pytest

from asset_api.ingest.dataset import write_dataset
from asset_api.ingest.demo import demo_dataset, load_demo
from asset_api.models.data import RealizedPnlResponse
from tests.data import expected, replay
from tests.data.conftest import ACCOUNT_A, MOCK_ACCOUNT, bearer, trade
from tests.data.report_data import (
    ALL_TIME,
    EDGE_ACCOUNT,
    PREFIX,
    all_pages,
    all_rows,
    edge_dataset,
    history,
)
from tests.helpers import issue_token

URL = f"{PREFIX}/{EDGE_ACCOUNT}/realized-pnl"


@pytest.fixture
async def edge_token(client, db) -> str:
    await write_dataset(db, env="real", dataset=edge_dataset())
    return await issue_token(client, db, env="real", accounts=[EDGE_ACCOUNT])


async def test_the_edge_cases_match_the_replay_field_by_field(client, edge_token):
    res = await client.get(URL, params=ALL_TIME, headers=bearer(edge_token))
    assert res.status_code == 200, res.text
    assert res.headers["cont-yn"] == "N"
    body = res.json()
    expected.assert_conforms(body, RealizedPnlResponse)
    rows = await history(client, edge_token, EDGE_ACCOUNT)
    assert body["sells"] == replay.sells(rows, "20000101", "20991231")
    assert body["summary"] == replay.summary(rows, "20000101", "20991231", None, True)


async def test_the_moving_average_worked_out_by_hand(client, edge_token):
    """The replay's reading of the rule, checked on figures computed by hand."""
    body = (await client.get(URL, params=ALL_TIME, headers=bearer(edge_token))).json()
    figures = [
        (s["code"], s["quantity"], s["avg_purchase_price"], s["purchase_cost"], s["realized_pnl"])
        for s in body["sells"]
    ]
    assert figures == [
        ("000660", 2, 130_000, 260_000, 262_000 - 260_000 - 20 - 390),
        # the whole rest of the position: all of its cost
        ("005930", 17, 1_194_650 // 17, 1_194_650, 1_186_600 - 1_194_650 - 170 - 2_370),
        # 1,405,470 for 20 shares: 3 of them cost floor(210,820.5)
        ("005930", 3, 70_273, 210_820, 214_500 - 210_820 - 30 - 430),
    ]
    assert body["sells"][2]["realized_pnl_rate"] == "1.53"  # 3,220 ÷ 210,820 × 100 = 1.527…
    assert body["sells"][1]["realized_pnl_rate"] == "-0.89"  # −10,590 ÷ 1,194,650 × 100
    summary = body["summary"]
    assert summary["dividends"] == 17 * 361  # gross
    assert (summary["deposits"], summary["withdrawals"]) == (10_500_000, 1_000_000)
    assert summary["total_realized_pnl"] == sum(s["realized_pnl"] for s in body["sells"])


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        ("20260303", "20260303", None),  # one day
        ("20260304", "20260309", None),  # the middle onwards: the costs still use all history
        ("20260305", "20260308", None),  # no sell at all: zeros, the deposit still counts
        ("20260101", "20261231", "005930"),
        ("20260304", "20260309", "000660"),
        ("20260101", "20261231", "035720"),  # bought, never sold
    ],
)
async def test_periods_and_codes_match_the_replay(client, edge_token, start, end, code):
    params = {"start_date": start, "end_date": end} | ({"code": code} if code else {})
    body = (await client.get(URL, params=params, headers=bearer(edge_token))).json()
    rows = await history(client, edge_token, EDGE_ACCOUNT)
    assert body["sells"] == replay.sells(rows, start, end, code)
    assert body["summary"] == replay.summary(rows, start, end, code, True)


@pytest.mark.parametrize("limit", [1, 2])
async def test_every_sell_exactly_once_across_pages(client, edge_token, limit):
    params = ALL_TIME | {"limit": str(limit)}
    bodies = await all_pages(client, edge_token, URL, params)
    assert [len(b["sells"]) for b in bodies][:-1] == [limit] * (len(bodies) - 1)
    assert all(b["summary"] == bodies[0]["summary"] for b in bodies)  # the period's, each time
    rows = await history(client, edge_token, EDGE_ACCOUNT)
    assert [s for b in bodies for s in b["sells"]] == replay.sells(rows, "20000101", "20991231")


async def test_demo_accounts_match_the_replay(client, db):
    await load_demo(db, "real")
    data = demo_dataset("real")
    token = await issue_token(client, db, env="real", all_accounts=True)
    for account_no, *_ in data.accounts:
        rows = await history(client, token, account_no)
        url = f"{PREFIX}/{account_no}/realized-pnl"
        sells = await all_rows(client, token, url, ALL_TIME | {"limit": "500"}, "sells")
        assert sells == replay.sells(rows, "20000101", "20991231")
        assert len(sells) > 20
        for start, end, code in (
            ("20230101", "20231231", None),
            ("20240701", "20250630", "005930"),
        ):
            params = {"start_date": start, "end_date": end} | ({"code": code} if code else {})
            body = (await client.get(url, params=params, headers=bearer(token))).json()
            assert body["summary"] == replay.summary(rows, start, end, code, True), account_no


async def test_a_history_that_does_not_explain_the_holdings_says_so(client, token_a):
    """Account A of the shared dataset holds shares its transactions never bought."""
    url = f"{PREFIX}/{ACCOUNT_A}/realized-pnl"
    body = (await client.get(url, params=ALL_TIME, headers=bearer(token_a))).json()
    rows = await history(client, token_a, ACCOUNT_A)
    assert body["summary"] == replay.summary(rows, "20000101", "20991231", None, False)
    assert body["sells"] == replay.sells(rows, "20000101", "20991231")


async def test_selling_more_than_the_history_bought_is_incomplete(client, db):
    data = edge_dataset()
    data.transactions.append(
        trade(EDGE_ACCOUNT, "20260310", "100000", "sell", "035720", 5, 52_000, fee=30, tax=400)
    )
    data.holdings = [h for h in data.holdings if h[1] != "035720"]
    data.cash_balances = [(EDGE_ACCOUNT, data.cash_balances[0][1] + 5 * 52_000 - 430)]
    await write_dataset(db, env="real", dataset=data)
    token = await issue_token(client, db, env="real", accounts=[EDGE_ACCOUNT])
    body = (await client.get(URL, params=ALL_TIME, headers=bearer(token))).json()
    uncovered = body["sells"][0]
    # 3 shares held for 150,000; the 2 beyond them have no known cost
    assert (uncovered["avg_purchase_price"], uncovered["purchase_cost"]) == (50_000, 150_000)
    assert body["summary"]["history_complete"] is False
    rows = await history(client, token, EDGE_ACCOUNT)
    assert body["sells"] == replay.sells(rows, "20000101", "20991231")
    assert replay.final_book(rows).uncovered_sells == 1


async def test_an_account_without_sells_is_200_with_zeros(client, token_all):
    url = f"{PREFIX}/1000000002/realized-pnl"  # account B: one deposit
    res = await client.get(url, params=ALL_TIME, headers=bearer(token_all))
    assert res.status_code == 200
    expected.assert_conforms(res.json(), RealizedPnlResponse)
    assert res.json()["sells"] == []
    assert res.json()["summary"]["deposits"] == 300_000


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"start_date": "20260230", "end_date": "20260301"}, "start_date"),
        ({"start_date": "20260101", "end_date": "2026-03-01"}, "end_date"),
        ({"start_date": "20260310", "end_date": "20260301"}, "end_date"),
        ({"end_date": "20260301"}, "start_date"),
        (ALL_TIME | {"code": "5930"}, "code"),
        (ALL_TIME | {"code": "abcdef"}, "code"),
        (ALL_TIME | {"limit": "0"}, "limit"),
        (ALL_TIME | {"kind": "sell"}, "kind"),
    ],
)
async def test_bad_parameters_are_1501_naming_the_field(client, edge_token, params, field):
    res = await client.get(URL, params=params, headers=bearer(edge_token))
    assert res.status_code == 400
    assert res.json()["return_code"] == 1501
    assert f"({field}:" in res.json()["return_msg"]


@pytest.mark.parametrize(
    "key",
    [
        # a transactions key: a position in another list
        base64.urlsafe_b64encode(b"T20260309100000999").decode().rstrip("="),
        base64.urlsafe_b64encode(b"S2026130910000012").decode().rstrip("="),
        base64.urlsafe_b64encode(b"V20260309").decode().rstrip("="),
        "not a key!",
    ],
)
async def test_a_key_of_another_list_or_none_at_all_is_1501(client, edge_token, key):
    headers = bearer(edge_token) | {"cont-yn": "Y", "next-key": key}
    res = await client.get(URL, params=ALL_TIME, headers=headers)
    assert res.status_code == 400
    assert "(next-key:" in res.json()["return_msg"]


async def test_an_unknown_code_is_1901(client, edge_token):
    res = await client.get(URL, params=ALL_TIME | {"code": "999999"}, headers=bearer(edge_token))
    assert res.status_code == 404
    assert res.json()["return_code"] == 1901


async def test_accounts_out_of_scope_answer_like_missing_ones(client, db, dataset, edge_token):
    other = await issue_token(client, db, env="real", accounts=["1000000002"])
    mock = await issue_token(client, db, env="mock", all_accounts=True)
    for token, account_no in ((other, EDGE_ACCOUNT), (mock, EDGE_ACCOUNT), (other, "9999999999")):
        url = f"{PREFIX}/{account_no}/realized-pnl"
        res = await client.get(url, params=ALL_TIME, headers=bearer(token))
        assert res.status_code == 404
        assert res.json()["return_code"] == 1901
    # and the mock account is not visible to a real key
    url = f"{PREFIX}/{MOCK_ACCOUNT}/realized-pnl"
    res = await client.get(url, params=ALL_TIME, headers=bearer(edge_token))
    assert res.status_code == 404
