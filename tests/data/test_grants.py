"""The grant services behind the admin API and CLI: grant_accounts, revoke_account,
list_user_accounts."""

import pytest

from asset_api.errors import InvalidRequest, NotFound
from asset_api.services import keys
from asset_api.services.data_accounts import (
    grant_accounts,
    list_user_accounts,
    revoke_account,
)
from tests.data.conftest import ACCOUNT_A, ACCOUNT_B, MOCK_ACCOUNT, bearer
from tests.helpers import issue_token


@pytest.fixture
async def user_id(db, dataset) -> int:
    return await keys.create_user(db, name="권한 테스트")


async def grants(db, user_id) -> list[tuple[str, str]]:
    return [(g["env"], g["account_no"]) for g in await list_user_accounts(db, user_id=user_id)]


async def test_grant_is_idempotent_and_sorted(db, user_id):
    granted = await grant_accounts(
        db, user_id=user_id, account_nos=[ACCOUNT_B, ACCOUNT_A, ACCOUNT_B], env="real"
    )
    assert granted == [ACCOUNT_A, ACCOUNT_B]
    await grant_accounts(db, user_id=user_id, account_nos=[ACCOUNT_A], env="real")
    assert await grants(db, user_id) == [("real", ACCOUNT_A), ("real", ACCOUNT_B)]


async def test_an_unknown_account_grants_nothing(db, user_id):
    with pytest.raises(NotFound, match="1999999999"):
        await grant_accounts(db, user_id=user_id, account_nos=[ACCOUNT_A, "1999999999"], env="real")
    assert await grants(db, user_id) == []


async def test_an_account_of_the_other_environment_is_unknown(db, user_id):
    with pytest.raises(NotFound):
        await grant_accounts(db, user_id=user_id, account_nos=[MOCK_ACCOUNT], env="real")
    await grant_accounts(db, user_id=user_id, account_nos=[MOCK_ACCOUNT], env="mock")
    assert await grants(db, user_id) == [("mock", MOCK_ACCOUNT)]
    assert await list_user_accounts(db, user_id=user_id, env="real") == []


async def test_unknown_user_and_environment(db, dataset):
    with pytest.raises(NotFound, match="사용자"):
        await grant_accounts(db, user_id=987654, account_nos=[ACCOUNT_A], env="real")
    with pytest.raises(InvalidRequest, match="env"):
        await grant_accounts(db, user_id=1, account_nos=[ACCOUNT_A], env="paper")


async def test_revoke_says_whether_there_was_a_grant(db, user_id):
    await grant_accounts(db, user_id=user_id, account_nos=[ACCOUNT_A, ACCOUNT_B], env="real")
    assert await revoke_account(db, user_id=user_id, account_no=ACCOUNT_A, env="real")
    assert not await revoke_account(db, user_id=user_id, account_no=ACCOUNT_A, env="real")
    assert not await revoke_account(db, user_id=user_id, account_no=ACCOUNT_B, env="mock")
    assert await grants(db, user_id) == [("real", ACCOUNT_B)]


async def test_listed_grants_carry_the_account_details(db, user_id):
    await grant_accounts(db, user_id=user_id, account_nos=[ACCOUNT_A], env="real")
    (grant,) = await list_user_accounts(db, user_id=user_id)
    assert {k: grant[k] for k in ("account_no", "env", "account_name", "broker", "status")} == {
        "account_no": ACCOUNT_A,
        "env": "real",
        "account_name": "위탁종합",
        "broker": "키움증권",
        "status": "active",
    }
    assert grant["granted_at"] is not None


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
