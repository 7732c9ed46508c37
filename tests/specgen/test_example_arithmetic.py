"""The data examples add up: what the reference shows is what the formulas of its 개요 give."""

from decimal import ROUND_HALF_UP, Decimal

import pytest

from asset_api.specgen.spec import load_specs
from tests.specgen.conftest import SPEC_DIR

SPECS = {spec.id: spec for spec in load_specs(SPEC_DIR).specs}


def success_bodies(spec_id: str) -> list[dict]:
    spec = SPECS[spec_id]
    return [e["response"]["body"] for e in spec.examples if e["response"]["status"] == spec.status]


def percent(part: int, whole: int) -> str:
    """part ÷ whole × 100, two decimals, half away from zero (반올림)."""
    if whole == 0:
        return "0.00"
    value = Decimal(part) * 100 / Decimal(whole)
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


@pytest.mark.parametrize("body", success_bodies("balance"))
def test_balance_adds_up(body):
    holdings = body["holdings"]
    for h in holdings:
        assert h["evaluation_amount"] == h["quantity"] * h["current_price"]
        assert h["avg_purchase_price"] == h["purchase_amount"] // h["quantity"]
        assert h["profit_loss"] == h["evaluation_amount"] - h["purchase_amount"]
        assert h["profit_loss_rate"] == percent(h["profit_loss"], h["purchase_amount"])
        assert h["weight"] == percent(h["evaluation_amount"], body["total_evaluation_amount"])
    assert body["total_purchase_amount"] == sum(h["purchase_amount"] for h in holdings)
    assert body["total_evaluation_amount"] == sum(h["evaluation_amount"] for h in holdings)
    total_pl = body["total_evaluation_amount"] - body["total_purchase_amount"]
    assert body["total_profit_loss"] == total_pl
    assert body["total_profit_loss_rate"] == percent(total_pl, body["total_purchase_amount"])
    assert body["estimated_assets"] == body["deposit"] + body["total_evaluation_amount"]
    evaluations = [h["evaluation_amount"] for h in holdings]
    assert evaluations == sorted(evaluations, reverse=True)


SETTLEMENT = {
    "buy": lambda t: -(t["amount"] + t["fee"] + t["tax"]),
    "sell": lambda t: t["amount"] - t["fee"] - t["tax"],
    "deposit": lambda t: t["amount"],
    "withdrawal": lambda t: -t["amount"],
    "dividend": lambda t: t["amount"] - t["tax"],
    "fee": lambda t: -t["fee"],
}


@pytest.mark.parametrize("body", success_bodies("transactions"))
def test_transactions_add_up(body):
    for t in body["transactions"]:
        assert t["settlement_amount"] == SETTLEMENT[t["kind"]](t)
        if t["kind"] in ("buy", "sell", "dividend"):
            assert t["amount"] == t["quantity"] * t["price"]
        else:
            assert t["code"] is None and t["quantity"] == 0 and t["price"] == 0
    moments = [(t["trade_date"], t["trade_time"]) for t in body["transactions"]]
    assert moments == sorted(moments, reverse=True)  # most recent first


@pytest.mark.parametrize("body", success_bodies("daily-prices"))
def test_daily_prices_add_up(body):
    prices = body["prices"]
    assert [p["date"] for p in prices] == sorted((p["date"] for p in prices), reverse=True)
    for day, previous in zip(prices, prices[1:], strict=False):
        assert day["change"] == day["close"] - previous["close"]
        assert day["change_rate"] == percent(day["change"], previous["close"])
    for p in prices:
        assert p["low"] <= min(p["open"], p["close"]) <= max(p["open"], p["close"]) <= p["high"]
        assert p["volume"] * p["low"] <= p["trading_value"] <= p["volume"] * p["high"]


@pytest.mark.parametrize("body", success_bodies("instrument"))
def test_instrument_adds_up(body):
    assert body["market_cap"] == body["last_price"] * body["listed_shares"]
    previous_close = body["last_price"] - body["change"]
    assert body["change_rate"] == percent(body["change"], previous_close)


def test_instrument_and_daily_prices_agree():
    instrument = success_bodies("instrument")[0]
    latest = success_bodies("daily-prices")[0]["prices"][0]
    assert (instrument["price_date"], instrument["last_price"]) == (latest["date"], latest["close"])
    assert (instrument["volume"], instrument["trading_value"]) == (
        latest["volume"],
        latest["trading_value"],
    )


@pytest.mark.parametrize("body", success_bodies("realized-pnl"))
def test_realized_pnl_adds_up(body):
    sells = body["sells"]
    for s in sells:
        assert s["sell_amount"] == s["quantity"] * s["sell_price"]
        assert s["realized_pnl"] == s["sell_amount"] - s["purchase_cost"] - s["fee"] - s["tax"]
        assert s["realized_pnl_rate"] == percent(s["realized_pnl"], s["purchase_cost"])
        # the cost of q of Q shares is floor(C × q ÷ Q): at most the average price times q
        assert s["purchase_cost"] >= s["avg_purchase_price"] * s["quantity"]
        assert s["purchase_cost"] < (s["avg_purchase_price"] + 1) * s["quantity"]
    summary = body["summary"]
    for total, name in (("total_sell_amount", "sell_amount"), ("total_fee", "fee"),
                        ("total_tax", "tax"), ("total_purchase_cost", "purchase_cost"),
                        ("total_realized_pnl", "realized_pnl")):  # fmt: skip
        assert summary[total] == sum(s[name] for s in sells)
    moments = [(s["trade_date"], s["trade_time"]) for s in sells]
    assert moments == sorted(moments, reverse=True)


@pytest.mark.parametrize("body", success_bodies("daily-valuations"))
def test_daily_valuations_add_up(body):
    days = body["valuations"]
    assert [d["date"] for d in days] == sorted((d["date"] for d in days), reverse=True)
    for d in days:
        assert d["total_assets"] == d["cash"] + d["evaluation_amount"]
    for d, previous in zip(days, days[1:], strict=False):
        assert d["daily_pnl"] == d["total_assets"] - previous["total_assets"] - d["net_inflow"]
        base = previous["total_assets"] + d["net_inflow"]
        assert d["daily_return_rate"] == percent(d["daily_pnl"], base)
    assert body["summary"]["total_net_inflow"] == sum(d["net_inflow"] for d in days)
    assert body["summary"]["total_pnl"] == sum(d["daily_pnl"] for d in days)


def test_the_latest_valuation_is_the_balance_example():
    latest = success_bodies("daily-valuations")[0]["valuations"][0]
    balance = success_bodies("balance")[0]
    assert (latest["date"], latest["cash"], latest["purchase_amount"]) == (
        balance["price_date"],
        balance["deposit"],
        balance["total_purchase_amount"],
    )
    assert latest["evaluation_amount"] == balance["total_evaluation_amount"]
