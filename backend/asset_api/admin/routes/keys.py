"""Access keys: admin-keys-list, -issue, -update, -rotate, -revoke.

A secretkey appears in exactly two responses, issue and rotate, and nowhere else: not in
any list or detail, not in the audit log.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request, Response

from asset_api.admin import api_keys
from asset_api.admin.deps import (
    PREFIX,
    TAGS,
    AdminActor,
    AppKey,
    CurrentAdmin,
    UserId,
    page_of,
    sent_fields,
)
from asset_api.admin.korea_time import end_of_day_kst
from asset_api.http.deps import Conn
from asset_api.http.envelope import NO_STORE, ok
from asset_api.http.validation import check_storable_text
from asset_api.models.admin import (
    AdminKeysIssueRequest,
    AdminKeysIssueResponse,
    AdminKeysListQuery,
    AdminKeysListResponse,
    AdminKeysRevokeResponse,
    AdminKeysRotateRequest,
    AdminKeysRotateResponse,
    AdminKeysUpdateRequest,
    AdminKeysUpdateResponse,
)

router = APIRouter(prefix=PREFIX, tags=TAGS)


@router.get("/keys", operation_id="admin-keys-list", response_model=AdminKeysListResponse)
async def list_keys(
    query: Annotated[AdminKeysListQuery, Query()], admin: CurrentAdmin, conn: Conn
) -> AdminKeysListResponse:
    found = await api_keys.list_keys(
        conn,
        user_id=query.user_id,
        status=query.status,
        expiring_days=query.expiring_days,
        page=page_of(query),
        sort=query.sort,
        order=query.order,
    )
    return AdminKeysListResponse(
        **ok(), total=found.total, page=query.page, size=query.size, keys=found.rows
    )


@router.post(
    "/users/{user_id}/keys",
    operation_id="admin-keys-issue",
    response_model=AdminKeysIssueResponse,
    status_code=201,
)
async def issue_key(
    user_id: UserId,
    body: AdminKeysIssueRequest,
    actor: AdminActor,
    conn: Conn,
    request: Request,
    response: Response,
) -> AdminKeysIssueResponse:
    check_storable_text(body)
    issued = await api_keys.issue_key(
        conn,
        actor=actor,
        pepper=request.app.state.pepper,
        user_id=user_id,
        env=body.env,
        expires_at=end_of_day_kst("expires_at", body.expires_at),
        rate_limit=body.rate_limit,
        scopes=body.scopes,
        allowed_cidrs=body.allowed_cidrs,
    )
    response.headers.update(NO_STORE)
    return AdminKeysIssueResponse(
        **ok(), appkey=issued.appkey, secretkey=issued.secretkey, key=issued.key
    )


@router.patch(
    "/keys/{appkey}", operation_id="admin-keys-update", response_model=AdminKeysUpdateResponse
)
async def update_key(
    appkey: AppKey,
    body: AdminKeysUpdateRequest,
    actor: AdminActor,
    conn: Conn,
    request: Request,
) -> AdminKeysUpdateResponse:
    check_storable_text(body)
    key = await api_keys.update_key(
        conn,
        actor=actor,
        appkey=appkey,
        changes=_key_changes(body),
        cache=request.app.state.token_cache,
    )
    return AdminKeysUpdateResponse(**ok(), key=key)


@router.post(
    "/keys/{appkey}/rotate",
    operation_id="admin-keys-rotate",
    response_model=AdminKeysRotateResponse,
)
async def rotate_key(
    appkey: AppKey,
    actor: AdminActor,
    conn: Conn,
    request: Request,
    response: Response,
    body: Annotated[AdminKeysRotateRequest | None, Body()] = None,
) -> AdminKeysRotateResponse:
    rotated = await api_keys.rotate_key(
        conn,
        actor=actor,
        pepper=request.app.state.pepper,
        appkey=appkey,
        grace_hours=(body or AdminKeysRotateRequest()).grace_hours,
    )
    response.headers.update(NO_STORE)
    return AdminKeysRotateResponse(
        **ok(), appkey=appkey, secretkey=rotated.secretkey, key=rotated.key
    )


@router.post(
    "/keys/{appkey}/revoke",
    operation_id="admin-keys-revoke",
    response_model=AdminKeysRevokeResponse,
)
async def revoke_key(
    appkey: AppKey, actor: AdminActor, conn: Conn, request: Request
) -> AdminKeysRevokeResponse:
    key = await api_keys.revoke_key(
        conn, actor=actor, appkey=appkey, cache=request.app.state.token_cache
    )
    return AdminKeysRevokeResponse(**ok(), key=key)


def _key_changes(body: AdminKeysUpdateRequest) -> dict[str, Any]:
    """The sent fields, with expires_at as the instant it means (None: never expires)."""
    changes = sent_fields(body)
    if "expires_at" in changes:
        changes["expires_at"] = end_of_day_kst("expires_at", changes["expires_at"])
    return changes
