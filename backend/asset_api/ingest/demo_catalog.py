"""The fixed inputs of the demo dataset: instruments, trading calendar, accounts.

Codes, names, markets and sectors are those of real KOSPI/KOSDAQ listings. Listed shares,
starting prices and dividends are rounded approximations of early 2022: realistic enough for
a demo, not market data.
"""

from dataclasses import dataclass
from datetime import date, timedelta

FIRST_DAY = date(2022, 1, 3)
LAST_DAY = date(2025, 10, 31)


@dataclass(frozen=True)
class DemoInstrument:
    code: str
    name: str
    market: str
    sector: str
    listed_shares: int
    start_price: int  # KRW, around the first trading day of 2022
    daily_volatility_bp: int  # typical daily move, basis points
    base_volume: int  # shares on an ordinary day
    dividend_per_share: int  # KRW per payment; 0: none
    dividend_months: tuple[int, ...] = ()  # months in which the dividend is paid


# code | name | market | sector | listed shares | start price | daily volatility (basis points) |
# base volume | dividend per share | dividend months
INSTRUMENT_TABLE = """
005930 | 삼성전자 | KOSPI | 전기·전자 | 5,969,782,550 | 78,600 | 150 | 14,000,000 | 361 | 4 5 8 11
000660 | SK하이닉스 | KOSPI | 전기·전자 | 728,002,365 | 128,500 | 230 | 3,500,000 | 300 | 4 5 8 11
005380 | 현대차 | KOSPI | 운수장비 | 211,531,506 | 208,000 | 180 | 800,000 | 4,000 | 4
000270 | 기아 | KOSPI | 운수장비 | 402,044,203 | 82,600 | 200 | 1,500,000 | 3,500 | 4
035420 | NAVER | KOSPI | 서비스업 | 164,049,085 | 376,000 | 220 | 700,000 | 500 | 4
035720 | 카카오 | KOSPI | 서비스업 | 445,686,012 | 112,500 | 260 | 2,500,000 | 60 | 4
051910 | LG화학 | KOSPI | 화학 | 70,592,343 | 622,000 | 240 | 250,000 | 10,000 | 4
006400 | 삼성SDI | KOSPI | 전기·전자 | 68,764,530 | 656,000 | 240 | 300,000 | 1,000 | 4
207940 | 삼성바이오로직스 | KOSPI | 의약품 | 71,174,000 | 898,000 | 180 | 80,000 | 0
068270 | 셀트리온 | KOSPI | 의약품 | 216,980,000 | 196,500 | 220 | 900,000 | 375 | 4
005490 | POSCO홀딩스 | KOSPI | 철강금속 | 84,571,230 | 277,000 | 230 | 400,000 | 2,500 | 5 8 11
105560 | KB금융 | KOSPI | 금융업 | 415,807,920 | 54,500 | 170 | 1,600,000 | 2,940 | 4
055550 | 신한지주 | KOSPI | 금융업 | 516,599,554 | 37,000 | 160 | 1,400,000 | 525 | 2 5 8 11
012330 | 현대모비스 | KOSPI | 운수장비 | 94,793,094 | 256,000 | 170 | 250,000 | 4,000 | 4
066570 | LG전자 | KOSPI | 전기·전자 | 163,647,814 | 137,000 | 200 | 700,000 | 850 | 4
017670 | SK텔레콤 | KOSPI | 통신업 | 218,833,144 | 58,000 | 100 | 500,000 | 830 | 5 8 11
030200 | KT | KOSPI | 통신업 | 261,111,808 | 31,500 | 110 | 1,000,000 | 1,910 | 4
033780 | KT&G | KOSPI | 음식료품 | 137,292,497 | 79,000 | 100 | 300,000 | 4,800 | 4
015760 | 한국전력 | KOSPI | 전기가스업 | 641,964,077 | 22,000 | 200 | 2,000,000 | 0
096770 | SK이노베이션 | KOSPI | 화학 | 92,465,564 | 240,000 | 250 | 600,000 | 0
003550 | LG | KOSPI | 서비스업 | 157,319,015 | 81,000 | 150 | 300,000 | 2,800 | 4
028260 | 삼성물산 | KOSPI | 유통업 | 186,887,081 | 112,000 | 160 | 400,000 | 2,300 | 4
247540 | 에코프로비엠 | KOSDAQ | 전기·전자 | 97,801,344 | 120,000 | 350 | 900,000 | 0
086520 | 에코프로 | KOSDAQ | 전기·전자 | 133,138,340 | 90,000 | 380 | 1,200,000 | 0
196170 | 알테오젠 | KOSDAQ | 제약 | 53,180,000 | 70,000 | 350 | 500,000 | 0
028300 | HLB | KOSDAQ | 제약 | 130,840,000 | 35,000 | 380 | 1,500,000 | 0
293490 | 카카오게임즈 | KOSDAQ | 디지털컨텐츠 | 82,580,000 | 90,000 | 300 | 600,000 | 0
263750 | 펄어비스 | KOSDAQ | 디지털컨텐츠 | 64,010,000 | 130,000 | 300 | 400,000 | 0
035900 | JYP Ent. | KOSDAQ | 오락·문화 | 35,500,000 | 43,000 | 260 | 500,000 | 500 | 4
041510 | 에스엠 | KOSDAQ | 오락·문화 | 23,870,000 | 75,000 | 280 | 300,000 | 200 | 4
058470 | 리노공업 | KOSDAQ | 반도체 | 15,242,370 | 200,000 | 220 | 50,000 | 3,000 | 4
039030 | 이오테크닉스 | KOSDAQ | 반도체 | 12,320,000 | 100,000 | 260 | 80,000 | 300 | 4
"""


def _parse_instruments(table: str) -> tuple[DemoInstrument, ...]:
    instruments = []
    for line in table.strip().splitlines():
        code, name, market, sector, shares, price, volatility, volume, dividend, *months = [
            cell.strip() for cell in line.split("|")
        ]
        instruments.append(
            DemoInstrument(
                code,
                name,
                market,
                sector,
                _number(shares),
                _number(price),
                _number(volatility),
                _number(volume),
                _number(dividend),
                tuple(int(month) for month in " ".join(months).split()),
            )
        )
    return tuple(instruments)


def _number(text: str) -> int:
    return int(text.replace(",", ""))


INSTRUMENTS = _parse_instruments(INSTRUMENT_TABLE)


@dataclass(frozen=True)
class DemoAccount:
    number: dict[str, str]  # per environment: a broker's mock accounts differ from real ones
    name: str
    broker: str
    opened_on: date
    status: str
    initial_deposit: int
    monthly_deposit: int
    trades_per_week: float
    universe: tuple[str, ...]  # instrument codes this account trades


ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(
        number={"real": "5012345601", "mock": "8112345601"},
        name="위탁종합",
        broker="키움증권",
        opened_on=date(2021, 11, 8),
        status="active",
        initial_deposit=30_000_000,
        monthly_deposit=1_000_000,
        trades_per_week=3.0,
        universe=("005930", "000660", "035420", "035720", "006400", "051910", "247540",
                  "086520", "196170", "028300", "293490", "263750", "039030", "058470",
                  "066570", "068270", "207940", "096770", "005380", "000270"),
    ),
    DemoAccount(
        number={"real": "6034872110", "mock": "8134872110"},
        name="배당 장기투자",
        broker="한국투자증권",
        opened_on=date(2019, 3, 4),
        status="active",
        initial_deposit=50_000_000,
        monthly_deposit=2_000_000,
        trades_per_week=0.5,
        universe=("005930", "105560", "055550", "017670", "030200", "033780", "005490",
                  "012330", "003550", "028260"),
    ),
    DemoAccount(
        number={"real": "7150093327", "mock": "8150093327"},
        name="ISA 중개형",
        broker="미래에셋증권",
        opened_on=date(2021, 12, 20),
        status="active",
        initial_deposit=20_000_000,
        monthly_deposit=500_000,
        trades_per_week=1.2,
        universe=("005930", "000660", "005380", "000270", "035900", "041510", "015760",
                  "105560", "068270"),
    ),
)  # fmt: skip


# Days the Korea Exchange was closed on a weekday, 2022-2025 (public holidays, substitute
# holidays, election days, Labour Day and the year-end closing day).
KRX_HOLIDAYS = frozenset(
    date.fromisoformat(day)
    for day in (
        "2022-01-31", "2022-02-01", "2022-02-02", "2022-03-01", "2022-03-09", "2022-05-05",
        "2022-06-01", "2022-06-06", "2022-08-15", "2022-09-09", "2022-09-12", "2022-10-03",
        "2022-10-10", "2022-12-30",
        "2023-01-23", "2023-01-24", "2023-03-01", "2023-05-01", "2023-05-05", "2023-05-29",
        "2023-06-06", "2023-08-15", "2023-09-28", "2023-09-29", "2023-10-02", "2023-10-03",
        "2023-10-09", "2023-12-25", "2023-12-29",
        "2024-01-01", "2024-02-09", "2024-02-12", "2024-03-01", "2024-04-10", "2024-05-01",
        "2024-05-06", "2024-05-15", "2024-06-06", "2024-08-15", "2024-09-16", "2024-09-17",
        "2024-09-18", "2024-10-01", "2024-10-03", "2024-10-09", "2024-12-25", "2024-12-31",
        "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-03-03",
        "2025-05-01", "2025-05-05", "2025-05-06", "2025-06-03", "2025-06-06", "2025-08-15",
        "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08", "2025-10-09",
    )
)  # fmt: skip


def trading_days(first: date = FIRST_DAY, last: date = LAST_DAY) -> list[date]:
    """Weekdays on which the exchange was open, in order."""
    days, day = [], first
    while day <= last:
        if day.weekday() < 5 and day not in KRX_HOLIDAYS:
            days.append(day)
        day += timedelta(days=1)
    return days


# Securities transaction tax on sales (incl. the special tax for rural development), in basis
# points of the sale amount, by year.
SELL_TAX_BP = {2022: 23, 2023: 20, 2024: 18, 2025: 15}
COMMISSION_PER_100K = 15  # 0.015 %: an online brokerage commission
DIVIDEND_TAX_PERCENT = 14  # income tax; local income tax adds 10 % of it (15.4 % in all)


# The KRX price unit (호가가격단위) since 2023, for KOSPI and KOSDAQ alike: (below, tick).
TICK_SIZES = ((2_000, 1), (5_000, 5), (20_000, 10), (50_000, 50), (200_000, 100), (500_000, 500))


def tick_size(price: int) -> int:
    for bound, tick in TICK_SIZES:
        if price < bound:
            return tick
    return 1_000


def round_to_tick(price: float) -> int:
    tick = tick_size(int(price))
    return max(tick, int(price / tick + 0.5) * tick)
