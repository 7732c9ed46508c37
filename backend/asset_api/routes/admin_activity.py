"""What happened and what exists: dashboard, usage, audit log, request lookup, accounts."""

from typing import Annotated

from fastapi import APIRouter, Query

from asset_api.deps import Conn, CurrentAdmin
from asset_api.models.admin import (
    AdminAccountsListQuery,
    AdminAccountsListResponse,
    AdminAuditListQuery,
    AdminAuditListResponse,
    AdminDashboardResponse,
    AdminRequestsGetResponse,
    AdminUsageQuery,
    AdminUsageResponse,
)
from asset_api.routes.admin_common import PREFIX, TAGS, RequestId, ok, page_of
from asset_api.services import admin_accounts, admin_activity, admin_keys
from asset_api.services.admin_common import check_storable_text

router = APIRouter(prefix=PREFIX, tags=TAGS)


@router.get("/dashboard", operation_id="admin-dashboard", response_model=AdminDashboardResponse)
async def get_dashboard(admin: CurrentAdmin, conn: Conn) -> AdminDashboardResponse:
    return AdminDashboardResponse(
        **ok(),
        counts=await admin_activity.dashboard_counts(conn),
        expiring_keys=await admin_keys.expiring_keys(conn),
    )


@router.get("/usage", operation_id="admin-usage", response_model=AdminUsageResponse)
async def get_usage(
    query: Annotated[AdminUsageQuery, Query()], admin: CurrentAdmin, conn: Conn
) -> AdminUsageResponse:
    return AdminUsageResponse(
        **ok(), days=await admin_activity.usage_per_day(conn, days=query.days)
    )


# Each entry's `detail` holds only the keys its action recorded: the generated model has a field
# for every known key, and exclude_unset leaves out those an entry does not have.
@router.get(
    "/audit",
    operation_id="admin-audit-list",
    response_model=AdminAuditListResponse,
    response_model_exclude_unset=True,
)
async def list_audit(
    query: Annotated[AdminAuditListQuery, Query()], admin: CurrentAdmin, conn: Conn
) -> AdminAuditListResponse:
    check_storable_text(query)
    found = await admin_activity.list_audit(conn, action=query.action, page=page_of(query))
    return AdminAuditListResponse(
        **ok(), total=found.total, page=query.page, size=query.size, entries=found.rows
    )


@router.get(
    "/requests/{request_id}",
    operation_id="admin-requests-get",
    response_model=AdminRequestsGetResponse,
)
async def get_request(
    request_id: RequestId, admin: CurrentAdmin, conn: Conn
) -> AdminRequestsGetResponse:
    record = await admin_activity.get_request(conn, request_id=request_id)
    return AdminRequestsGetResponse(**ok(), request=record)


@router.get(
    "/accounts", operation_id="admin-accounts-list", response_model=AdminAccountsListResponse
)
async def list_accounts(
    query: Annotated[AdminAccountsListQuery, Query()], admin: CurrentAdmin, conn: Conn
) -> AdminAccountsListResponse:
    check_storable_text(query)
    found = await admin_accounts.list_accounts(conn, env=query.env, q=query.q, page=page_of(query))
    return AdminAccountsListResponse(
        **ok(), total=found.total, page=query.page, size=query.size, accounts=found.rows
    )
