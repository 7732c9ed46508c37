"""GET /health (database state) and GET /health/live (the process only, no database)."""

import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from asset_api.db.pool import DATABASE_DOWN_ERRORS
from asset_api.errors import SUCCESS_CODE, SUCCESS_MSG, ServiceUnavailable

router = APIRouter(tags=["system"])

HEALTH_TIMEOUT_SECONDS = 2.0


@router.get("/health", operation_id="health")
async def get_health(request: Request):
    database = await _database_state(request)
    if database == "ok":
        body = {"return_code": SUCCESS_CODE, "return_msg": SUCCESS_MSG}
        status_code, headers = 200, {}
    else:
        error = ServiceUnavailable()
        request.scope["state"]["return_code"] = error.return_code
        body = {"return_code": error.return_code, "return_msg": error.return_msg}
        status_code = error.http_status
        headers = {"Retry-After": str(request.app.state.settings.retry_after_seconds)}
    body |= {"status": "ok" if database == "ok" else "degraded", "database": database}
    return JSONResponse(body, status_code=status_code, headers=headers)


@router.get("/health/live", operation_id="health-live")
async def get_health_live():
    return {"return_code": SUCCESS_CODE, "return_msg": SUCCESS_MSG, "status": "ok"}


async def _database_state(request: Request) -> str:
    pool = request.app.state.pool
    try:
        async with asyncio.timeout(HEALTH_TIMEOUT_SECONDS):
            async with pool.acquire() as conn:
                await conn.fetchval("SELECT 1")
    except DATABASE_DOWN_ERRORS:
        return "down"
    return "ok"
