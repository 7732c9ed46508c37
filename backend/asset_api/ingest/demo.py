"""The deterministic demo dataset: `asset-api data demo` and the first `make run`.

Prices are the same in both environments (a broker's mock market follows the real one);
accounts, their numbers and their trades differ. Everything comes from seeded generators
that use only `random.random()` and IEEE arithmetic (no log/exp), so the same seed gives the
same rows on every machine. Holdings and cash are not drawn at random: they are what the
generated transactions add up to, so the balance agrees with the history.
"""

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time
from functools import lru_cache

import asyncpg

from asset_api.domain import ENVIRONMENTS
from asset_api.ingest.dataset import (
    Dataset,
    PriceRow,
    TransactionRow,
    common_stock_isin,
    write_dataset,
)
from asset_api.ingest.demo_catalog import (
    ACCOUNTS,
    COMMISSION_PER_100K,
    DIVIDEND_TAX_PERCENT,
    INSTRUMENTS,
    SELL_TAX_BP,
    DemoAccount,
    DemoInstrument,
    round_to_tick,
    trading_days,
)

PRICE_SEED = "asset-api demo prices v1"
# The market's average daily move per year, in basis points: roughly KOSPI's path (a fall in
# 2022, a recovery in 2023, a dip in 2024, a strong 2025), so the demo charts look familiar.
MARKET_TREND_BP = {2022: -12, 2023: 7, 2024: -4, 2025: 26}
MAX_DAILY_MOVE = 0.29  # the exchange's ±30 % limit, with a margin for tick rounding
MIN_BUY_CASH = 300_000  # below this the demo investor stops buying
SALARY_DAY = 25  # monthly deposits land on the first trading day from this day of the month
DIVIDEND_DAY = 20  # dividends are paid on the first trading day from this day of the month
YEARLY_FEE = 3_300  # an information-service fee charged each January (VAT included)


async def load_demo(conn: asyncpg.Connection, env: str | None = None) -> dict[str, int]:
    """Load (or reload, replacing it) the demo dataset of `env`, or of both when None.

    Idempotent, and all-or-nothing: both environments are written in one transaction.
    Returns {"accounts", "instruments", "transactions", "prices"} summed over the environments.
    """
    envs = ENVIRONMENTS if env is None else (env,)
    totals = {"accounts": 0, "instruments": 0, "transactions": 0, "prices": 0}
    async with conn.transaction():
        for one_env in envs:
            counts = await write_dataset(conn, env=one_env, dataset=demo_dataset(one_env))
            for name in totals:
                totals[name] += counts[name]
    return totals


def demo_dataset(env: str) -> Dataset:
    prices = demo_prices()
    closes = _price_table(prices)
    dataset = Dataset(
        accounts=[
            (a.number[env], a.name, a.broker, "KRW", a.opened_on, a.status) for a in ACCOUNTS
        ],
        instruments=[
            (i.code, common_stock_isin(i.code), i.name, i.market, i.sector, i.listed_shares, "KRW")
            for i in INSTRUMENTS
        ],
        holdings=[],
        daily_prices=list(prices),
    )
    for account in ACCOUNTS:
        ledger = _AccountLedger(account, env, closes)
        ledger.run()
        dataset.transactions.extend(ledger.transactions)
        dataset.holdings.extend(ledger.holdings())
        dataset.cash_balances.append((account.number[env], ledger.cash))
    return dataset


# --- prices ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def demo_prices() -> tuple[PriceRow, ...]:
    """Daily OHLCV of every demo instrument on every trading day, one shared market factor."""
    rng = random.Random(PRICE_SEED)
    days = trading_days()
    noise = [_unit_noise(rng) for _ in days]
    # Centred, so that the market follows MARKET_TREND_BP rather than the luck of the seed.
    mean = sum(noise) / len(noise)
    market = [(MARKET_TREND_BP[day.year], n - mean) for day, n in zip(days, noise, strict=True)]
    rows: list[PriceRow] = []
    for instrument in INSTRUMENTS:
        rows.extend(_instrument_prices(instrument, days, market, rng))
    return tuple(rows)


def _instrument_prices(
    instrument: DemoInstrument,
    days: list[date],
    market: list[tuple[int, float]],
    rng: random.Random,
) -> Iterator[PriceRow]:
    volatility = instrument.daily_volatility_bp / 10_000
    drift_bp = rng.random() * 6 - 3  # the instrument's own trend: -3 to +3 basis points a day
    close = instrument.start_price
    for day, (trend_bp, market_noise) in zip(days, market, strict=True):
        move = (trend_bp + drift_bp) / 10_000
        move += volatility * (0.5 * market_noise + 0.7 * _unit_noise(rng))
        move = max(-MAX_DAILY_MOVE, min(MAX_DAILY_MOVE, move))
        previous = close
        open_ = round_to_tick(previous * (1 + 0.3 * volatility * _unit_noise(rng)))
        close = round_to_tick(previous * (1 + move))
        # Intraday range: beyond the open and close by a fraction of the day's volatility.
        reach_up = 0.4 * volatility * abs(_unit_noise(rng))
        reach_down = 0.4 * volatility * abs(_unit_noise(rng))
        high = max(open_, close, round_to_tick(max(open_, close) * (1 + reach_up)))
        low = min(open_, close, round_to_tick(min(open_, close) * (1 - reach_down)))
        volume = int(instrument.base_volume * (0.6 + 0.8 * rng.random()) * (1 + 8 * abs(move)))
        typical = (high + low + 2 * close) // 4
        yield (instrument.code, day, open_, high, low, close, volume, volume * typical)


def _unit_noise(rng: random.Random) -> float:
    """Roughly normal, mean 0 and variance 1 (a sum of uniforms), from rng.random() alone."""
    return (rng.random() + rng.random() + rng.random() + rng.random() - 2.0) * 1.7320508075688772


def _price_table(prices: tuple[PriceRow, ...]) -> dict[date, dict[str, PriceRow]]:
    table: dict[date, dict[str, PriceRow]] = {}
    for row in prices:
        table.setdefault(row[1], {})[row[0]] = row
    return table


# --- one account's history ------------------------------------------------------------------


@dataclass
class _Position:
    quantity: int = 0
    cost: int = 0  # purchase amount of the shares still held (moving average, fees excluded)


@dataclass
class _AccountLedger:
    """Plays one demo investor through the trading days, recording each cash movement."""

    account: DemoAccount
    env: str
    prices: dict[date, dict[str, PriceRow]]
    cash: int = 0
    positions: dict[str, _Position] = field(default_factory=dict)
    transactions: list[TransactionRow] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.number = self.account.number[self.env]
        self.rng = random.Random(f"asset-api demo {self.env} {self.number}")
        self.dividend_codes = {i.code: i for i in INSTRUMENTS if i.dividend_per_share}

    def run(self) -> None:
        days = sorted(self.prices)
        previous: date | None = None
        for day in days:
            if previous is None:
                self._deposit(day, time(8, 30), self.account.initial_deposit)
            else:
                self._calendar_events(previous, day)
            self._trade(day)
            if self.rng.random() < 1 / 250:
                self._withdraw(day)
            previous = day

    def holdings(self) -> list[tuple[str, str, int, int]]:
        return [
            (self.number, code, p.quantity, p.cost) for code, p in sorted(self.positions.items())
        ]

    def _calendar_events(self, previous: date, day: date) -> None:
        if _crossed(previous, day, DIVIDEND_DAY):
            self._pay_dividends(day)
        if day.year != previous.year:
            self._record(day, time(8, 0), "fee", None, 0, 0, 0, YEARLY_FEE, 0)
        if _crossed(previous, day, SALARY_DAY):
            minute = int(self.rng.random() * 50)
            self._deposit(day, time(8, minute), self.account.monthly_deposit)

    def _deposit(self, day: date, at: time, amount: int) -> None:
        self._record(day, at, "deposit", None, 0, 0, amount, 0, 0)

    def _withdraw(self, day: date) -> None:
        amount = int(self.cash * (0.1 + 0.1 * self.rng.random())) // 10_000 * 10_000
        if amount > 0:
            self._record(day, time(16, 10), "withdrawal", None, 0, 0, amount, 0, 0)

    def _pay_dividends(self, day: date) -> None:
        for code, position in sorted(self.positions.items()):
            instrument = self.dividend_codes.get(code)
            if instrument is None or day.month not in instrument.dividend_months:
                continue
            amount = position.quantity * instrument.dividend_per_share
            income_tax = amount * DIVIDEND_TAX_PERCENT // 100 // 10 * 10
            tax = income_tax + income_tax // 10 // 10 * 10
            self._record(
                day,
                time(7, 30),
                "dividend",
                code,
                position.quantity,
                instrument.dividend_per_share,
                amount,
                0,
                tax,
            )

    def _trade(self, day: date) -> None:
        chance = self.account.trades_per_week / 5
        count = 0
        while count < 3 and self.rng.random() < chance:
            count += 1
        seconds = sorted(int(self.rng.random() * 22_800) for _ in range(count))  # 09:00-15:20
        for offset in seconds:
            at = time(9 + offset // 3600, offset // 60 % 60, offset % 60)
            if self.positions and self.rng.random() < 0.4:
                self._sell(day, at)
            else:
                self._buy(day, at)

    def _buy(self, day: date, at: time) -> None:
        if self.cash < MIN_BUY_CASH:
            return
        code = self.account.universe[int(self.rng.random() * len(self.account.universe))]
        price = self._fill_price(day, code)
        quantity = int(self.cash * (0.05 + 0.2 * self.rng.random())) // price
        amount = quantity * price
        fee = _commission(amount)
        if quantity == 0 or amount + fee > self.cash:
            return
        position = self.positions.setdefault(code, _Position())
        position.quantity += quantity
        position.cost += amount
        self._record(day, at, "buy", code, quantity, price, amount, fee, 0)

    def _sell(self, day: date, at: time) -> None:
        codes = sorted(self.positions)
        code = codes[int(self.rng.random() * len(codes))]
        position = self.positions[code]
        if self.rng.random() < 0.3:
            quantity = position.quantity
        else:
            quantity = 1 + int(self.rng.random() * position.quantity)
        price = self._fill_price(day, code)
        amount = quantity * price
        tax = amount * SELL_TAX_BP[day.year] // 10_000
        position.cost -= position.cost * quantity // position.quantity
        position.quantity -= quantity
        if position.quantity == 0:
            del self.positions[code]
        self._record(day, at, "sell", code, quantity, price, amount, _commission(amount), tax)

    def _fill_price(self, day: date, code: str) -> int:
        _, _, _, high, low, *_ = self.prices[day][code]
        return min(high, max(low, round_to_tick(low + (high - low) * self.rng.random())))

    def _record(self, day, at, kind, code, quantity, price, amount, fee, tax) -> None:
        if kind in ("buy", "withdrawal", "fee"):
            self.cash -= amount + fee + tax
        else:
            self.cash += amount - fee - tax
        self.transactions.append(
            (self.number, day, at, kind, code, quantity, price, amount, fee, tax)
        )


def _crossed(previous: date, day: date, day_of_month: int) -> bool:
    """True on the first trading day on or after `day_of_month` of a month."""
    if (previous.year, previous.month) != (day.year, day.month):
        return day.day >= day_of_month or previous.day < day_of_month
    return previous.day < day_of_month <= day.day


def _commission(amount: int) -> int:
    """The brokerage commission, cut to 10 won as brokers do."""
    return amount * COMMISSION_PER_100K // 100_000 // 10 * 10
