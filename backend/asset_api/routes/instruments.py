"""GET /asset-erp/v1/instruments/{code} and .../instruments/{code}/daily-prices."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from asset_api.deps import Conn, MarketCaller
from asset_api.errors import SUCCESS_CODE, SUCCESS_MSG
from asset_api.models.data import DailyPricesQuery, DailyPricesResponse, InstrumentResponse
from asset_api.services import data_instruments
from asset_api.services.data_paging import PageRequest, page_headers, page_request, parse_period

router = APIRouter(prefix="/asset-erp/v1/instruments", tags=["data"])


# The caller comes first: the token is verified before the handler's connection is taken
# (see routes/accounts.py).
@router.get("/{code}", operation_id="instrument", response_model=InstrumentResponse)
async def get_instrument(caller: MarketCaller, conn: Conn, code: str) -> dict:
    instrument = await data_instruments.get_instrument(conn, caller=caller, code=code)
    return {"return_code": SUCCESS_CODE, "return_msg": SUCCESS_MSG, **instrument}


@router.get("/{code}/daily-prices", operation_id="daily-prices", response_model=DailyPricesResponse)
async def list_daily_prices(
    caller: MarketCaller,
    conn: Conn,
    code: str,
    query: Annotated[DailyPricesQuery, Query()],
    page: Annotated[PageRequest, Depends(page_request)],
    response: Response,
) -> dict:
    start_date, end_date = parse_period(query.start_date, query.end_date)
    result = await data_instruments.get_daily_prices(
        conn,
        caller=caller,
        code=code,
        start_date=start_date,
        end_date=end_date,
        limit=query.limit,
        next_key=page.next_key,
    )
    response.headers.update(page_headers(result.next_key))
    return {"return_code": SUCCESS_CODE, "return_msg": SUCCESS_MSG, "prices": result.rows}
