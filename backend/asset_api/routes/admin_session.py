"""Admin sessions: POST /admin/v1/login, POST /admin/v1/logout, GET /admin/v1/me."""

from fastapi import APIRouter, Request, Response

from asset_api.deps import Conn, CurrentAdmin
from asset_api.envelope import NO_STORE
from asset_api.errors import AdminLoginFailed
from asset_api.models.admin import (
    AdminLoginRequest,
    AdminLoginResponse,
    AdminLogoutResponse,
    AdminMeResponse,
)
from asset_api.routes.admin_common import PREFIX, TAGS, audit_change, ok
from asset_api.services import admins, throttle
from asset_api.services.admin_common import check_storable_text, kst_iso
from asset_api.services.client_auth import client_ip

router = APIRouter(prefix=PREFIX, tags=TAGS)


@router.post("/login", operation_id="admin-login", response_model=AdminLoginResponse)
async def login_admin(
    body: AdminLoginRequest, conn: Conn, request: Request, response: Response
) -> AdminLoginResponse:
    check_storable_text(body)
    pepper = request.app.state.pepper
    # Guessing passwords is slowed per username and per client IP, as on the token endpoints.
    subjects = _throttle_subjects(body.username, client_ip(request))
    await throttle.refuse_if_blocked(conn, subjects)
    try:
        async with conn.transaction():
            session, expires_at = await admins.login(
                conn,
                pepper=pepper,
                username=body.username,
                password=body.password,
                client_ip=client_ip(request),
            )
            admin = await admins.admin_for_session(conn, pepper=pepper, session=session)
            await audit_change(
                conn, request, admin, action="admin.login", target_type="admin", target_id=admin.id
            )
    except AdminLoginFailed:
        await throttle.record_failure(conn, subjects)
        raise
    await conn.execute(throttle.CLEAR_FAILURES, subjects[0])
    response.headers.update(NO_STORE)  # the body holds a bearer session
    return AdminLoginResponse(
        **ok(), session=session, expires_at=kst_iso(expires_at), username=admin.username
    )


@router.post("/logout", operation_id="admin-logout", response_model=AdminLogoutResponse)
async def logout_admin(admin: CurrentAdmin, conn: Conn, request: Request) -> AdminLogoutResponse:
    async with conn.transaction():
        await admins.logout(conn, pepper=request.app.state.pepper, session=_session(request))
        await audit_change(
            conn, request, admin, action="admin.logout", target_type="admin", target_id=admin.id
        )
    return AdminLogoutResponse(**ok())


@router.get("/me", operation_id="admin-me", response_model=AdminMeResponse)
async def get_me(admin: CurrentAdmin) -> AdminMeResponse:
    return AdminMeResponse(**ok(), username=admin.username)


def _throttle_subjects(username: str, ip: str | None) -> list[str]:
    subjects = [f"admin:{username}"]
    if ip:
        subjects.append(f"ip:{ip}")
    return subjects


def _session(request: Request) -> str:
    """The bearer session the CurrentAdmin dependency has just accepted."""
    return request.headers["authorization"].partition(" ")[2].strip()
