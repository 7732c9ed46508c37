"""API users and the accounts they may see: /admin/v1/users[/{user_id}[/accounts]]."""

from typing import Annotated

from fastapi import APIRouter, Query, Request

from asset_api.deps import Conn, CurrentAdmin
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
from asset_api.routes.admin_common import (
    PREFIX,
    TAGS,
    UserId,
    audit_change,
    forget_cached_tokens,
    ok,
    page_of,
    sent_fields,
)
from asset_api.services import admin_accounts, admin_keys, admin_users, keys
from asset_api.services.admin_common import check_storable_text

router = APIRouter(prefix=PREFIX, tags=TAGS)


@router.get("/users", operation_id="admin-users-list", response_model=AdminUsersListResponse)
async def list_users(
    query: Annotated[AdminUsersListQuery, Query()], admin: CurrentAdmin, conn: Conn
) -> AdminUsersListResponse:
    check_storable_text(query)
    found = await admin_users.list_users(
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
    body: AdminUsersCreateRequest, admin: CurrentAdmin, conn: Conn, request: Request
) -> AdminUsersCreateResponse:
    check_storable_text(body)
    async with conn.transaction():
        user_id = await keys.create_user(
            conn,
            name=body.name,
            email=body.email,
            all_accounts=body.all_accounts,
            scopes=body.scopes,
        )
        user = await admin_users.get_user(conn, user_id=user_id)
        detail = {k: user[k] for k in ("name", "email", "all_accounts", "scopes")}
        await audit_change(
            conn,
            request,
            admin,
            action="user.create",
            target_type="user",
            target_id=user_id,
            detail=detail,
        )
    return AdminUsersCreateResponse(**ok(), user=user)


@router.get(
    "/users/{user_id}", operation_id="admin-users-get", response_model=AdminUsersGetResponse
)
async def get_user(user_id: UserId, admin: CurrentAdmin, conn: Conn) -> AdminUsersGetResponse:
    user = await admin_users.get_user(conn, user_id=user_id)
    return AdminUsersGetResponse(
        **ok(),
        user=user,
        accounts=await admin_accounts.user_accounts(conn, user_id=user_id),
        keys=await admin_keys.keys_of_user(conn, user_id=user_id),
    )


@router.patch(
    "/users/{user_id}", operation_id="admin-users-update", response_model=AdminUsersUpdateResponse
)
async def update_user(
    user_id: UserId,
    body: AdminUsersUpdateRequest,
    admin: CurrentAdmin,
    conn: Conn,
    request: Request,
) -> AdminUsersUpdateResponse:
    check_storable_text(body)
    changes = sent_fields(body, nullable=("email",))
    async with conn.transaction():
        if changes:
            await admin_users.update_user(conn, user_id=user_id, changes=changes)
            await audit_change(
                conn,
                request,
                admin,
                action="user.update",
                target_type="user",
                target_id=user_id,
                detail=changes,
            )
        user = await admin_users.get_user(conn, user_id=user_id)
    # Status and scopes of the user are part of every cached bearer check of their keys.
    forget_cached_tokens(request)
    return AdminUsersUpdateResponse(**ok(), user=user)


@router.put(
    "/users/{user_id}/accounts",
    operation_id="admin-users-accounts",
    response_model=AdminUsersAccountsResponse,
)
async def replace_user_accounts(
    user_id: UserId,
    body: AdminUsersAccountsRequest,
    admin: CurrentAdmin,
    conn: Conn,
    request: Request,
) -> AdminUsersAccountsResponse:
    check_storable_text(body)
    async with conn.transaction():
        granted = await admin_accounts.replace_user_accounts(
            conn, user_id=user_id, env=body.env, account_nos=body.account_nos
        )
        await audit_change(
            conn,
            request,
            admin,
            action="user.accounts",
            target_type="user",
            target_id=user_id,
            detail={"env": body.env, "account_nos": granted},
        )
    accounts = await admin_accounts.user_accounts(conn, user_id=user_id)
    return AdminUsersAccountsResponse(**ok(), accounts=accounts)
