"""A small, hand-written dataset in both environments, and tokens scoped to parts of it.

The expected figures of the tests are computed in Python from these very tuples, never read
back through the code under test.
"""

from datetime import date, time

import pytest

from asset_api.ingest.dataset import Dataset, write_dataset
from tests.helpers import issue_token

ACCOUNT_A = "1000000001"
ACCOUNT_B = "1000000002"
ACCOUNT_CLOSED = "1000000003"
MOCK_ACCOUNT = "9000000001"

D = date.fromisoformat


def _day(text: str) -> date:
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))


def _time(text: str) -> time:
    return time(int(text[:2]), int(text[2:4]), int(text[4:]))


def trade(account, day, at, kind, code, quantity, price, *, fee=0, tax=0) -> tuple:
    """A buy, sell or dividend row: amount = quantity × price."""
    return (account, _day(day), _time(at), kind, code, quantity, price, quantity * price, fee, tax)


def cash(account, day, at, kind, amount, *, fee=0) -> tuple:
    """A deposit, withdrawal or fee row (no instrument, no quantity)."""
    return (account, _day(day), _time(at), kind, None, 0, 0, amount, fee, 0)


def ohlcv(code, day, open_, high, low, close, volume, value) -> tuple:
    return (code, _day(day), open_, high, low, close, volume, value)


def real_dataset() -> Dataset:
    return Dataset(
        accounts=[
            (ACCOUNT_A, "위탁종합", "키움증권", "KRW", D("2020-03-02"), "active"),
            (ACCOUNT_B, "연금저축", "한국투자증권", "KRW", D("2021-07-01"), "active"),
            (ACCOUNT_CLOSED, "위탁계좌", "미래에셋증권", "KRW", D("2015-07-20"), "closed"),
        ],
        instruments=[
            ("005930", "KR7005930003", "삼성전자", "KOSPI", "전기·전자", 5_969_782_550, "KRW"),
            ("000660", "KR7000660001", "SK하이닉스", "KOSPI", "전기·전자", 728_002_365, "KRW"),
            ("035720", "KR7035720002", "카카오", "KOSPI", "서비스업", 445_686_012, "KRW"),
            ("247540", "KR7247540008", "에코프로비엠", "KOSDAQ", "전기·전자", 97_801_344, "KRW"),
        ],
        holdings=[
            (ACCOUNT_A, "005930", 10, 700_000),  # avg 70,000; the latest close is 74,800
            (ACCOUNT_A, "000660", 3, 400_001),  # avg 133,333.67 → 133,333; loses money
            (ACCOUNT_A, "035720", 7, 350_000),  # no price at all: valued at cost
            (ACCOUNT_B, "247540", 1, 150_000),
        ],
        cash_balances=[(ACCOUNT_A, 1_234_567), (ACCOUNT_B, 0)],
        transactions=[
            cash(ACCOUNT_A, "20261102", "083000", "deposit", 5_000_000),
            trade(ACCOUNT_A, "20261103", "093015", "buy", "005930", 10, 70_000, fee=100),
            trade(ACCOUNT_A, "20261103", "100102", "buy", "000660", 3, 133_333, fee=50),
            trade(ACCOUNT_A, "20261117", "110000", "sell", "000660", 1, 190_000, fee=20, tax=380),
            trade(ACCOUNT_A, "20261119", "073000", "dividend", "005930", 10, 361, tax=550),
            cash(ACCOUNT_A, "20261120", "080000", "fee", 0, fee=3_300),
            cash(ACCOUNT_A, "20261120", "161000", "withdrawal", 1_000_000),
            cash(ACCOUNT_B, "20261105", "090000", "deposit", 300_000),
        ],
        daily_prices=[
            ohlcv("005930", "20261118", 73_600, 74_500, 73_400, 74_100, 14_102_938, 1042207118200),
            ohlcv("005930", "20261119", 74_200, 74_600, 73_500, 73_900, 12_876_543, 953508009150),
            ohlcv("005930", "20261120", 74_000, 75_200, 73_800, 74_800, 15_234_567, 1134213513150),
            ohlcv("000660", "20261119", 180_000, 181_000, 175_000, 176_300, 3_000_000, 530 * 10**9),
            ohlcv("000660", "20261120", 176_000, 177_000, 125_000, 126_000, 3_100_000, 400 * 10**9),
            ohlcv("247540", "20261120", 150_000, 151_000, 149_000, 150_000, 100_000, 15 * 10**9),
        ],
    )


def mock_dataset() -> Dataset:
    return Dataset(
        accounts=[(MOCK_ACCOUNT, "모의투자", "키움증권", "KRW", D("2024-01-02"), "active")],
        instruments=[
            ("005930", "KR7005930003", "삼성전자", "KOSPI", "전기·전자", 5_969_782_550, "KRW"),
        ],
        holdings=[(MOCK_ACCOUNT, "005930", 100, 6_000_000)],
        cash_balances=[(MOCK_ACCOUNT, 10_000_000)],
        transactions=[
            trade(MOCK_ACCOUNT, "20261103", "090000", "buy", "005930", 100, 60_000, fee=900),
        ],
        daily_prices=[
            ohlcv("005930", "20261120", 61_000, 62_000, 60_000, 61_500, 1_000, 61_500_000),
        ],
    )


async def write_both(db) -> dict[str, Dataset]:
    """The two datasets written into their environments."""
    datasets = {"real": real_dataset(), "mock": mock_dataset()}
    for env, data in datasets.items():
        await write_dataset(db, env=env, dataset=data)
    return datasets


@pytest.fixture
async def dataset(db) -> dict[str, Dataset]:
    return await write_both(db)


@pytest.fixture
async def token_a(client, db, dataset) -> str:
    """A real-environment key granted account A only."""
    return await issue_token(client, db, env="real", accounts=[ACCOUNT_A])


@pytest.fixture
async def token_all(client, db, dataset) -> str:
    """A real-environment key of a user who sees every account."""
    return await issue_token(client, db, env="real", all_accounts=True)


@pytest.fixture
async def token_mock(client, db, dataset) -> str:
    """A mock-environment key of a user who sees every account."""
    return await issue_token(client, db, env="mock", all_accounts=True)


def balance_url(account_no: str) -> str:
    return f"/asset-erp/v1/accounts/{account_no}/balance"


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


@pytest.fixture
async def market_token(client, db, dataset) -> str:
    """A real-environment key with the market scope only, and no account at all."""
    return await issue_token(client, db, env="real", scopes=["market"])
