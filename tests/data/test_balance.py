"""GET /accounts/{account_no}/balance: figures computed independently, scope, escaping."""

from asset_api.models.data import BalanceResponse
from tests.data import expected
from tests.data.conftest import ACCOUNT_A, ACCOUNT_CLOSED, balance_url, bearer
from tests.helpers import issue_token

ACCOUNTS = "/asset-erp/v1/accounts"


async def test_balance_matches_figures_computed_from_the_rows(client, token_a, dataset):
    res = await client.get(balance_url(ACCOUNT_A), headers=bearer(token_a))
    assert res.status_code == 200
    expected.assert_conforms(res.json(), BalanceResponse)
    assert res.json() == expected.balance(dataset["real"], ACCOUNT_A)


async def test_balance_figures_by_hand(client, token_a):
    """The same case written out, so a shared mistake in `expected` cannot hide."""
    body = (await client.get(balance_url(ACCOUNT_A), headers=bearer(token_a))).json()
    samsung, hynix, kakao = (
        next(h for h in body["holdings"] if h["code"] == c) for c in ("005930", "000660", "035720")
    )
    assert samsung["evaluation_amount"] == 10 * 74_800 == 748_000
    assert samsung["profit_loss"] == 48_000 and samsung["profit_loss_rate"] == "6.86"
    assert hynix["avg_purchase_price"] == 133_333  # 400,001 / 3, cut to the won
    assert hynix["evaluation_amount"] == 378_000 and hynix["profit_loss_rate"] == "-5.50"
    assert kakao["current_price"] == 50_000 and kakao["profit_loss_rate"] == "0.00"  # no price
    assert body["total_purchase_amount"] == 1_450_001
    assert body["total_evaluation_amount"] == 1_476_000
    assert body["total_profit_loss"] == 25_999 and body["total_profit_loss_rate"] == "1.79"
    assert body["estimated_assets"] == 1_234_567 + 1_476_000
    assert [h["code"] for h in body["holdings"]] == ["005930", "000660", "035720"]
    assert [h["weight"] for h in body["holdings"]] == ["50.68", "25.61", "23.71"]
    assert body["price_date"] == "20261120"


async def test_balance_of_an_account_without_holdings(client, db, dataset):
    token = await issue_token(client, db, env="real", accounts=[ACCOUNT_CLOSED])
    body = (await client.get(balance_url(ACCOUNT_CLOSED), headers=bearer(token))).json()
    expected.assert_conforms(body, BalanceResponse)
    assert body["holdings"] == []
    assert body["deposit"] == 0 and body["total_evaluation_amount"] == 0
    assert body["total_profit_loss_rate"] == "0.00"
    assert body["price_date"] == "20261120"  # the environment's latest trading day


async def test_balance_json_survives_names_that_need_escaping(client, db, token_a):
    """The holdings are rendered by format(): a name with quotes, a backslash, a line break
    and a control character must still come out as valid JSON, unchanged."""
    name = 'A "quoted"\\ name\n\t\x01 끝'
    await db.execute("UPDATE instruments SET name = $1 WHERE code = '005930'", name)
    res = await client.get(balance_url(ACCOUNT_A), headers=bearer(token_a))
    assert res.status_code == 200
    expected.assert_conforms(res.json(), BalanceResponse)
    assert {h["code"]: h["name"] for h in res.json()["holdings"]}["005930"] == name
