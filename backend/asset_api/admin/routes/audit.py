"""The audit log: admin-audit-list."""

from typing import Annotated

from fastapi import APIRouter, Query

from asset_api.admin import audit
from asset_api.admin.deps import PREFIX, TAGS, CurrentAdmin, page_of
from asset_api.http.deps import Conn
from asset_api.http.envelope import ok
from asset_api.http.validation import check_storable_text
from asset_api.models.admin import AdminAuditListQuery, AdminAuditListResponse

router = APIRouter(prefix=PREFIX, tags=TAGS)


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
    found = await audit.list_audit(conn, action=query.action, page=page_of(query))
    return AdminAuditListResponse(
        **ok(), total=found.total, page=query.page, size=query.size, entries=found.rows
    )
