"""The signed-in admin's own account: admin-me, admin-me-mfa, admin-me-mfa-confirm,
admin-me-password."""

from fastapi import APIRouter, Request, Response

from asset_api.admin import access, admins, mfa, sessions
from asset_api.admin.deps import PREFIX, TAGS, AdminActor, CurrentAdmin, session_of
from asset_api.admin.korea_time import kst_iso
from asset_api.http.deps import AppSettings, Conn
from asset_api.http.envelope import NO_STORE, ok
from asset_api.http.validation import check_storable_text
from asset_api.models.admin import (
    AdminMeMfaConfirmRequest,
    AdminMeMfaConfirmResponse,
    AdminMeMfaResponse,
    AdminMePasswordRequest,
    AdminMePasswordResponse,
    AdminMeResponse,
)

router = APIRouter(prefix=PREFIX, tags=TAGS)


@router.get("/me", operation_id="admin-me", response_model=AdminMeResponse)
async def get_me(
    admin: CurrentAdmin, conn: Conn, settings: AppSettings, request: Request
) -> AdminMeResponse:
    pepper = request.app.state.pepper
    expires_at = await sessions.session_expiry(conn, pepper=pepper, session=session_of(request))
    return AdminMeResponse(
        **ok(),
        username=admin.username,
        role=admin.role,
        mfa_enabled=admin.mfa_enabled,
        recovery_codes_left=await mfa.recovery_codes_left(conn, admin.id),
        setup_required=access.setup_required(admin, mfa_required=settings.admin_mfa_required),
        expires_at=kst_iso(expires_at),
        idle_timeout=settings.admin_session_idle_seconds,
    )


@router.post("/me/mfa", operation_id="admin-me-mfa", response_model=AdminMeMfaResponse)
async def start_mfa_enrolment(
    actor: AdminActor, conn: Conn, request: Request, response: Response
) -> AdminMeMfaResponse:
    enrolment = await mfa.start_enrolment(
        conn,
        actor=actor,
        pepper=request.app.state.pepper,
        admin_id=actor.admin_id,
        username=actor.username,
    )
    response.headers.update(NO_STORE)  # the secret itself
    return AdminMeMfaResponse(
        **ok(),
        secret=enrolment.secret,
        otpauth_uri=enrolment.otpauth_uri,
        qr_svg=enrolment.qr_svg,
    )


@router.post(
    "/me/mfa/confirm",
    operation_id="admin-me-mfa-confirm",
    response_model=AdminMeMfaConfirmResponse,
)
async def confirm_mfa_enrolment(
    body: AdminMeMfaConfirmRequest,
    actor: AdminActor,
    conn: Conn,
    request: Request,
    response: Response,
) -> AdminMeMfaConfirmResponse:
    codes = await mfa.confirm_enrolment(
        conn, actor=actor, pepper=request.app.state.pepper, admin_id=actor.admin_id, code=body.code
    )
    response.headers.update(NO_STORE)  # the recovery codes, shown once
    return AdminMeMfaConfirmResponse(**ok(), recovery_codes=codes)


@router.post(
    "/me/password", operation_id="admin-me-password", response_model=AdminMePasswordResponse
)
async def change_own_password(
    body: AdminMePasswordRequest, actor: AdminActor, conn: Conn, request: Request
) -> AdminMePasswordResponse:
    check_storable_text(body)
    ended = await admins.change_password(
        conn,
        actor=actor,
        admin_id=actor.admin_id,
        current_password=body.current_password,
        new_password=body.new_password,
        keep_session_hash=sessions.session_hash(request.app.state.pepper, session_of(request)),
    )
    return AdminMePasswordResponse(**ok(), sessions_ended=ended)
