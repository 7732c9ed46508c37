"""The account reports computed again, independently, from the rows the transactions endpoint
sends: what realized-pnl and daily-valuations must show, by CONTRACT.md's rules, in plain
Python integers and Decimal. Nothing here calls the code under test or reads its tables.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from tests.data.expected import percent

CASH_IN = ("sell", "deposit", "dividend")


def day(text: str) -> date:
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))


def row_id(transaction: dict) -> int:
    """The id within the transaction number TX + YYYYMMDD + id (the last tie-breaker)."""
    return int(transaction["transaction_id"][10:])


def in_order(transactions: list[dict]) -> list[dict]:
    """Oldest first, in the order of the moving average: (trade_date, trade_time, id)."""
    return sorted(transactions, key=lambda t: (t["trade_date"], t["trade_time"], row_id(t)))


def settlement(t: dict) -> int:
    if t["kind"] in CASH_IN:
        return t["amount"] - t["fee"] - t["tax"]
    return -(t["amount"] + t["fee"] + t["tax"])


@dataclass
class Position:
    quantity: int = 0
    cost: int = 0  # moving average, fees excluded


@dataclass
class Book:
    """An account played forward transaction by transaction."""

    positions: dict[str, Position] = field(default_factory=lambda: defaultdict(Position))
    cash: int = 0
    uncovered_sells: int = 0

    def apply(self, t: dict) -> dict | None:
        """Apply one transaction; for a sell, its realized-pnl row."""
        self.cash += settlement(t)
        if t["kind"] == "buy":
            position = self.positions[t["code"]]
            position.quantity += t["quantity"]
            position.cost += t["amount"]
        elif t["kind"] == "sell":
            return self._sell(t)
        return None

    def _sell(self, t: dict) -> dict:
        position = self.positions[t["code"]]
        held, cost, sold = position.quantity, position.cost, t["quantity"]
        average = cost // held if held > 0 else 0
        if sold >= held:  # the whole position; beyond it, shares the history never bought
            purchase_cost = cost
            self.uncovered_sells += sold > held
            position.quantity, position.cost = 0, 0
        else:
            purchase_cost = cost * sold // held
            position.quantity, position.cost = held - sold, cost - purchase_cost
        pnl = t["amount"] - purchase_cost - t["fee"] - t["tax"]
        return {
            "transaction_id": t["transaction_id"],
            "trade_date": t["trade_date"],
            "trade_time": t["trade_time"],
            "code": t["code"],
            "name": t["name"],
            "quantity": sold,
            "sell_price": t["price"],
            "sell_amount": t["amount"],
            "avg_purchase_price": average,
            "purchase_cost": purchase_cost,
            "fee": t["fee"],
            "tax": t["tax"],
            "realized_pnl": pnl,
            "realized_pnl_rate": percent(pnl, purchase_cost),
        }


def sells(transactions: list[dict], start: str, end: str, code: str | None = None) -> list[dict]:
    """The realized-pnl rows of the period (dates YYYYMMDD), newest first."""
    book, rows = Book(), []
    for t in in_order(transactions):
        sell = book.apply(t)
        if sell and start <= t["trade_date"] <= end and code in (None, t["code"]):
            rows.append(sell)
    return rows[::-1]


def summary(
    transactions: list[dict], start: str, end: str, code: str | None, history_complete: bool
) -> dict:
    """The realized-pnl summary of the period."""
    rows = sells(transactions, start, end, code)
    in_period = [t for t in transactions if start <= t["trade_date"] <= end]

    def total(kind: str, field_name: str = "amount", of_code: bool = False) -> int:
        return sum(
            t[field_name]
            for t in in_period
            if t["kind"] == kind and (not of_code or code in (None, t["code"]))
        )

    return {
        "total_sell_amount": sum(r["sell_amount"] for r in rows),
        "total_purchase_cost": sum(r["purchase_cost"] for r in rows),
        "total_fee": sum(r["fee"] for r in rows),
        "total_tax": sum(r["tax"] for r in rows),
        "total_realized_pnl": sum(r["realized_pnl"] for r in rows),
        "deposits": total("deposit"),
        "withdrawals": total("withdrawal"),
        "dividends": total("dividend", of_code=True),
        "history_complete": history_complete,
    }


def final_book(transactions: list[dict]) -> Book:
    book = Book()
    for t in in_order(transactions):
        book.apply(t)
    return book


def valuations(
    transactions: list[dict], closes: dict[tuple[str, date], int], trading_days: set[date]
) -> list[dict]:
    """Every daily-valuations row from the first transaction's day on, newest first.

    `closes`: (code, day) → close, the environment's daily prices; `trading_days`: the days
    with any of them. A transaction on another day counts on the next trading day.
    """
    ordered = in_order(transactions)
    if not ordered:
        return []
    first = day(ordered[0]["trade_date"])
    closes_by_day: dict[date, dict[str, int]] = defaultdict(dict)
    for (code, when), close in closes.items():
        closes_by_day[when][code] = close
    book, latest_close = Book(), {}
    position, previous_total, rows = 0, 0, []
    for when in sorted(trading_days):
        latest_close.update(closes_by_day.get(when, {}))
        inflow = 0
        while position < len(ordered) and day(ordered[position]["trade_date"]) <= when:
            t = ordered[position]
            book.apply(t)
            inflow += {"deposit": t["amount"], "withdrawal": -t["amount"]}.get(t["kind"], 0)
            position += 1
        if when < first:
            continue
        held = [(c, p) for c, p in book.positions.items() if p.quantity > 0]
        purchase = sum(p.cost for _, p in held)
        evaluation = sum(p.quantity * latest_close.get(c, p.cost // p.quantity) for c, p in held)
        total = book.cash + evaluation
        pnl = total - previous_total - inflow
        rows.append(
            {
                "date": when.strftime("%Y%m%d"),
                "cash": book.cash,
                "purchase_amount": purchase,
                "evaluation_amount": evaluation,
                "total_assets": total,
                "net_inflow": inflow,
                "daily_pnl": pnl,
                "daily_return_rate": percent(pnl, previous_total + inflow),
            }
        )
        previous_total = total
    return rows[::-1]


def valuation_summary(all_rows: list[dict], start: str, end: str, history_complete: bool) -> dict:
    """The daily-valuations summary of the period, from every row (newest first)."""
    shown = [r for r in all_rows if start <= r["date"] <= end]
    return {
        "total_net_inflow": sum(r["net_inflow"] for r in shown),
        "total_pnl": sum(r["daily_pnl"] for r in shown),
        "history_complete": history_complete,
    }
