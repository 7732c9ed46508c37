"""admin-accounts-list: the accounts catalog, searched and paged."""

from tests.admin.conftest import add_account


async def test_accounts_catalog_searches_and_pages(api, db):
    await add_account(db, "5012345611", name="위탁종합 주계좌")
    await add_account(db, "5012345622", name="연금저축")
    await add_account(db, "7012345611", env="mock", name="모의 위탁")

    res = await api("GET", "/accounts")
    assert res.status_code == 200
    body = res.json()
    assert body["total"] == 3
    assert [(a["env"], a["account_no"]) for a in body["accounts"]] == [
        ("mock", "7012345611"), ("real", "5012345611"), ("real", "5012345622"),
    ]  # fmt: skip
    assert body["accounts"][0] == {"account_no": "7012345611", "account_name": "모의 위탁",
                                   "broker": "키움증권", "env": "mock"}  # fmt: skip

    async def numbers(**params) -> list[str]:
        return [
            a["account_no"]
            for a in (await api("GET", "/accounts", params=params)).json()["accounts"]
        ]

    assert await numbers(env="real") == ["5012345611", "5012345622"]
    assert await numbers(q="연금") == ["5012345622"]
    assert await numbers(q="345611") == ["7012345611", "5012345611"]
    assert await numbers(q="키움", size=1, page=3) == ["5012345622"]
