"""The administrators, managed by owners: admin-admins-list, -create, -update, -mfa-reset."""

from fastapi import APIRouter, Response

from asset_api.admin import admins, mfa
from asset_api.admin.deps import PREFIX, TAGS, AdminActor, AdminId, CurrentAdmin
from asset_api.http.deps import AppSettings, Conn
from asset_api.http.envelope import NO_STORE, ok
from asset_api.http.validation import check_storable_text
from asset_api.models.admin import (
    AdminAdminsCreateRequest,
    AdminAdminsCreateResponse,
    AdminAdminsListResponse,
    AdminAdminsMfaResetResponse,
    AdminAdminsUpdateRequest,
    AdminAdminsUpdateResponse,
)

router = APIRouter(prefix=PREFIX, tags=TAGS)


@router.get("/admins", operation_id="admin-admins-list", response_model=AdminAdminsListResponse)
async def list_admins(
    admin: CurrentAdmin, conn: Conn, settings: AppSettings
) -> AdminAdminsListResponse:
    found = await admins.list_admins(conn, idle=settings.admin_session_idle)
    return AdminAdminsListResponse(**ok(), admins=found)


@router.post(
    "/admins",
    operation_id="admin-admins-create",
    response_model=AdminAdminsCreateResponse,
    status_code=201,
)
async def create_admin(
    body: AdminAdminsCreateRequest,
    actor: AdminActor,
    conn: Conn,
    settings: AppSettings,
    response: Response,
) -> AdminAdminsCreateResponse:
    check_storable_text(body)
    password = admins.new_password()
    admin_id = await admins.create_admin(
        conn,
        actor=actor,
        username=body.username,
        password=password,
        role=body.role,
        password_change_required=True,  # the owner has seen it: the new admin replaces it
    )
    response.headers.update(NO_STORE)  # the one-time password
    created = await admins.get_admin(conn, admin_id=admin_id, idle=settings.admin_session_idle)
    return AdminAdminsCreateResponse(**ok(), password=password, admin=created)


@router.patch(
    "/admins/{admin_id}",
    operation_id="admin-admins-update",
    response_model=AdminAdminsUpdateResponse,
)
async def update_admin(
    admin_id: AdminId,
    body: AdminAdminsUpdateRequest,
    actor: AdminActor,
    conn: Conn,
    settings: AppSettings,
) -> AdminAdminsUpdateResponse:
    changed = await admins.update_admin(
        conn,
        actor=actor,
        admin_id=admin_id,
        role=body.role,
        status=body.status,
        idle=settings.admin_session_idle,
    )
    return AdminAdminsUpdateResponse(**ok(), admin=changed)


@router.post(
    "/admins/{admin_id}/mfa-reset",
    operation_id="admin-admins-mfa-reset",
    response_model=AdminAdminsMfaResetResponse,
)
async def reset_admin_mfa(
    admin_id: AdminId, actor: AdminActor, conn: Conn, settings: AppSettings
) -> AdminAdminsMfaResetResponse:
    await mfa.reset_factor(conn, actor=actor, admin_id=admin_id)
    reset = await admins.get_admin(conn, admin_id=admin_id, idle=settings.admin_session_idle)
    return AdminAdminsMfaResetResponse(**ok(), admin=reset)
