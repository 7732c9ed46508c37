"""The client against the real Asset-API app (httpx's ASGI transport), end to end: token,
accounts, balance, transactions across pages, and revocation on close."""

from datetime import date, time

import httpx
import pytest

from asset_api.client import ApiError, AsyncAssetApiClient, AuthenticationException
from asset_api.ingest.dataset import Dataset, write_dataset
from tests.helpers import make_key

ACCOUNT = "5012345611"
OTHER_ACCOUNT = "5012345622"
TRANSACTIONS = f"/asset-erp/v1/accounts/{ACCOUNT}/transactions"
PERIOD = {"start_date": "20261101", "end_date": "20261130"}


def dataset() -> Dataset:
    def deposit(day: int, amount: int) -> tuple:
        return (ACCOUNT, date(2026, 11, day), time(9, 0), "deposit", None, 0, 0, amount, 0, 0)

    def buy(day: int, quantity: int, price: int) -> tuple:
        amount = quantity * price
        return (
            ACCOUNT,
            date(2026, 11, day),
            time(10, 0),
            "buy",
            "005930",
            quantity,
            price,
            amount,
            0,
            0,
        )

    return Dataset(
        accounts=[
            (ACCOUNT, "위탁종합", "키움증권", "KRW", date(2020, 3, 2), "active"),
            (OTHER_ACCOUNT, "연금저축", "키움증권", "KRW", date(2021, 7, 1), "active"),
        ],
        instruments=[
            ("005930", "KR7005930003", "삼성전자", "KOSPI", "전기·전자", 5_969_782_550, "KRW")
        ],
        holdings=[(ACCOUNT, "005930", 30, 2_100_000)],
        cash_balances=[(ACCOUNT, 7_900_000), (OTHER_ACCOUNT, 0)],
        # Seven transactions, so a limit of 2 takes four pages.
        transactions=[
            deposit(2, 5_000_000),
            deposit(3, 5_000_000),
            *(buy(d, 5, 70_000) for d in (4, 5, 6, 9, 10)),
        ],
        daily_prices=[
            ("005930", date(2026, 11, 20), 74_000, 75_200, 73_800, 74_800, 15_000, 1_122_000_000)
        ],
    )


class RecordingTransport(httpx.AsyncBaseTransport):
    """The app's ASGI transport, keeping every request the client sent."""

    def __init__(self, app):
        self.inner = httpx.ASGITransport(app=app, client=("203.0.113.9", 5555))
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self.inner.handle_async_request(request)


@pytest.fixture
async def credentials(db):
    await write_dataset(db, env="real", dataset=dataset())
    return await make_key(db, env="real", accounts=[ACCOUNT])


async def test_token_balance_and_transactions_across_pages(app, client, credentials):
    transport = RecordingTransport(app)
    async with AsyncAssetApiClient(
        "http://testserver", credentials.appkey, credentials.secretkey, transport=transport
    ) as api:
        token = await api.token()
        accounts = await api.get("/asset-erp/v1/accounts")
        balance = await api.get(f"/asset-erp/v1/accounts/{ACCOUNT}/balance")
        rows = [
            row async for row in api.paginate(TRANSACTIONS, {**PERIOD, "limit": 2}, "transactions")
        ]

    assert 86_300 < token.expires_in <= 86_400
    assert [a["account_no"] for a in accounts["accounts"]] == [ACCOUNT]  # the grant, no more
    assert balance["deposit"] == 7_900_000
    assert [(h["code"], h["quantity"], h["current_price"]) for h in balance["holdings"]] == [
        ("005930", 30, 74_800)
    ]

    # aclose() revoked the token: the server refuses it from now on.
    bearer = {"authorization": f"Bearer {token.token}"}
    after_close = await client.get(TRANSACTIONS, params=PERIOD, headers=bearer)
    assert (after_close.status_code, after_close.json()["return_code"]) == (401, 8005)

    page_requests = [r for r in transport.requests if r.url.path == TRANSACTIONS]
    assert len(page_requests) == 4
    assert [r.headers.get("cont-yn") for r in page_requests] == [None, "Y", "Y", "Y"]
    assert len({r.headers.get("next-key") for r in page_requests[1:]}) == 3
    assert len(rows) == 7
    assert len({row["transaction_id"] for row in rows}) == 7
    dates = [(row["trade_date"], row["trade_time"]) for row in rows]
    assert dates == sorted(dates, reverse=True)  # newest first, across page boundaries
    assert [row["kind"] for row in rows][-2:] == ["deposit", "deposit"]


async def test_pages_match_one_big_page(app, client, credentials):
    async with AsyncAssetApiClient(
        "http://testserver",
        credentials.appkey,
        credentials.secretkey,
        transport=httpx.ASGITransport(app=app),
        revoke_path=None,
    ) as api:
        paged = [
            row async for row in api.paginate(TRANSACTIONS, {**PERIOD, "limit": 3}, "transactions")
        ]
        token = await api.token()
    whole = await client.get(
        TRANSACTIONS,
        params={**PERIOD, "limit": 500},
        headers={"authorization": f"Bearer {token.token}"},
    )
    assert whole.status_code == 200  # revoke_path=None: the token outlives the client
    assert paged == whole.json()["transactions"]


async def test_out_of_scope_account_is_an_api_error(app, credentials):
    async with AsyncAssetApiClient(
        "http://testserver",
        credentials.appkey,
        credentials.secretkey,
        transport=httpx.ASGITransport(app=app),
    ) as api:
        with pytest.raises(ApiError) as caught:
            await api.get(f"/asset-erp/v1/accounts/{OTHER_ACCOUNT}/balance")
    assert (caught.value.status_code, caught.value.return_code) == (404, 1901)
    assert caught.value.request_id


async def test_wrong_secret_is_an_authentication_error(app, credentials):
    secret = credentials.secretkey
    wrong_secret = secret[:90] + ("x" if secret[90] != "x" else "y") + secret[91:]
    async with AsyncAssetApiClient(
        "http://testserver",
        credentials.appkey,
        wrong_secret,
        transport=httpx.ASGITransport(app=app),
    ) as api:
        with pytest.raises(AuthenticationException) as caught:
            await api.token()
    assert (caught.value.status_code, caught.value.return_code) == (401, 1001)


async def test_token_revoked_elsewhere_is_replaced_once(app, client, credentials):
    transport = RecordingTransport(app)
    async with AsyncAssetApiClient(
        "http://testserver", credentials.appkey, credentials.secretkey, transport=transport
    ) as api:
        first = await api.token()
        revoked = await client.post(
            "/asset-erp/v1/revoke-auth",
            json={
                "appkey": credentials.appkey,
                "secretkey": credentials.secretkey,
                "token": first.token,
            },
        )
        assert revoked.json()["return_code"] == 0
        accounts = await api.get("/asset-erp/v1/accounts")
        second = await api.token()

    assert [a["account_no"] for a in accounts["accounts"]] == [ACCOUNT]
    assert second.token != first.token
    token_requests = [r for r in transport.requests if r.url.path == "/asset-erp/v1/get-auth"]
    assert len(token_requests) == 2


async def test_the_account_reports_page_like_the_other_lists(app, db, credentials):
    """realized-pnl and daily-valuations: their lists through paginate, their summary (the
    same on every page) through pages."""
    later = Dataset(
        transactions=[
            (ACCOUNT, date(2026, 11, d), time(11, 0), "sell", "005930", 2, 71_000, 142_000, 20, 250)
            for d in (11, 12, 13)
        ],
        daily_prices=[
            ("005930", date(2026, 11, d), 70_000, 72_000, 69_000, 70_000 + 100 * d, 1, 70_000)
            for d in (11, 12, 13, 16, 17)
        ],
    )
    await write_dataset(db, env="real", dataset=later)
    reports = f"/asset-erp/v1/accounts/{ACCOUNT}"
    async with AsyncAssetApiClient(
        "http://testserver",
        credentials.appkey,
        credentials.secretkey,
        transport=httpx.ASGITransport(app=app),
    ) as api:
        sells = [
            row
            async for row in api.paginate(
                f"{reports}/realized-pnl", {**PERIOD, "limit": 1}, "sells"
            )
        ]
        days = [
            row
            async for row in api.paginate(
                f"{reports}/daily-valuations", {**PERIOD, "limit": 2}, "valuations"
            )
        ]
        whole = await api.get(f"{reports}/daily-valuations", {**PERIOD, "limit": 500})
        summaries = [
            body["summary"]
            async for body in api.pages(
                "GET", f"{reports}/realized-pnl", params={**PERIOD, "limit": 2}
            )
        ]
    assert [s["trade_date"] for s in sells] == ["20261113", "20261112", "20261111"]
    assert days == whole["valuations"] and len(days) == 6  # 11, 12, 13, 16, 17, 20
    assert len(summaries) == 2 and summaries[0] == summaries[1]
    assert summaries[0]["total_sell_amount"] == 3 * 142_000
    assert summaries[0]["history_complete"] is False  # 30 held, 25 bought, 6 sold
