"""The data endpoints (api-spec/data/): accounts, balance, transactions, realized-pnl,
daily-valuations, instrument, daily-prices.

The token is verified first (on a cache miss, with a pooled connection of its own, released
at once), before the handler takes its connection: a request never holds two. The handlers
run their one statement through http/deps.py's `read_query` (on a read replica when one is
configured and fresh enough, else on the primary) and return the JSON that
PostgreSQL rendered (http/envelope.py). The response_model is the contract they keep, for the
OpenAPI document and the tests.

The handlers without query parameters (the list, the balance and the instrument; the hot
path) verify their caller as their first line and read their path parameter from the
request, rather than declaring them to FastAPI: its dependency and parameter machinery costs
a tenth of the whole balance call. The paged handlers keep them declared, so that their query
is validated only after their token, as everywhere else. tests/data/test_data_routes.py holds
every data route to its scope.
"""

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request, Response

from asset_api.auth.deps import AccountsCaller, MarketCaller, accounts_caller, market_caller
from asset_api.data import (
    accounts,
    balance,
    daily_prices,
    daily_valuations,
    instrument,
    realized_pnl,
    transactions,
)
from asset_api.data.paging import continuation, page_headers, parse_period
from asset_api.http.deps import read_query
from asset_api.http.envelope import list_response, object_response
from asset_api.models.data import (
    AccountsResponse,
    BalanceResponse,
    DailyPricesQuery,
    DailyPricesResponse,
    DailyValuationsQuery,
    DailyValuationsResponse,
    InstrumentResponse,
    RealizedPnlQuery,
    RealizedPnlResponse,
    TransactionsQuery,
    TransactionsResponse,
)

router = APIRouter(prefix="/asset-erp/v1", tags=["data"])


async def page_request(
    cont_yn: str | None = Header(default=None, alias="cont-yn"),
    next_key: str | None = Header(default=None, alias="next-key"),
) -> str | None:
    """The next-key of a paged call (async: no threadpool hop); None on page 1."""
    return continuation(cont_yn, next_key)


NextKey = Annotated[str | None, Depends(page_request)]


@router.get("/accounts", operation_id="accounts", response_model=AccountsResponse)
async def list_accounts(request: Request) -> Response:
    caller = await accounts_caller(request)
    items = await read_query(request, accounts.list_accounts, caller=caller)
    return list_response("accounts", items)


@router.get(
    "/accounts/{account_no}/balance", operation_id="balance", response_model=BalanceResponse
)
async def get_balance(request: Request) -> Response:
    caller = await accounts_caller(request)
    account_no = request.path_params["account_no"]
    fields = await read_query(request, balance.get_balance, caller=caller, account_no=account_no)
    return object_response(fields)


@router.get(
    "/accounts/{account_no}/transactions",
    operation_id="transactions",
    response_model=TransactionsResponse,
)
async def list_transactions(
    caller: AccountsCaller,
    account_no: str,
    query: Annotated[TransactionsQuery, Query()],
    next_key: NextKey,
    request: Request,
) -> Response:
    start_date, end_date = parse_period(query.start_date, query.end_date)
    page = await read_query(
        request,
        transactions.get_transactions,
        caller=caller,
        account_no=account_no,
        start_date=start_date,
        end_date=end_date,
        limit=query.limit,
        kind=query.kind,
        next_key=next_key,
    )
    return list_response("transactions", page.items, page_headers(page.next_key))


@router.get(
    "/accounts/{account_no}/realized-pnl",
    operation_id="realized-pnl",
    response_model=RealizedPnlResponse,
)
async def list_realized_pnl(
    caller: AccountsCaller,
    account_no: str,
    query: Annotated[RealizedPnlQuery, Query()],
    next_key: NextKey,
    request: Request,
) -> Response:
    start_date, end_date = parse_period(query.start_date, query.end_date)
    page = await read_query(
        request,
        realized_pnl.get_realized_pnl,
        caller=caller,
        account_no=account_no,
        start_date=start_date,
        end_date=end_date,
        limit=query.limit,
        code=query.code,
        next_key=next_key,
    )
    return list_response("sells", page.items, page_headers(page.next_key), summary=page.summary)


@router.get(
    "/accounts/{account_no}/daily-valuations",
    operation_id="daily-valuations",
    response_model=DailyValuationsResponse,
)
async def list_daily_valuations(
    caller: AccountsCaller,
    account_no: str,
    query: Annotated[DailyValuationsQuery, Query()],
    next_key: NextKey,
    request: Request,
) -> Response:
    start_date, end_date = parse_period(query.start_date, query.end_date)
    page = await read_query(
        request,
        daily_valuations.get_daily_valuations,
        caller=caller,
        account_no=account_no,
        start_date=start_date,
        end_date=end_date,
        limit=query.limit,
        next_key=next_key,
    )
    return list_response(
        "valuations", page.items, page_headers(page.next_key), summary=page.summary
    )


@router.get("/instruments/{code}", operation_id="instrument", response_model=InstrumentResponse)
async def get_instrument(request: Request) -> Response:
    caller = await market_caller(request)
    code = request.path_params["code"]
    fields = await read_query(request, instrument.get_instrument, caller=caller, code=code)
    return object_response(fields)


@router.get(
    "/instruments/{code}/daily-prices",
    operation_id="daily-prices",
    response_model=DailyPricesResponse,
)
async def list_daily_prices(
    caller: MarketCaller,
    code: str,
    query: Annotated[DailyPricesQuery, Query()],
    next_key: NextKey,
    request: Request,
) -> Response:
    start_date, end_date = parse_period(query.start_date, query.end_date)
    page = await read_query(
        request,
        daily_prices.get_daily_prices,
        caller=caller,
        code=code,
        start_date=start_date,
        end_date=end_date,
        limit=query.limit,
        next_key=next_key,
    )
    return list_response("prices", page.items, page_headers(page.next_key))


# Dispatched by http/hot_routes.py ahead of FastAPI's router.
HOT_ROUTES = [
    route
    for route in router.routes
    if route.endpoint in (list_accounts, get_balance, get_instrument)
]
