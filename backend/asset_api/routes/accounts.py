"""GET /asset-erp/v1/accounts, .../accounts/{account_no}/balance and .../transactions.

The token is verified first (on a cache miss, with a pooled connection of its own, released
at once), before the handler takes its connection: a request never holds two. The handlers
take that connection themselves and return the JSON that PostgreSQL rendered;
services/data_http.py says why. The response_model is the contract they keep, for the
OpenAPI document and the tests.

The handlers without query parameters (the list and the balance, the hot path) verify their
caller as their first line and read their path parameter from the request, rather than
declaring them to FastAPI: its dependency and parameter machinery costs about 100,000
instructions a call in this FastAPI version, a tenth of the whole balance call. The
transactions handler keeps them declared, so that its query is validated only after its
token, as everywhere else. tests/data/test_data_routes.py holds every data route to its
scope.
"""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from asset_api.deps import AccountsCaller, accounts_caller
from asset_api.models.data import (
    AccountsResponse,
    BalanceResponse,
    TransactionsQuery,
    TransactionsResponse,
)
from asset_api.services import data_accounts
from asset_api.services.data_http import connection, list_response, object_response
from asset_api.services.data_paging import PageRequest, page_headers, page_request, parse_period

router = APIRouter(prefix="/asset-erp/v1/accounts", tags=["data"])


@router.get("", operation_id="accounts", response_model=AccountsResponse)
async def list_accounts(request: Request) -> Response:
    caller = await accounts_caller(request)
    async with connection(request) as conn:
        items = await data_accounts.list_accounts(conn, caller=caller)
    return list_response("accounts", items)


@router.get("/{account_no}/balance", operation_id="balance", response_model=BalanceResponse)
async def get_balance(request: Request) -> Response:
    caller = await accounts_caller(request)
    account_no = request.path_params["account_no"]
    async with connection(request) as conn:
        fields = await data_accounts.get_balance(conn, caller=caller, account_no=account_no)
    return object_response(fields)


@router.get(
    "/{account_no}/transactions", operation_id="transactions", response_model=TransactionsResponse
)
async def list_transactions(
    caller: AccountsCaller,
    account_no: str,
    query: Annotated[TransactionsQuery, Query()],
    page: Annotated[PageRequest, Depends(page_request)],
    request: Request,
) -> Response:
    start_date, end_date = parse_period(query.start_date, query.end_date)
    async with connection(request) as conn:
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
    return list_response("transactions", result.items, page_headers(result.next_key))
