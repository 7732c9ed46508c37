"""GET /instruments/{code}: the master record with its latest price and change."""

from datetime import date

import pytest

from asset_api.models.data import InstrumentResponse
from tests.data import expected
from tests.data.conftest import bearer
from tests.helpers import issue_token

URL = "/asset-erp/v1/instruments"


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
