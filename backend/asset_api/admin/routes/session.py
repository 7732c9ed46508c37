"""Admin sessions: admin-login, admin-logout, admin-me."""

from fastapi import APIRouter, Request, Response

from asset_api.admin import sessions
from asset_api.admin.deps import PREFIX, TAGS, AdminActor, CurrentAdmin, session_of
from asset_api.admin.korea_time import kst_iso
from asset_api.http.client_address import client_ip
from asset_api.http.deps import Conn
from asset_api.http.envelope import NO_STORE, ok
from asset_api.http.request_state import state_of
from asset_api.http.validation import check_storable_text
from asset_api.models.admin import (
    AdminLoginRequest,
    AdminLoginResponse,
    AdminLogoutResponse,
    AdminMeResponse,
)

router = APIRouter(prefix=PREFIX, tags=TAGS)


@router.post("/login", operation_id="admin-login", response_model=AdminLoginResponse)
async def login_admin(
    body: AdminLoginRequest, conn: Conn, request: Request, response: Response
) -> AdminLoginResponse:
    check_storable_text(body)
    logged_in = await sessions.login(
        conn,
        pepper=request.app.state.pepper,
        username=body.username,
        password=body.password,
        client_ip=client_ip(request),
        request_id=state_of(request.scope).request_id,
    )
    response.headers.update(NO_STORE)  # the body holds a bearer session
    return AdminLoginResponse(
        **ok(),
        session=logged_in.session,
        expires_at=kst_iso(logged_in.expires_at),
        username=logged_in.admin.username,
    )


@router.post("/logout", operation_id="admin-logout", response_model=AdminLogoutResponse)
async def logout_admin(actor: AdminActor, conn: Conn, request: Request) -> AdminLogoutResponse:
    # The session the AdminActor dependency has just accepted.
    await sessions.logout(
        conn, pepper=request.app.state.pepper, session=session_of(request), actor=actor
    )
    return AdminLogoutResponse(**ok())


@router.get("/me", operation_id="admin-me", response_model=AdminMeResponse)
async def get_me(admin: CurrentAdmin) -> AdminMeResponse:
    return AdminMeResponse(**ok(), username=admin.username)
