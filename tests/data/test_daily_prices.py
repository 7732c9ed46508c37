"""GET /instruments/{code}/daily-prices: OHLCV with changes, newest first, paged."""

from datetime import date, timedelta

import pytest

from asset_api.ingest.dataset import Dataset, write_dataset
from asset_api.models.data import DailyPricesResponse
from tests.data import expected
from tests.data.conftest import bearer

URL = "/asset-erp/v1/instruments"


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
