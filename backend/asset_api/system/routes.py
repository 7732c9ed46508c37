"""GET /health (the database's state), GET /health/live (the process only, no database) and
GET /metrics (Prometheus, for the addresses of ASSET_API_METRICS_ALLOW)."""

import asyncio

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from asset_api import metrics
from asset_api.auth.keys import ip_allowed
from asset_api.db.pool import DATABASE_DOWN_ERRORS
from asset_api.errors import IpNotAllowed, ServiceUnavailable
from asset_api.http.client_address import client_ip
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


@router.get("/metrics", operation_id="metrics", response_class=Response)
async def get_metrics(request: Request) -> Response:
    settings = request.app.state.settings
    # An empty list lets nobody in (for a key, ip_allowed reads it as "no allowlist").
    allowed = settings.metrics_allow
    if not allowed or not ip_allowed(client_ip(request), allowed):
        raise IpNotAllowed("이 주소에서는 /metrics를 조회할 수 없습니다: ASSET_API_METRICS_ALLOW")
    body = metrics.exposition(settings.prometheus_multiproc_dir)
    return Response(body, media_type=metrics.CONTENT_TYPE)


async def _database_reachable(request: Request) -> bool:
    try:
        async with asyncio.timeout(HEALTH_TIMEOUT_SECONDS):
            async with request.app.state.pool.acquire() as conn:
                await conn.fetchval("SELECT 1")
    except DATABASE_DOWN_ERRORS:
        return False
    return True
