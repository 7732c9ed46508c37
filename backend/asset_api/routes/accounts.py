"""GET /asset-erp/v1/accounts, .../accounts/{account_no}/balance and .../transactions.

The caller comes first in every signature: FastAPI resolves dependencies in order, so the
token is verified (on a cache miss, with a pooled connection of its own, released at once)
before the handler's connection is taken. A request never holds two connections.
"""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from asset_api.deps import AccountsCaller, Conn
from asset_api.errors import SUCCESS_CODE, SUCCESS_MSG
from asset_api.models.data import (
    AccountsResponse,
    BalanceResponse,
    TransactionsQuery,
    TransactionsResponse,
)
from asset_api.services import data_accounts
from asset_api.services.data_paging import PageRequest, page_headers, page_request, parse_period

router = APIRouter(prefix="/asset-erp/v1/accounts", tags=["data"])

# The fields of the balance summary, as BALANCE names its columns.
SUMMARY_FIELDS = (
    "price_date",
    "deposit",
    "total_purchase_amount",
    "total_evaluation_amount",
    "total_profit_loss",
    "total_profit_loss_rate",
    "estimated_assets",
)
HOLDING_FIELDS = (
    "code",
    "name",
    "quantity",
    "avg_purchase_price",
    "purchase_amount",
    "current_price",
    "evaluation_amount",
    "profit_loss",
    "profit_loss_rate",
    "weight",
)


@router.get("", operation_id="accounts", response_model=AccountsResponse)
async def list_accounts(caller: AccountsCaller, conn: Conn) -> dict:
    rows = await data_accounts.list_accounts(conn, caller=caller)
    return _success(accounts=[dict(row) for row in rows])


@router.get("/{account_no}/balance", operation_id="balance", response_model=BalanceResponse)
async def get_balance(caller: AccountsCaller, conn: Conn, account_no: str) -> dict:
    balance = await data_accounts.get_balance(conn, caller=caller, account_no=account_no)
    summary = {field: balance.summary[field] for field in SUMMARY_FIELDS}
    holdings = [{field: row[field] for field in HOLDING_FIELDS} for row in balance.holdings]
    return _success(**summary, holdings=holdings)


@router.get(
    "/{account_no}/transactions", operation_id="transactions", response_model=TransactionsResponse
)
async def list_transactions(
    caller: AccountsCaller,
    conn: Conn,
    account_no: str,
    query: Annotated[TransactionsQuery, Query()],
    page: Annotated[PageRequest, Depends(page_request)],
    response: Response,
) -> dict:
    start_date, end_date = parse_period(query.start_date, query.end_date)
    result = await data_accounts.get_transactions(
        conn,
        caller=caller,
        account_no=account_no,
        start_date=start_date,
        end_date=end_date,
        limit=query.limit,
        kind=query.kind,
        next_key=page.next_key,
    )
    response.headers.update(page_headers(result.next_key))
    # The records carry their id too (for the next-key); the response model leaves it out.
    return _success(transactions=[dict(row) for row in result.rows])


def _success(**fields) -> dict:
    return {"return_code": SUCCESS_CODE, "return_msg": SUCCESS_MSG, **fields}
