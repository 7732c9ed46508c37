"""The grant services behind the admin API and CLI (admin/grants.py): grant_accounts,
revoke_account, list_user_accounts."""

import pytest

from asset_api.admin.grants import (
    grant_accounts,
    list_user_accounts,
    revoke_account,
)
from asset_api.auth import keys
from asset_api.errors import InvalidRequest, NotFound
from tests.data.conftest import ACCOUNT_A, ACCOUNT_B, MOCK_ACCOUNT, write_both


@pytest.fixture
async def dataset(db):
    """The data suite's small dataset, in both environments."""
    return await write_both(db)


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
