"""What happened lately: admin-dashboard and admin-usage."""

from typing import Annotated

from fastapi import APIRouter, Query

from asset_api.admin import api_keys, dashboard
from asset_api.admin.deps import PREFIX, TAGS, CurrentAdmin
from asset_api.http.deps import Conn
from asset_api.http.envelope import ok
from asset_api.models.admin import AdminDashboardResponse, AdminUsageQuery, AdminUsageResponse

router = APIRouter(prefix=PREFIX, tags=TAGS)


@router.get("/dashboard", operation_id="admin-dashboard", response_model=AdminDashboardResponse)
async def get_dashboard(admin: CurrentAdmin, conn: Conn) -> AdminDashboardResponse:
    return AdminDashboardResponse(
        **ok(),
        counts=await dashboard.dashboard_counts(conn),
        expiring_keys=await api_keys.expiring_keys(conn),
    )


@router.get("/usage", operation_id="admin-usage", response_model=AdminUsageResponse)
async def get_usage(
    query: Annotated[AdminUsageQuery, Query()], admin: CurrentAdmin, conn: Conn
) -> AdminUsageResponse:
    return AdminUsageResponse(**ok(), days=await dashboard.usage_per_day(conn, days=query.days))
