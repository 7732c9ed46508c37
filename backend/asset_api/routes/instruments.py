"""GET /asset-erp/v1/instruments/{code} and .../instruments/{code}/daily-prices.

As in routes/accounts.py: the caller is verified first (by the handler without query
parameters itself), the handlers take their connection themselves and return the JSON that
PostgreSQL rendered (services/data_http.py).
"""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from asset_api.deps import MarketCaller, market_caller
from asset_api.models.data import DailyPricesQuery, DailyPricesResponse, InstrumentResponse
from asset_api.services import data_instruments
from asset_api.services.data_http import connection, list_response, object_response
from asset_api.services.data_paging import PageRequest, page_headers, page_request, parse_period

router = APIRouter(prefix="/asset-erp/v1/instruments", tags=["data"])


@router.get("/{code}", operation_id="instrument", response_model=InstrumentResponse)
async def get_instrument(request: Request) -> Response:
    caller = await market_caller(request)
    code = request.path_params["code"]
    async with connection(request) as conn:
        fields = await data_instruments.get_instrument(conn, caller=caller, code=code)
    return object_response(fields)


@router.get("/{code}/daily-prices", operation_id="daily-prices", response_model=DailyPricesResponse)
async def list_daily_prices(
    caller: MarketCaller,
    code: str,
    query: Annotated[DailyPricesQuery, Query()],
    page: Annotated[PageRequest, Depends(page_request)],
    request: Request,
) -> Response:
    start_date, end_date = parse_period(query.start_date, query.end_date)
    async with connection(request) as conn:
        result = await data_instruments.get_daily_prices(
            conn,
            caller=caller,
            code=code,
            start_date=start_date,
            end_date=end_date,
            limit=query.limit,
            next_key=page.next_key,
        )
    return list_response("prices", result.items, page_headers(result.next_key))
