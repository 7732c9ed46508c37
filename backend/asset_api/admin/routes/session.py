"""Admin sessions: admin-login, admin-login-mfa, admin-logout, admin-logout-all."""

from fastapi import APIRouter, Request, Response

from asset_api.admin import sessions
from asset_api.admin.deps import PREFIX, TAGS, AdminActor, session_of, session_policy
from asset_api.admin.korea_time import kst_iso
from asset_api.http.client_address import client_ip
from asset_api.http.deps import AppSettings, Conn
from asset_api.http.envelope import NO_STORE, ok
from asset_api.http.request_state import state_of
from asset_api.http.validation import check_storable_text
from asset_api.models.admin import (
    AdminLoginMfaRequest,
    AdminLoginMfaResponse,
    AdminLoginRequest,
    AdminLoginResponse,
    AdminLogoutAllResponse,
    AdminLogoutResponse,
)
from asset_api.settings import Settings

router = APIRouter(prefix=PREFIX, tags=TAGS)


# Without a second factor the answer holds the session; with one, only the mfa_token: the
# fields an answer does not have are left out rather than sent as null.
@router.post(
    "/login",
    operation_id="admin-login",
    response_model=AdminLoginResponse,
    response_model_exclude_unset=True,
)
async def login_admin(
    body: AdminLoginRequest,
    conn: Conn,
    settings: AppSettings,
    request: Request,
    response: Response,
) -> AdminLoginResponse:
    check_storable_text(body)
    outcome = await sessions.login(
        conn,
        pepper=request.app.state.pepper,
        policy=session_policy(settings),
        username=body.username,
        password=body.password,
        client_ip=client_ip(request),
        request_id=state_of(request.scope).request_id,
    )
    response.headers.update(NO_STORE)  # the body holds a bearer session or an mfa_token
    if isinstance(outcome, sessions.CodeNeeded):
        return AdminLoginResponse(
            **ok(), mfa_required=True, mfa_token=outcome.mfa_token, username=outcome.username
        )
    return AdminLoginResponse(**ok(), mfa_required=False, **_session_fields(outcome, settings))


@router.post("/login/mfa", operation_id="admin-login-mfa", response_model=AdminLoginMfaResponse)
async def login_admin_with_code(
    body: AdminLoginMfaRequest,
    conn: Conn,
    settings: AppSettings,
    request: Request,
    response: Response,
) -> AdminLoginMfaResponse:
    check_storable_text(body)
    logged_in = await sessions.login_with_code(
        conn,
        pepper=request.app.state.pepper,
        policy=session_policy(settings),
        mfa_token=body.mfa_token,
        code=body.code,
        client_ip=client_ip(request),
        request_id=state_of(request.scope).request_id,
    )
    response.headers.update(NO_STORE)
    return AdminLoginMfaResponse(
        **ok(),
        **_session_fields(logged_in, settings),
        recovery_codes_left=logged_in.recovery_codes_left,
    )


def _session_fields(logged_in: sessions.LoggedIn, settings: Settings) -> dict:
    return {
        "session": logged_in.session,
        "expires_at": kst_iso(logged_in.expires_at),
        "idle_timeout": settings.admin_session_idle_seconds,
        "username": logged_in.admin.username,
        "role": logged_in.admin.role,
    }


@router.post("/logout", operation_id="admin-logout", response_model=AdminLogoutResponse)
async def logout_admin(actor: AdminActor, conn: Conn, request: Request) -> AdminLogoutResponse:
    # The session the AdminActor dependency has just accepted.
    await sessions.logout(
        conn, pepper=request.app.state.pepper, session=session_of(request), actor=actor
    )
    return AdminLogoutResponse(**ok())


@router.post("/logout-all", operation_id="admin-logout-all", response_model=AdminLogoutAllResponse)
async def logout_admin_everywhere(actor: AdminActor, conn: Conn) -> AdminLogoutAllResponse:
    ended = await sessions.logout_everywhere(conn, actor=actor)
    return AdminLogoutAllResponse(**ok(), sessions_ended=ended)
