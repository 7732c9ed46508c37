"""GET /accounts/{account_no}/transactions: rows, keyset pagination, validation."""

import base64
import re
from datetime import date, time, timedelta

import pytest

from asset_api.ingest.dataset import Dataset, write_dataset
from asset_api.models.data import TransactionsResponse
from tests.data import expected
from tests.data.conftest import ACCOUNT_A, ACCOUNT_B, bearer

URL = f"/asset-erp/v1/accounts/{ACCOUNT_A}/transactions"
WHOLE_MONTH = {"start_date": "20261101", "end_date": "20261130"}
BUSY_ACCOUNT = "1000000009"


async def test_transactions_match_the_rows_newest_first(client, token_a, dataset):
    res = await client.get(URL, params=WHOLE_MONTH, headers=bearer(token_a))
    assert res.status_code == 200
    assert res.headers["cont-yn"] == "N" and "next-key" not in res.headers
    body = res.json()
    expected.assert_conforms(body, TransactionsResponse)
    assert (body["return_code"], body["return_msg"]) == (0, "정상적으로 처리되었습니다")
    rows = body["transactions"]
    ids = [row.pop("transaction_id") for row in rows]
    assert rows == expected.transactions(dataset["real"], ACCOUNT_A)
    assert len(set(ids)) == len(ids)
    assert all(
        re.fullmatch(r"TX[0-9]{8}[0-9]{6,}", i) and i[2:10] == r["trade_date"]
        for i, r in zip(ids, rows, strict=True)
    )


async def test_signs_of_the_settlement_amounts(client, token_a):
    rows = (await client.get(URL, params=WHOLE_MONTH, headers=bearer(token_a))).json()
    by_kind = {row["kind"]: row for row in rows["transactions"]}  # the oldest of each kind
    assert by_kind["buy"]["settlement_amount"] == -700_000 - 100
    assert by_kind["sell"]["settlement_amount"] == 190_000 - 20 - 380
    assert by_kind["dividend"]["settlement_amount"] == 3_610 - 550
    assert by_kind["fee"] | {"amount": 0, "settlement_amount": -3_300} == by_kind["fee"]
    assert by_kind["withdrawal"]["settlement_amount"] == -1_000_000
    assert by_kind["deposit"]["settlement_amount"] == 5_000_000
    assert by_kind["deposit"]["code"] is None and by_kind["deposit"]["name"] is None


async def test_period_bounds_are_inclusive(client, token_a, dataset):
    params = {"start_date": "20261103", "end_date": "20261119"}
    res = await client.get(URL, params=params, headers=bearer(token_a))
    rows = res.json()["transactions"]
    for row in rows:
        row.pop("transaction_id")
    assert rows == expected.transactions(
        dataset["real"], ACCOUNT_A, start=date(2026, 11, 3), end=date(2026, 11, 19)
    )
    assert {r["trade_date"] for r in rows} == {"20261103", "20261117", "20261119"}


async def test_kind_filter(client, token_a, dataset):
    res = await client.get(URL, params=WHOLE_MONTH | {"kind": "buy"}, headers=bearer(token_a))
    rows = res.json()["transactions"]
    assert [r["code"] for r in rows] == ["000660", "005930"]
    assert all(r["kind"] == "buy" for r in rows)


async def test_an_empty_period_is_200_with_no_rows(client, token_a):
    params = {"start_date": "20200101", "end_date": "20200131"}
    res = await client.get(URL, params=params, headers=bearer(token_a))
    assert res.status_code == 200
    expected.assert_conforms(res.json(), TransactionsResponse)
    assert res.json()["transactions"] == []
    assert res.headers["cont-yn"] == "N"


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"start_date": "20261131", "end_date": "20261201"}, "start_date"),
        ({"start_date": "20261101", "end_date": "2026-12-01"}, "end_date"),
        ({"start_date": "20261101", "end_date": "20261300"}, "end_date"),
        ({"start_date": "20261120", "end_date": "20261101"}, "end_date"),
        ({"end_date": "20261101"}, "start_date"),
        (WHOLE_MONTH | {"limit": "0"}, "limit"),
        (WHOLE_MONTH | {"limit": "501"}, "limit"),
        (WHOLE_MONTH | {"limit": "ten"}, "limit"),
        (WHOLE_MONTH | {"kind": "transfer"}, "kind"),
        (WHOLE_MONTH | {"sort": "asc"}, "sort"),
    ],
)
async def test_bad_parameters_are_1501_naming_the_field(client, token_a, params, field):
    res = await client.get(URL, params=params, headers=bearer(token_a))
    assert res.status_code == 400
    body = res.json()
    assert body["return_code"] == 1501
    assert f"({field}:" in body["return_msg"]


@pytest.mark.parametrize(
    ("headers", "field"),
    [
        ({"cont-yn": "Y"}, "next-key"),
        ({"cont-yn": "maybe"}, "cont-yn"),
        ({"cont-yn": "Y", "next-key": "not a key!"}, "next-key"),
        ({"cont-yn": "Y", "next-key": base64.urlsafe_b64encode(b"P20261120").decode()}, "next-key"),
        (
            {"cont-yn": "Y", "next-key": base64.urlsafe_b64encode(b"T202613400930001").decode()},
            "next-key",
        ),
        ({"cont-yn": "Y", "next-key": "A" * 300}, "next-key"),
        (
            {
                "cont-yn": "Y",
                "next-key": base64.urlsafe_b64encode(b"T20261120235959" + b"9" * 19).decode(),
            },
            "next-key",
        ),
        (
            {"cont-yn": "Y", "next-key": base64.urlsafe_b64encode(b"T202611202460001").decode()},
            "next-key",
        ),
    ],
)
async def test_bad_continuation_headers_are_1501(client, token_a, headers, field):
    res = await client.get(URL, params=WHOLE_MONTH, headers=bearer(token_a) | headers)
    assert res.status_code == 400
    assert res.json()["return_code"] == 1501
    assert f"({field}:" in res.json()["return_msg"]


# --- pagination -----------------------------------------------------------------------------


def busy_dataset(count: int) -> Dataset:
    """`count` deposits over a few weeks, many sharing a date and time (the id breaks ties)."""
    start = date(2026, 1, 5)
    rows = []
    for n in range(count):
        day = start + timedelta(days=n % 23)
        at = time(9, (n // 23) % 3)  # only three distinct times a day: lots of exact ties
        rows.append((BUSY_ACCOUNT, day, at, "deposit", None, 0, 0, 1_000 + n, 0, 0))
    return Dataset(
        accounts=[(BUSY_ACCOUNT, "거래많은계좌", "키움증권", "KRW", date(2020, 1, 1), "active")],
        transactions=rows,
    )


async def fetch_all_pages(client, token, params, *, between_pages=None) -> list[list[dict]]:
    pages, headers = [], bearer(token)
    while True:
        res = await client.get(
            f"/asset-erp/v1/accounts/{BUSY_ACCOUNT}/transactions", params=params, headers=headers
        )
        assert res.status_code == 200, res.text
        pages.append(res.json()["transactions"])
        if res.headers["cont-yn"] == "N":
            assert "next-key" not in res.headers
            return pages
        assert len(pages) < 5_000, "pagination does not end"
        headers = bearer(token) | {"cont-yn": "Y", "next-key": res.headers["next-key"]}
        if between_pages is not None:
            await between_pages(len(pages))


@pytest.mark.parametrize("limit", [1, 7, 100, 500])
async def test_every_row_exactly_once_across_pages(client, db, limit):
    from tests.helpers import issue_token

    data = busy_dataset(1_234)
    await write_dataset(db, env="real", dataset=data)
    token = await issue_token(client, db, env="real", accounts=[BUSY_ACCOUNT])
    params = {"start_date": "20260101", "end_date": "20261231", "limit": str(limit)}
    pages = await fetch_all_pages(client, token, params)

    assert all(len(page) == limit for page in pages[:-1]) and 0 < len(pages[-1]) <= limit
    rows = [row for page in pages for row in page]
    ids = [row.pop("transaction_id") for row in rows]
    assert len(ids) == len(set(ids)) == 1_234
    assert rows == expected.transactions(data, BUSY_ACCOUNT)


async def test_a_page_boundary_on_the_last_row_ends_cleanly(client, db):
    from tests.helpers import issue_token

    await write_dataset(db, env="real", dataset=busy_dataset(200))
    token = await issue_token(client, db, env="real", accounts=[BUSY_ACCOUNT])
    params = {"start_date": "20260101", "end_date": "20261231", "limit": "100"}
    pages = await fetch_all_pages(client, token, params)
    assert [len(page) for page in pages] == [100, 100]


async def test_rows_inserted_between_pages_never_duplicate_or_hide_existing_ones(client, db):
    from tests.helpers import issue_token

    data = busy_dataset(600)
    await write_dataset(db, env="real", dataset=data)
    token = await issue_token(client, db, env="real", accounts=[BUSY_ACCOUNT])
    account_id = await db.fetchval("SELECT id FROM accounts WHERE account_no = $1", BUSY_ACCOUNT)
    inserted = 0

    async def insert_rows(page_number: int) -> None:
        # Rows on every side of the cursor: newer than page 1, amid the pages, older than all.
        nonlocal inserted
        for day in (date(2026, 1, 27), date(2026, 1, 15), date(2026, 1, 5), date(2026, 1, 1)):
            await db.execute(
                "INSERT INTO transactions (account_id, trade_date, trade_time, kind, amount) "
                "VALUES ($1, $2, '09:01:00', 'deposit', $3)",
                account_id,
                day,
                900_000 + page_number,
            )
            inserted += 1

    params = {"start_date": "20260101", "end_date": "20261231", "limit": "50"}
    pages = await fetch_all_pages(client, token, params, between_pages=insert_rows)

    rows = [row for page in pages for row in page]
    ids = [row["transaction_id"] for row in rows]
    assert len(ids) == len(set(ids)), "a row came twice"
    seen = [{k: v for k, v in row.items() if k != "transaction_id"} for row in rows]
    original = expected.transactions(data, BUSY_ACCOUNT)
    assert [row for row in seen if row["amount"] < 900_000] == original  # all, once, in order
    assert inserted > 0 and len(rows) > len(original)  # some new rows were seen as well


async def test_a_next_key_with_other_query_parameters_still_moves_forward(client, db):
    """The key is a position, not a session: a changed period narrows, it never loops."""
    from tests.helpers import issue_token

    await write_dataset(db, env="real", dataset=busy_dataset(60))
    token = await issue_token(client, db, env="real", accounts=[BUSY_ACCOUNT])
    url = f"/asset-erp/v1/accounts/{BUSY_ACCOUNT}/transactions"
    first = await client.get(
        url,
        params={"start_date": "20260101", "end_date": "20261231", "limit": "10"},
        headers=bearer(token),
    )
    key = first.headers["next-key"]
    res = await client.get(
        url,
        params={"start_date": "20260101", "end_date": "20260131", "limit": "10"},
        headers=bearer(token) | {"cont-yn": "Y", "next-key": key},
    )
    assert res.status_code == 200
    first_ids = {r["transaction_id"] for r in first.json()["transactions"]}
    assert not first_ids & {r["transaction_id"] for r in res.json()["transactions"]}


async def test_other_accounts_rows_never_leak_into_a_page(client, token_all, dataset):
    url = f"/asset-erp/v1/accounts/{ACCOUNT_B}/transactions"
    res = await client.get(url, params=WHOLE_MONTH, headers=bearer(token_all))
    rows = res.json()["transactions"]
    assert [(r["kind"], r["amount"]) for r in rows] == [("deposit", 300_000)]
