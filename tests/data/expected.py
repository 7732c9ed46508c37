"""Expected API figures, computed in plain Python from a test dataset's tuples.

Deliberately independent of the SQL under test: Decimal arithmetic, explicit rounding.
"""

from decimal import ROUND_HALF_UP, Decimal
from typing import get_args, get_origin

from pydantic import BaseModel

from asset_api.ingest.dataset import Dataset

OUTFLOWS = ("buy", "withdrawal", "fee")


def percent(part: int, whole: int) -> str:
    """part / whole × 100 with two decimals, half away from zero; "0.00" when whole is 0."""
    if whole == 0:
        return "0.00"
    value = Decimal(part) * 100 / Decimal(whole)
    rounded = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return "0.00" if rounded == 0 else str(rounded)  # a loss under 0.005 % is "0.00", not "-0.00"


def latest_prices(data: Dataset) -> dict[str, tuple]:
    """code → its latest daily price row."""
    latest: dict[str, tuple] = {}
    for row in data.daily_prices:
        if row[0] not in latest or row[1] > latest[row[0]][1]:
            latest[row[0]] = row
    return latest


def balance(data: Dataset, account_no: str) -> dict:
    names = {row[0]: row[2] for row in data.instruments}
    latest = latest_prices(data)
    holdings = []
    for owner, code, quantity, purchase in data.holdings or []:
        if owner != account_no:
            continue
        average = purchase // quantity  # 원 미만 버림
        price = latest[code][5] if code in latest else average
        evaluation = quantity * price
        holdings.append(
            {
                "code": code,
                "name": names[code],
                "quantity": quantity,
                "avg_purchase_price": average,
                "purchase_amount": purchase,
                "current_price": price,
                "evaluation_amount": evaluation,
                "profit_loss": evaluation - purchase,
                "profit_loss_rate": percent(evaluation - purchase, purchase),
            }
        )
    total_purchase = sum(h["purchase_amount"] for h in holdings)
    total_evaluation = sum(h["evaluation_amount"] for h in holdings)
    for holding in holdings:
        holding["weight"] = percent(holding["evaluation_amount"], total_evaluation)
    holdings.sort(key=lambda h: (-h["evaluation_amount"], h["code"]))
    deposit = dict(data.cash_balances).get(account_no, 0)
    held = {h["code"] for h in holdings}
    price_dates = [latest[code][1] for code in held if code in latest]
    return {
        "return_code": 0,
        "return_msg": "정상적으로 처리되었습니다",
        "price_date": max(price_dates).strftime("%Y%m%d") if price_dates else None,
        "deposit": deposit,
        "total_purchase_amount": total_purchase,
        "total_evaluation_amount": total_evaluation,
        "total_profit_loss": total_evaluation - total_purchase,
        "total_profit_loss_rate": percent(total_evaluation - total_purchase, total_purchase),
        "estimated_assets": deposit + total_evaluation,
        "holdings": holdings,
    }


def settlement(kind: str, amount: int, fee: int, tax: int) -> int:
    if kind in OUTFLOWS:
        return -(amount + fee + tax)
    return amount - fee - tax


def transactions(data: Dataset, account_no: str, start=None, end=None, kind=None) -> list[dict]:
    """The account's transactions in the API's order (newest first), without transaction_id.

    Rows are numbered in load order, which is the order of their ids, the last tie-breaker.
    """
    names = {row[0]: row[2] for row in data.instruments}
    chosen = []
    for number, row in enumerate(data.transactions):
        owner, day, at, row_kind, code, quantity, price, amount, fee, tax = row
        if owner != account_no or (kind and row_kind != kind):
            continue
        if (start and day < start) or (end and day > end):
            continue
        item = {
            "trade_date": day.strftime("%Y%m%d"),
            "trade_time": at.strftime("%H%M%S"),
            "kind": row_kind,
            "code": code,
            "name": names.get(code) if code else None,
            "quantity": quantity,
            "price": price,
            "amount": amount,
            "fee": fee,
            "tax": tax,
            "settlement_amount": settlement(row_kind, amount, fee, tax),
        }
        chosen.append(((day, at, number), item))
    chosen.sort(key=lambda pair: pair[0], reverse=True)
    return [item for _, item in chosen]


def daily_prices(data: Dataset, code: str, start, end) -> list[dict]:
    """The instrument's prices in [start, end], newest first, with the change to the day before."""
    rows = sorted((row for row in data.daily_prices if row[0] == code), key=lambda r: r[1])
    result = []
    for index, (_, day, open_, high, low, close, volume, value) in enumerate(rows):
        if not start <= day <= end:
            continue
        previous = rows[index - 1][5] if index > 0 else None
        change = close - previous if previous is not None else 0
        result.append(
            {
                "date": day.strftime("%Y%m%d"),
                "open": open_,
                "high": high,
                "low": low,
                "close": close,
                "volume": volume,
                "trading_value": value,
                "change": change,
                "change_rate": percent(change, previous) if previous else "0.00",
            }
        )
    return result[::-1]


def assert_conforms(body: dict, model: type[BaseModel]) -> None:
    """`body` is valid for the generated `model`, with exactly its fields, in the spec's order.

    The data endpoints send JSON that PostgreSQL rendered, not a serialized model, so the
    tests hold them to the models' shape (model_validate alone would ignore extra fields).
    """
    model.model_validate(body)
    assert list(body) == list(model.model_fields), f"{model.__name__}: {list(body)}"
    for name, field in model.model_fields.items():
        item_model = _list_item_model(field.annotation)
        if item_model is not None:
            for item in body[name]:
                assert list(item) == list(item_model.model_fields), f"{name}: {list(item)}"


def _list_item_model(annotation) -> type[BaseModel] | None:
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
    return None
