"""Why a call was refused: admin-requests-get."""

from fastapi import APIRouter

from asset_api.admin import request_lookup
from asset_api.admin.deps import PREFIX, TAGS, CurrentAdmin, RequestId
from asset_api.http.deps import Conn
from asset_api.http.envelope import ok
from asset_api.models.admin import AdminRequestsGetResponse

router = APIRouter(prefix=PREFIX, tags=TAGS)


@router.get(
    "/requests/{request_id}",
    operation_id="admin-requests-get",
    response_model=AdminRequestsGetResponse,
)
async def get_request(
    request_id: RequestId, admin: CurrentAdmin, conn: Conn
) -> AdminRequestsGetResponse:
    record = await request_lookup.get_request(conn, request_id=request_id)
    return AdminRequestsGetResponse(**ok(), request=record)
