"""GET /instruments/{code} and GET /instruments/{code}/daily-prices."""

from datetime import date, timedelta

import pytest

from asset_api.models.data import DailyPricesResponse, InstrumentResponse
from asset_api.services.data_store import Dataset, write_dataset
from tests.data import expected
from tests.data.conftest import bearer
from tests.helpers import issue_token

URL = "/asset-erp/v1/instruments"


@pytest.fixture
async def market_token(client, db, dataset) -> str:
    """A real-environment key with the market scope only, and no account at all."""
    return await issue_token(client, db, env="real", scopes=["market"])


async def test_instrument_master_with_the_latest_price(client, market_token, dataset):
    res = await client.get(f"{URL}/005930", headers=bearer(market_token))
    assert res.status_code == 200
    expected.assert_conforms(res.json(), InstrumentResponse)
    latest = expected.latest_prices(dataset["real"])["005930"]
    assert latest[1] == date(2026, 11, 20)
    assert res.json() == {
        "return_code": 0,
        "return_msg": "정상적으로 처리되었습니다",
        "code": "005930",
        "isin": "KR7005930003",
        "name": "삼성전자",
        "market": "KOSPI",
        "sector": "전기·전자",
        "listed_shares": 5_969_782_550,
        "currency": "KRW",
        "price_date": "20261120",
        "last_price": 74_800,
        "change": 74_800 - 73_900,
        "change_rate": expected.percent(900, 73_900),  # 1.2178… → "1.22"
        "volume": 15_234_567,
        "trading_value": 1_134_213_513_150,
        "market_cap": 74_800 * 5_969_782_550,
    }
    assert res.json()["change_rate"] == "1.22"


async def test_a_fall_has_a_negative_change(client, market_token):
    body = (await client.get(f"{URL}/000660", headers=bearer(market_token))).json()
    assert body["change"] == 126_000 - 176_300
    assert body["change_rate"] == "-28.53"  # -50,300 / 176,300 = -28.531…


async def test_a_single_price_has_no_change(client, market_token):
    body = (await client.get(f"{URL}/247540", headers=bearer(market_token))).json()
    assert (body["change"], body["change_rate"]) == (0, "0.00")
    assert body["market"] == "KOSDAQ"


@pytest.mark.parametrize("code", ["999999", "00593", "abcdef"])
async def test_unknown_instrument_is_1901(client, market_token, code):
    res = await client.get(f"{URL}/{code}", headers=bearer(market_token))
    assert res.status_code == 404
    assert res.json()["return_code"] == 1901


async def test_mock_key_gets_mock_prices(client, token_mock):
    body = (await client.get(f"{URL}/005930", headers=bearer(token_mock))).json()
    assert body["last_price"] == 61_500
    res = await client.get(f"{URL}/000660", headers=bearer(token_mock))
    assert res.status_code == 404  # listed in the real environment only


async def test_accounts_only_key_gets_8010(client, db, dataset):
    token = await issue_token(client, db, env="real", all_accounts=True, scopes=["accounts"])
    res = await client.get(f"{URL}/005930", headers=bearer(token))
    assert res.status_code == 403
    assert res.json()["return_code"] == 8010


async def test_daily_prices_newest_first_with_changes(client, market_token, dataset):
    params = {"start_date": "20261119", "end_date": "20261120"}
    res = await client.get(
        f"{URL}/005930/daily-prices", params=params, headers=bearer(market_token)
    )
    assert res.status_code == 200
    assert res.headers["cont-yn"] == "N"
    expected.assert_conforms(res.json(), DailyPricesResponse)
    prices = res.json()["prices"]
    assert prices == expected.daily_prices(
        dataset["real"], "005930", date(2026, 11, 19), date(2026, 11, 20)
    )
    # The oldest row shown still gets its change from the day before the period.
    assert prices[-1]["change"] == 73_900 - 74_100


async def test_daily_prices_of_a_period_without_trading(client, market_token):
    params = {"start_date": "20200101", "end_date": "20200105"}
    res = await client.get(
        f"{URL}/005930/daily-prices", params=params, headers=bearer(market_token)
    )
    assert res.status_code == 200 and res.json()["prices"] == []


async def test_daily_prices_of_an_unknown_instrument_is_1901(client, market_token):
    params = {"start_date": "20200101", "end_date": "20200105"}
    res = await client.get(
        f"{URL}/123456/daily-prices", params=params, headers=bearer(market_token)
    )
    assert res.status_code == 404


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"start_date": "20261120", "end_date": "20261119"}, "end_date"),
        ({"start_date": "20260229", "end_date": "20261119"}, "start_date"),
        ({"start_date": "20261101", "end_date": "20261119", "limit": "1000"}, "limit"),
        ({"start_date": "20261101"}, "end_date"),
    ],
)
async def test_daily_prices_bad_parameters_are_1501(client, market_token, params, field):
    res = await client.get(
        f"{URL}/005930/daily-prices", params=params, headers=bearer(market_token)
    )
    assert res.status_code == 400
    assert res.json()["return_code"] == 1501
    assert f"({field}:" in res.json()["return_msg"]


async def test_daily_prices_pages_cover_the_period_once_with_correct_changes(
    client, db, market_token
):
    start, closes = date(2024, 1, 1), [10_000 + (n * 37) % 1_000 for n in range(700)]
    rows = [
        ("373220", start + timedelta(days=n), c, c + 50, c - 50, c, 1_000 + n, c * (1_000 + n))
        for n, c in enumerate(closes)
    ]
    data = Dataset(
        instruments=[
            ("373220", "KR7373220003", "LG에너지솔루션", "KOSPI", "전기·전자", 234_000_000, "KRW")
        ],
        daily_prices=rows,
    )
    await write_dataset(db, env="real", dataset=data)
    params = {"start_date": "20240301", "end_date": "20251231", "limit": "64"}
    headers, seen = bearer(market_token), []
    while True:
        res = await client.get(f"{URL}/373220/daily-prices", params=params, headers=headers)
        expected.assert_conforms(res.json(), DailyPricesResponse)
        seen.extend(res.json()["prices"])
        if res.headers["cont-yn"] == "N":
            break
        headers = bearer(market_token) | {"cont-yn": "Y", "next-key": res.headers["next-key"]}
    assert seen == expected.daily_prices(data, "373220", date(2024, 3, 1), date(2025, 12, 31))
