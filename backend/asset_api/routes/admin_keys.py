"""Access keys: list, issue, edit, rotate, revoke under /admin/v1.

A secretkey appears in exactly two responses, issue and rotate, and nowhere else: not in
any list or detail, not in the audit log.
"""

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request, Response

from asset_api.deps import Conn, CurrentAdmin
from asset_api.envelope import NO_STORE
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
from asset_api.routes.admin_common import (
    PREFIX,
    TAGS,
    AppKey,
    UserId,
    audit_change,
    forget_cached_tokens,
    ok,
    page_of,
    sent_fields,
)
from asset_api.services import admin_keys, keys
from asset_api.services.admin_common import check_storable_text, end_of_day_kst, kst_iso
from asset_api.services.client_auth import client_ip

router = APIRouter(prefix=PREFIX, tags=TAGS)

# What the audit log keeps of a newly issued key: its settings, never its secret.
ISSUE_AUDIT_FIELDS = ("user_id", "env", "expires_at", "rate_limit", "scopes", "allowed_cidrs")


@router.get("/keys", operation_id="admin-keys-list", response_model=AdminKeysListResponse)
async def list_keys(
    query: Annotated[AdminKeysListQuery, Query()], admin: CurrentAdmin, conn: Conn
) -> AdminKeysListResponse:
    found = await admin_keys.list_keys(
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
    admin: CurrentAdmin,
    conn: Conn,
    request: Request,
    response: Response,
) -> AdminKeysIssueResponse:
    check_storable_text(body)
    admin_keys.check_cidrs(body.allowed_cidrs)
    async with conn.transaction():
        issued = await keys.issue_key(
            conn,
            pepper=request.app.state.pepper,
            user_id=user_id,
            env=body.env,
            expires_at=end_of_day_kst("expires_at", body.expires_at),
            rate_limit=body.rate_limit,
            scopes=body.scopes,
            allowed_cidrs=body.allowed_cidrs,
            created_ip=client_ip(request),
        )
        key = await admin_keys.get_key(conn, appkey=issued.appkey)
        await audit_change(
            conn,
            request,
            admin,
            action="key.issue",
            target_type="key",
            target_id=issued.appkey,
            detail={name: key[name] for name in ISSUE_AUDIT_FIELDS},
        )
    response.headers.update(NO_STORE)
    return AdminKeysIssueResponse(**ok(), appkey=issued.appkey, secretkey=issued.secretkey, key=key)


@router.patch(
    "/keys/{appkey}", operation_id="admin-keys-update", response_model=AdminKeysUpdateResponse
)
async def update_key(
    appkey: AppKey,
    body: AdminKeysUpdateRequest,
    admin: CurrentAdmin,
    conn: Conn,
    request: Request,
) -> AdminKeysUpdateResponse:
    check_storable_text(body)
    changes = _key_changes(body)
    async with conn.transaction():
        if changes:
            await admin_keys.update_key(conn, appkey=appkey, changes=changes)
            await audit_change(
                conn,
                request,
                admin,
                action="key.update",
                target_type="key",
                target_id=appkey,
                detail=_audit_detail(changes),
            )
        key = await admin_keys.get_key(conn, appkey=appkey)
    # The key's live tokens see the new status, env, scopes or allowlist in this process now.
    forget_cached_tokens(request)
    return AdminKeysUpdateResponse(**ok(), key=key)


@router.post(
    "/keys/{appkey}/rotate",
    operation_id="admin-keys-rotate",
    response_model=AdminKeysRotateResponse,
)
async def rotate_key(
    appkey: AppKey,
    admin: CurrentAdmin,
    conn: Conn,
    request: Request,
    response: Response,
    body: Annotated[AdminKeysRotateRequest | None, Body()] = None,
) -> AdminKeysRotateResponse:
    grace_hours = (body or AdminKeysRotateRequest()).grace_hours
    async with conn.transaction():
        await admin_keys.lock_changeable_key(conn, appkey=appkey)
        issued = await keys.rotate_key(
            conn,
            pepper=request.app.state.pepper,
            appkey=appkey,
            grace=timedelta(hours=grace_hours),
        )
        key = await admin_keys.get_key(conn, appkey=appkey)
        await audit_change(
            conn,
            request,
            admin,
            action="key.rotate",
            target_type="key",
            target_id=appkey,
            detail={
                "grace_hours": grace_hours,
                "previous_valid_until": key["previous_valid_until"],
            },
        )
    response.headers.update(NO_STORE)
    return AdminKeysRotateResponse(**ok(), appkey=appkey, secretkey=issued.secretkey, key=key)


@router.post(
    "/keys/{appkey}/revoke",
    operation_id="admin-keys-revoke",
    response_model=AdminKeysRevokeResponse,
)
async def revoke_key(
    appkey: AppKey, admin: CurrentAdmin, conn: Conn, request: Request
) -> AdminKeysRevokeResponse:
    async with conn.transaction():
        revoked_tokens = await admin_keys.revoke_key(conn, appkey=appkey)
        if revoked_tokens is not None:  # None: already revoked before, nothing changed
            await audit_change(
                conn,
                request,
                admin,
                action="key.revoke",
                target_type="key",
                target_id=appkey,
                detail={"revoked_tokens": revoked_tokens},
            )
        key = await admin_keys.get_key(conn, appkey=appkey)
    # The revoked tokens stop working in this process now, not after the cache expires.
    forget_cached_tokens(request)
    return AdminKeysRevokeResponse(**ok(), key=key)


def _key_changes(body: AdminKeysUpdateRequest) -> dict[str, Any]:
    """The sent fields, with expires_at as the instant it means (None: never expires)."""
    changes = sent_fields(body, nullable=("expires_at",))
    if "expires_at" in changes:
        changes["expires_at"] = end_of_day_kst("expires_at", changes["expires_at"])
    return changes


def _audit_detail(changes: dict[str, Any]) -> dict[str, Any]:
    detail = dict(changes)
    if "expires_at" in detail:
        detail["expires_at"] = kst_iso(detail["expires_at"])
    return detail
