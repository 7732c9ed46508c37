"""What the account-report tests share: a hand-made history with the edge cases of the
moving average and of valuation, and reading every page of a list through the API."""

from datetime import date

from asset_api.ingest.dataset import Dataset
from tests.data.conftest import bearer, cash, ohlcv, trade

EDGE_ACCOUNT = "2000000001"
PREFIX = "/asset-erp/v1/accounts"
ALL_TIME = {"start_date": "20000101", "end_date": "20991231"}

INSTRUMENTS = [
    ("005930", "KR7005930003", "삼성전자", "KOSPI", "전기·전자", 5_969_782_550, "KRW"),
    ("000660", "KR7000660001", "SK하이닉스", "KOSPI", "전기·전자", 728_002_365, "KRW"),
    ("035720", "KR7035720002", "카카오", "KOSPI", "서비스업", 445_686_012, "KRW"),
    ("247540", "KR7247540008", "에코프로비엠", "KOSDAQ", "전기·전자", 97_801_344, "KRW"),
]


def closes_of(rows: list[tuple]) -> dict[tuple[str, date], int]:
    """(code, day) → close, from daily price tuples."""
    return {(row[0], row[1]): row[5] for row in rows}


def edge_prices() -> list[tuple]:
    days = ["20260302", "20260303", "20260304", "20260305", "20260306", "20260309"]
    samsung = [70_000, 71_000, 69_500, 72_000, 73_000, 74_000]
    hynix = {"20260302": 129_000, "20260303": 131_000, "20260305": 128_500,  # none on 0304
             "20260306": 130_500, "20260309": 132_000}  # fmt: skip
    ecopro = {"20260302": 148_000, "20260309": 151_000}  # closes only on two days
    rows = [ohlcv("005930", d, c, c, c, c, 1_000, c * 1_000) for d, c in zip(days, samsung)]
    rows += [ohlcv("000660", d, c, c, c, c, 1_000, c * 1_000) for d, c in hynix.items()]
    rows += [ohlcv("247540", d, c, c, c, c, 1_000, c * 1_000) for d, c in ecopro.items()]
    return rows  # 035720 never has a close


def edge_transactions(account: str = EDGE_ACCOUNT) -> list[tuple]:
    a = account
    return [
        cash(a, "20260227", "150000", "deposit", 10_000_000),  # before the first trading day
        # several buys at different prices, then a partial sell whose cost is cut to the won
        trade(a, "20260302", "091000", "buy", "005930", 10, 70_000, fee=100),
        trade(a, "20260302", "100000", "buy", "005930", 7, 70_310, fee=70),
        trade(a, "20260303", "093000", "buy", "005930", 3, 71_100, fee=30),
        trade(a, "20260303", "110000", "sell", "005930", 3, 71_500, fee=30, tax=430),
        trade(a, "20260303", "130000", "buy", "000660", 5, 130_000, fee=90),
        # a dividend and an account fee on the same day, then a sell of the whole position
        trade(a, "20260304", "073000", "dividend", "005930", 17, 361, tax=940),
        cash(a, "20260304", "080000", "fee", 0, fee=3_300),
        trade(a, "20260304", "090500", "buy", "035720", 3, 50_000, fee=20),
        trade(a, "20260304", "140000", "sell", "005930", 17, 69_800, fee=170, tax=2_370),
        # a new buy after the position was sold out; two fills at the same second
        trade(a, "20260305", "090000", "buy", "005930", 2, 72_100, fee=20),
        trade(a, "20260305", "090000", "buy", "005930", 1, 72_000, fee=10),
        trade(a, "20260306", "100000", "buy", "247540", 2, 150_000, fee=40),
        cash(a, "20260307", "120000", "deposit", 500_000),  # a Saturday: counts on Monday
        trade(a, "20260309", "100000", "sell", "000660", 2, 131_000, fee=20, tax=390),
        cash(a, "20260309", "150000", "withdrawal", 1_000_000),
    ]


# What the history above leaves, worked out by hand (replay.py must agree):
# 005930: 10×70,000 + 7×70,310 + 3×71,100 = 1,405,470 for 20; selling 3 removes
# floor(1,405,470 × 3 / 20) = 210,820 (avg 70,273); the 17 left cost 1,194,650 and are all sold;
# then 2×72,100 + 1×72,000 = 216,200 for 3.
# 000660: 650,000 for 5; selling 2 removes 260,000. 035720: 150,000 for 3; 247540: 300,000 for 2.
EDGE_HOLDINGS = [
    (EDGE_ACCOUNT, "005930", 3, 216_200),
    (EDGE_ACCOUNT, "000660", 3, 390_000),
    (EDGE_ACCOUNT, "035720", 3, 150_000),
    (EDGE_ACCOUNT, "247540", 2, 300_000),
]


def edge_cash(transactions: list[tuple]) -> int:
    total = 0
    for *_, kind, _, _, _, amount, fee, tax in transactions:
        inflow = kind in ("sell", "deposit", "dividend")
        total += amount - fee - tax if inflow else -(amount + fee + tax)
    return total


def edge_dataset() -> Dataset:
    transactions = edge_transactions()
    return Dataset(
        accounts=[(EDGE_ACCOUNT, "엣지케이스", "키움증권", "KRW", date(2026, 1, 5), "active")],
        instruments=INSTRUMENTS,
        holdings=EDGE_HOLDINGS,
        cash_balances=[(EDGE_ACCOUNT, edge_cash(transactions))],
        transactions=transactions,
        daily_prices=edge_prices(),
    )


async def all_pages(client, token: str, url: str, params: dict) -> list[dict]:
    """Every page's body, following cont-yn / next-key (bounded)."""
    headers, bodies = bearer(token), []
    while True:
        res = await client.get(url, params=params, headers=headers)
        assert res.status_code == 200, res.text
        bodies.append(res.json())
        if res.headers["cont-yn"] == "N":
            assert "next-key" not in res.headers
            return bodies
        assert len(bodies) < 2_000, "pagination does not end"
        headers = bearer(token) | {"cont-yn": "Y", "next-key": res.headers["next-key"]}


async def all_rows(client, token: str, url: str, params: dict, item_key: str) -> list[dict]:
    bodies = await all_pages(client, token, url, params)
    return [row for body in bodies for row in body[item_key]]


async def history(client, token: str, account_no: str) -> list[dict]:
    """The account's whole history, as the transactions endpoint sends it."""
    url = f"{PREFIX}/{account_no}/transactions"
    return await all_rows(client, token, url, ALL_TIME | {"limit": "500"}, "transactions")
