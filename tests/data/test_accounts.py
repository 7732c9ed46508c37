"""GET /accounts, and the scope every account endpoint shares: grants, environments."""

import pytest

from asset_api.admin.grants import grant_accounts, revoke_account
from asset_api.models.data import AccountsResponse
from tests.data import expected
from tests.data.conftest import (
    ACCOUNT_A,
    ACCOUNT_B,
    ACCOUNT_CLOSED,
    MOCK_ACCOUNT,
    balance_url,
    bearer,
)
from tests.helpers import issue_token

ACCOUNTS = "/asset-erp/v1/accounts"


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


async def test_a_mock_key_sees_no_real_transactions_or_prices(client, db, dataset):
    token = await issue_token(client, db, env="mock", all_accounts=True)
    period = {"start_date": "20200101", "end_date": "20301231"}
    res = await client.get(
        f"/asset-erp/v1/accounts/{ACCOUNT_A}/transactions", params=period, headers=bearer(token)
    )
    assert res.status_code == 404
    res = await client.get(
        "/asset-erp/v1/instruments/005930/daily-prices", params=period, headers=bearer(token)
    )
    assert [p["close"] for p in res.json()["prices"]] == [61_500]  # the mock price only
    res = await client.get(
        "/asset-erp/v1/instruments/000660/daily-prices", params=period, headers=bearer(token)
    )
    assert res.status_code == 404
