"""GET /accounts and GET /accounts/{account_no}/balance: figures, scope, environments."""

import pytest

from asset_api.models.data import AccountsResponse, BalanceResponse
from asset_api.services.data_accounts import grant_accounts, revoke_account
from tests.data import expected
from tests.data.conftest import ACCOUNT_A, ACCOUNT_B, ACCOUNT_CLOSED, MOCK_ACCOUNT, bearer
from tests.helpers import issue_token

ACCOUNTS = "/asset-erp/v1/accounts"


def balance_url(account_no: str) -> str:
    return f"{ACCOUNTS}/{account_no}/balance"


async def test_accounts_lists_only_the_granted_accounts(client, token_a):
    res = await client.get(ACCOUNTS, headers=bearer(token_a))
    assert res.status_code == 200
    assert res.headers["content-type"] == "application/json"
    expected.assert_conforms(res.json(), AccountsResponse)
    assert res.json() == {
        "return_code": 0,
        "return_msg": "정상적으로 처리되었습니다",
        "accounts": [
            {
                "account_no": ACCOUNT_A,
                "account_name": "위탁종합",
                "broker": "키움증권",
                "currency": "KRW",
                "opened_date": "20200302",
                "status": "active",
            }
        ],
    }


async def test_all_accounts_user_sees_every_account_of_its_environment_in_order(
    client, token_all, dataset
):
    res = await client.get(ACCOUNTS, headers=bearer(token_all))
    listed = [(a["account_no"], a["status"]) for a in res.json()["accounts"]]
    assert listed == sorted((row[0], row[5]) for row in dataset["real"].accounts)
    assert (ACCOUNT_CLOSED, "closed") in listed


async def test_a_user_without_grants_sees_an_empty_list(client, db, dataset):
    token = await issue_token(client, db, env="real")
    res = await client.get(ACCOUNTS, headers=bearer(token))
    assert res.status_code == 200
    assert res.json()["accounts"] == []


async def test_mock_key_sees_only_mock_accounts(client, token_mock):
    res = await client.get(ACCOUNTS, headers=bearer(token_mock))
    assert [a["account_no"] for a in res.json()["accounts"]] == [MOCK_ACCOUNT]


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


@pytest.mark.parametrize("account_no", [ACCOUNT_B, "1999999999", MOCK_ACCOUNT, "abc"])
async def test_accounts_out_of_scope_answer_exactly_like_missing_ones(client, token_a, account_no):
    res = await client.get(balance_url(account_no), headers=bearer(token_a))
    assert res.status_code == 404
    body = res.json()
    assert body["return_code"] == 1901
    assert body["return_msg"] == f"존재하지 않는 자원입니다 (계좌 {account_no})"
    transactions = await client.get(
        f"{ACCOUNTS}/{account_no}/transactions",
        params={"start_date": "20200101", "end_date": "20301231"},
        headers=bearer(token_a),
    )
    assert transactions.status_code == 404
    assert transactions.json()["return_msg"] == body["return_msg"]


async def test_mock_key_sees_no_real_row(client, token_mock, dataset):
    for account_no in (ACCOUNT_A, ACCOUNT_B):
        res = await client.get(balance_url(account_no), headers=bearer(token_mock))
        assert res.status_code == 404
    res = await client.get(balance_url(MOCK_ACCOUNT), headers=bearer(token_mock))
    assert res.json() == expected.balance(dataset["mock"], MOCK_ACCOUNT)
    # The mock close of 005930 is 61,500, not the real 74,800.
    assert res.json()["holdings"][0]["current_price"] == 61_500


async def test_real_key_does_not_see_a_mock_account_even_when_granted_by_number(
    client, db, dataset
):
    # The same number in the other environment is another account.
    token = await issue_token(client, db, env="real", all_accounts=True)
    assert (await client.get(balance_url(MOCK_ACCOUNT), headers=bearer(token))).status_code == 404


async def test_grant_and_revoke_take_effect_on_the_next_request(client, db, dataset):
    from tests.helpers import get_token, make_key

    creds = await make_key(db, env="real", accounts=[ACCOUNT_A])
    token = await get_token(client, creds)
    assert (await client.get(balance_url(ACCOUNT_B), headers=bearer(token))).status_code == 404
    await grant_accounts(db, user_id=creds.user_id, account_nos=[ACCOUNT_B], env="real")
    assert (await client.get(balance_url(ACCOUNT_B), headers=bearer(token))).status_code == 200
    assert await revoke_account(db, user_id=creds.user_id, account_no=ACCOUNT_B, env="real")
    assert (await client.get(balance_url(ACCOUNT_B), headers=bearer(token))).status_code == 404


async def test_a_key_without_the_accounts_scope_gets_8010(client, db, dataset):
    token = await issue_token(client, db, env="real", all_accounts=True, scopes=["market"])
    res = await client.get(balance_url(ACCOUNT_A), headers=bearer(token))
    assert res.status_code == 403
    assert res.json()["return_code"] == 8010


async def test_no_token_gets_8005(client, dataset):
    res = await client.get(balance_url(ACCOUNT_A))
    assert res.status_code == 401
    assert res.json()["return_code"] == 8005


async def test_balance_json_survives_names_that_need_escaping(client, db, token_a):
    """The holdings are rendered by format(): a name with quotes, a backslash, a line break
    and a control character must still come out as valid JSON, unchanged."""
    name = 'A "quoted"\\ name\n\t\x01 끝'
    await db.execute("UPDATE instruments SET name = $1 WHERE code = '005930'", name)
    res = await client.get(balance_url(ACCOUNT_A), headers=bearer(token_a))
    assert res.status_code == 200
    expected.assert_conforms(res.json(), BalanceResponse)
    assert {h["code"]: h["name"] for h in res.json()["holdings"]}["005930"] == name
