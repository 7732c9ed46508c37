"""GET /health (the database's state) and GET /health/live (the process only, no database)."""

import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from asset_api.db.pool import DATABASE_DOWN_ERRORS
from asset_api.errors import ServiceUnavailable
from asset_api.http.envelope import ok
from asset_api.http.request_state import state_of
from asset_api.models.system import HealthLiveResponse, HealthResponse

router = APIRouter(tags=["system"])

HEALTH_TIMEOUT_SECONDS = 2.0


@router.get(
    "/health",
    operation_id="health",
    response_model=HealthResponse,
    response_model_exclude_none=True,  # request_id belongs to the 503 answer only
)
async def get_health(request: Request):
    if await _database_reachable(request):
        return HealthResponse(**ok(), status="ok", database="ok")
    # A load balancer reads the 503; a person reads the body.
    error = ServiceUnavailable(request.app.state.settings.retry_after_seconds)
    state = state_of(request.scope)
    state.refused(error)
    body = HealthResponse(
        return_code=error.return_code,
        return_msg=error.return_msg,
        request_id=state.request_id,
        status="degraded",
        database="down",
    )
    return JSONResponse(body.model_dump(), status_code=503, headers=error.headers)


@router.get("/health/live", operation_id="health-live", response_model=HealthLiveResponse)
async def get_health_live() -> HealthLiveResponse:
    return HealthLiveResponse(**ok(), status="ok")


async def _database_reachable(request: Request) -> bool:
    try:
        async with asyncio.timeout(HEALTH_TIMEOUT_SECONDS):
            async with request.app.state.pool.acquire() as conn:
                await conn.fetchval("SELECT 1")
    except DATABASE_DOWN_ERRORS:
        return False
    return True
