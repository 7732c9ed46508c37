"""What the admin routers share: path parameters, the success envelope, audited changes."""

from typing import Annotated, Any

import asyncpg
from fastapi import Path, Request
from pydantic import BaseModel

from asset_api.errors import SUCCESS_CODE, SUCCESS_MSG, InvalidRequest
from asset_api.services import admins
from asset_api.services.admin_common import Page
from asset_api.services.client_auth import client_ip

PREFIX = "/admin/v1"
TAGS = ["admin"]

# The path parameters as the specs define them; a malformed one is 1501 naming it.
UserId = Annotated[int, Path(ge=1, le=2_147_483_647)]
AppKey = Annotated[str, Path(pattern="^[0-9A-Za-z]{36}$")]
RequestId = Annotated[str, Path(pattern="^[0-9a-fA-F-]{36}$")]

# A response that carries a secretkey must not be kept by any cache on the way.


def ok() -> dict[str, Any]:
    return {"return_code": SUCCESS_CODE, "return_msg": SUCCESS_MSG}


def page_of(query: Any) -> Page:
    return Page(number=query.page, size=query.size)


def sent_fields(body: BaseModel, *, nullable: tuple[str, ...] = ()) -> dict[str, Any]:
    """The fields the client actually sent, so that PATCH changes only those.

    A null is a value only for the `nullable` fields (email, expires_at: "none"); for any
    other field it is refused rather than silently ignored.
    """
    changes = {name: getattr(body, name) for name in body.model_fields_set}
    for name, value in changes.items():
        if value is None and name not in nullable:
            raise InvalidRequest(f"{name}: null일 수 없습니다")
    return changes


async def audit_change(
    conn: asyncpg.Connection,
    request: Request,
    admin: admins.Admin,
    *,
    action: str,
    target_type: str,
    target_id: str | int,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append to the audit log; call it inside the transaction of the change it records."""
    await admins.audit(
        conn,
        admin=admin,
        action=action,
        target_type=target_type,
        target_id=target_id,
        detail=detail,
        client_ip=client_ip(request),
        request_id=request.scope.get("state", {}).get("request_id"),
    )


def forget_cached_tokens(request: Request) -> None:
    """Make a key or user change reach the bearer check of this process at once.

    Other processes see it when their cache entries expire (token_cache_seconds). Call it
    after the change is committed, so no request can cache the old state in between.
    """
    request.app.state.token_cache.entries.clear()
