"""The accounts catalog: admin-accounts-list."""

from typing import Annotated

from fastapi import APIRouter, Query

from asset_api.admin import account_catalog
from asset_api.admin.deps import PREFIX, TAGS, CurrentAdmin, page_of
from asset_api.http.deps import Conn
from asset_api.http.envelope import ok
from asset_api.http.validation import check_storable_text
from asset_api.models.admin import AdminAccountsListQuery, AdminAccountsListResponse

router = APIRouter(prefix=PREFIX, tags=TAGS)


@router.get(
    "/accounts", operation_id="admin-accounts-list", response_model=AdminAccountsListResponse
)
async def list_accounts(
    query: Annotated[AdminAccountsListQuery, Query()], admin: CurrentAdmin, conn: Conn
) -> AdminAccountsListResponse:
    check_storable_text(query)
    found = await account_catalog.list_accounts(conn, env=query.env, q=query.q, page=page_of(query))
    return AdminAccountsListResponse(
        **ok(), total=found.total, page=query.page, size=query.size, accounts=found.rows
    )
