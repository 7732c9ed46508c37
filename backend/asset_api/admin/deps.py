"""What the admin routers share: the admin behind the session (who may call this operation:
the role its spec names, and setup first), the actor of a change, path parameters, pages and
partial updates."""

from typing import Annotated, Any

from fastapi import Depends, Path, Request
from pydantic import BaseModel

from asset_api.admin.access import check_access
from asset_api.admin.admins import Admin
from asset_api.admin.audit import Actor
from asset_api.admin.paging import Page
from asset_api.admin.sessions import SessionPolicy, admin_for_session
from asset_api.errors import AdminSessionRequired
from asset_api.http.client_address import client_ip
from asset_api.http.deps import Conn
from asset_api.http.request_state import state_of
from asset_api.settings import Settings

PREFIX = "/admin/v1"
TAGS = ["admin"]
MAX_SESSION_LENGTH = 200

# The path parameters as the specs define them; a malformed one is 1501 naming it.
UserId = Annotated[int, Path(ge=1, le=2_147_483_647)]
AdminId = Annotated[int, Path(ge=1, le=2_147_483_647)]
AppKey = Annotated[str, Path(pattern="^[0-9A-Za-z]{36}$")]
UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
RequestId = Annotated[str, Path(pattern=UUID_PATTERN)]


def session_of(request: Request) -> str | None:
    """The SPA's bearer session (never a cookie: no CSRF surface), if one is sent."""
    scheme, _, session = request.headers.get("authorization", "").partition(" ")
    session = session.strip()
    if scheme.lower() != "bearer" or not 0 < len(session) <= MAX_SESSION_LENGTH:
        return None
    return session


async def current_admin(request: Request, conn: Conn) -> Admin:
    """The admin behind the session, if they may call this route's operation now: 8002
    without a live session, 8010 beyond their role or before their setup is done."""
    settings = request.app.state.settings
    session = session_of(request)
    admin = None
    if session is not None:
        admin = await admin_for_session(
            conn,
            pepper=request.app.state.pepper,
            session=session,
            idle=settings.admin_session_idle,
        )
    if admin is None:
        raise AdminSessionRequired(headers={"WWW-Authenticate": 'Bearer realm="asset-api-admin"'})
    route = request.scope.get("route")
    operation = getattr(route, "operation_id", None)
    check_access(admin, operation, mfa_required=settings.admin_mfa_required)
    return admin


CurrentAdmin = Annotated[Admin, Depends(current_admin)]


async def current_actor(admin: CurrentAdmin, request: Request) -> Actor:
    """The admin as the author of an audited change, with the request it came in."""
    return Actor(admin.id, admin.username, client_ip(request), state_of(request.scope).request_id)


AdminActor = Annotated[Actor, Depends(current_actor)]


def session_policy(settings: Settings) -> SessionPolicy:
    return SessionPolicy(settings.admin_session_lifetime, settings.admin_session_idle)


def page_of(query: Any) -> Page:
    return Page(number=query.page, size=query.size)


def sent_fields(body: BaseModel) -> dict[str, Any]:
    """The fields the client actually sent, so that PATCH changes only those. A null arrives
    only for the fields whose spec says `nullable: Y` (email, expires_at: "none"); the models
    refuse it for every other field."""
    return {name: getattr(body, name) for name in body.model_fields_set}
