"""API users and the accounts they may see: admin-users-list, -create, -get, -update,
-accounts."""

from typing import Annotated

from fastapi import APIRouter, Query, Request

from asset_api.admin import api_keys, api_users, grants
from asset_api.admin.deps import (
    PREFIX,
    TAGS,
    AdminActor,
    CurrentAdmin,
    UserId,
    page_of,
    sent_fields,
)
from asset_api.http.deps import Conn
from asset_api.http.envelope import ok
from asset_api.http.validation import check_storable_text
from asset_api.models.admin import (
    AdminUsersAccountsRequest,
    AdminUsersAccountsResponse,
    AdminUsersCreateRequest,
    AdminUsersCreateResponse,
    AdminUsersGetResponse,
    AdminUsersListQuery,
    AdminUsersListResponse,
    AdminUsersUpdateRequest,
    AdminUsersUpdateResponse,
)

router = APIRouter(prefix=PREFIX, tags=TAGS)


@router.get("/users", operation_id="admin-users-list", response_model=AdminUsersListResponse)
async def list_users(
    query: Annotated[AdminUsersListQuery, Query()], admin: CurrentAdmin, conn: Conn
) -> AdminUsersListResponse:
    check_storable_text(query)
    found = await api_users.list_users(
        conn,
        q=query.q,
        status=query.status,
        page=page_of(query),
        sort=query.sort,
        order=query.order,
    )
    return AdminUsersListResponse(
        **ok(), total=found.total, page=query.page, size=query.size, users=found.rows
    )


@router.post(
    "/users",
    operation_id="admin-users-create",
    response_model=AdminUsersCreateResponse,
    status_code=201,
)
async def create_user(
    body: AdminUsersCreateRequest, actor: AdminActor, conn: Conn
) -> AdminUsersCreateResponse:
    check_storable_text(body)
    user = await api_users.create_user(
        conn,
        actor=actor,
        name=body.name,
        email=body.email,
        all_accounts=body.all_accounts,
        scopes=body.scopes,
    )
    return AdminUsersCreateResponse(**ok(), user=user)


@router.get(
    "/users/{user_id}", operation_id="admin-users-get", response_model=AdminUsersGetResponse
)
async def get_user(user_id: UserId, admin: CurrentAdmin, conn: Conn) -> AdminUsersGetResponse:
    user = await api_users.get_user(conn, user_id=user_id)
    return AdminUsersGetResponse(
        **ok(),
        user=user,
        accounts=await grants.user_accounts(conn, user_id=user_id),
        keys=await api_keys.keys_of_user(conn, user_id=user_id),
    )


@router.patch(
    "/users/{user_id}", operation_id="admin-users-update", response_model=AdminUsersUpdateResponse
)
async def update_user(
    user_id: UserId,
    body: AdminUsersUpdateRequest,
    actor: AdminActor,
    conn: Conn,
    request: Request,
) -> AdminUsersUpdateResponse:
    check_storable_text(body)
    user = await api_users.update_user(
        conn,
        actor=actor,
        user_id=user_id,
        changes=sent_fields(body),
        cache=request.app.state.token_cache,
    )
    return AdminUsersUpdateResponse(**ok(), user=user)


@router.put(
    "/users/{user_id}/accounts",
    operation_id="admin-users-accounts",
    response_model=AdminUsersAccountsResponse,
)
async def replace_user_accounts(
    user_id: UserId, body: AdminUsersAccountsRequest, actor: AdminActor, conn: Conn
) -> AdminUsersAccountsResponse:
    check_storable_text(body)
    await grants.replace_user_accounts(
        conn, actor=actor, user_id=user_id, env=body.env, account_nos=body.account_nos
    )
    accounts = await grants.user_accounts(conn, user_id=user_id)
    return AdminUsersAccountsResponse(**ok(), accounts=accounts)
