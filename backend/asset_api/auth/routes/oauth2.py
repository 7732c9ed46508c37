"""The standard dialect: OAuth 2.0 client credentials (RFC 6749 §4.4), revocation (RFC 7009)
and introspection (RFC 7662), so off-the-shelf OAuth clients work unchanged.

Errors here are RFC 6749 §5.2 bodies (`error`, `error_description`), not the envelope,
because that is what OAuth client libraries parse; `return_code` rides along for our logs.
"""

import base64
import binascii
from urllib.parse import unquote_plus

import asyncpg
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from asset_api.auth.deps import authenticate_client
from asset_api.auth.keys import AuthenticatedKey
from asset_api.auth.tokens import introspect_token, issue_token, revoke_token
from asset_api.db.pool import DATABASE_DOWN_ERRORS, UNSTORABLE_INPUT_ERRORS
from asset_api.errors import (
    UNSTORABLE_INPUT_DETAIL,
    AppError,
    AppKeyDisabled,
    AppKeyExpired,
    InvalidAppKey,
    InvalidRequest,
    IpNotAllowed,
    RateLimited,
    ServiceUnavailable,
)
from asset_api.http.client_address import client_ip
from asset_api.http.deps import AppSettings
from asset_api.http.envelope import NO_STORE
from asset_api.http.request_state import state_of
from asset_api.http.validation import describe_validation_errors
from asset_api.models.oauth2 import (
    Oauth2IntrospectRequest,
    Oauth2RevokeRequest,
    Oauth2TokenRequest,
)

router = APIRouter(prefix="/oauth2", tags=["oauth2"])

BASIC_CHALLENGE = {"WWW-Authenticate": 'Basic realm="asset-api"'}
# Every refusal of the client's credentials or key state is `invalid_client` in OAuth terms.
CLIENT_REFUSALS = (InvalidAppKey, AppKeyDisabled, AppKeyExpired, IpNotAllowed)


class OAuthError(Exception):
    def __init__(self, status: int, error: str, description: str, return_code: int, headers=None):
        self.status, self.error, self.description = status, error, description
        self.return_code, self.headers = return_code, headers or {}


@router.post("/token", operation_id="oauth2-token")
async def oauth2_token(request: Request, settings: AppSettings):
    async def issue(form: dict[str, str], conn: asyncpg.Connection):
        # RFC 6749 §5.2: another grant type is unsupported_grant_type, not invalid_request.
        if form.get("grant_type", "client_credentials") != "client_credentials":
            raise OAuthError(400, "unsupported_grant_type", "client_credentials만 지원합니다", 1501)
        _parse(Oauth2TokenRequest, form)
        key = await _authenticate_client(request, conn, form)
        issued = await issue_token(
            conn,
            pepper=request.app.state.pepper,
            key_id=key.key_id,
            dialect="oauth2",
            lifetime=settings.token_lifetime,
            client_ip=client_ip(request),
        )
        body = {
            "access_token": issued.token,
            "token_type": "Bearer",
            "expires_in": issued.expires_in(),
            "expires_dt": issued.expires_dt,
            "scope": " ".join(key.scopes),
        }
        return JSONResponse(body, headers=NO_STORE)

    return await _oauth_endpoint(request, issue)


@router.post("/revoke", operation_id="oauth2-revoke")
async def oauth2_revoke(request: Request):
    async def revoke(form: dict[str, str], conn: asyncpg.Connection):
        params = _parse(Oauth2RevokeRequest, form)
        key = await _authenticate_client(request, conn, form)
        await revoke_token(
            conn,
            pepper=request.app.state.pepper,
            key_id=key.key_id,
            token=params.token,
            cache=request.app.state.token_cache,
        )
        return JSONResponse({}, headers=NO_STORE)

    return await _oauth_endpoint(request, revoke)


@router.post("/introspect", operation_id="oauth2-introspect")
async def oauth2_introspect(request: Request):
    async def introspect(form: dict[str, str], conn: asyncpg.Connection):
        params = _parse(Oauth2IntrospectRequest, form)
        key = await _authenticate_client(request, conn, form)
        row = await introspect_token(
            conn, pepper=request.app.state.pepper, key_id=key.key_id, token=params.token
        )
        if row is None:
            return JSONResponse({"active": False}, headers=NO_STORE)
        body = {
            "active": True,
            "client_id": row["appkey"],
            "token_type": "Bearer",
            "scope": " ".join(row["scopes"]),
            "exp": int(row["expires_at"].timestamp()),
            "iat": int(row["issued_at"].timestamp()),
        }
        return JSONResponse(body, headers=NO_STORE)

    return await _oauth_endpoint(request, introspect)


async def _oauth_endpoint(request: Request, handler):
    """Runs `handler(form, conn)` and renders every failure as an RFC 6749 §5.2 error.

    The connection is taken here rather than through a dependency, so that a database outage
    is an OAuth `temporarily_unavailable` too, not the broker dialect's envelope.
    """
    settings = request.app.state.settings
    try:
        form = await _read_form(request)
        async with request.app.state.pool.acquire(timeout=settings.db_connect_timeout) as conn:
            return await handler(form, conn)
    except OAuthError as exc:
        failure = exc
    except AppError as exc:
        failure = _as_oauth_error(exc)
    except DATABASE_DOWN_ERRORS:
        failure = _as_oauth_error(ServiceUnavailable(settings.retry_after_seconds))
    except UNSTORABLE_INPUT_ERRORS:  # a NUL in client_id, say: PostgreSQL refuses it
        failure = _as_oauth_error(InvalidRequest(UNSTORABLE_INPUT_DETAIL))
    state = state_of(request.scope)
    state.return_code, state.return_msg = failure.return_code, failure.description
    body = {
        "error": failure.error,
        "error_description": failure.description,
        "return_code": failure.return_code,
        "request_id": state.request_id,
    }
    return JSONResponse(body, status_code=failure.status, headers={**failure.headers, **NO_STORE})


def _as_oauth_error(exc: AppError) -> OAuthError:
    if isinstance(exc, CLIENT_REFUSALS):
        return OAuthError(401, "invalid_client", exc.return_msg, exc.return_code, BASIC_CHALLENGE)
    if isinstance(exc, RateLimited):
        return OAuthError(429, "slow_down", exc.return_msg, exc.return_code, exc.headers)
    if isinstance(exc, InvalidRequest):  # 400, or 413 for a body past the limit
        return OAuthError(exc.http_status, "invalid_request", exc.return_msg, exc.return_code)
    if isinstance(exc, ServiceUnavailable):
        return OAuthError(
            503, "temporarily_unavailable", exc.return_msg, exc.return_code, exc.headers
        )
    return OAuthError(500, "server_error", exc.return_msg, exc.return_code)


async def _read_form(request: Request) -> dict[str, str]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        raise OAuthError(
            400,
            "invalid_request",
            "content-type은 application/x-www-form-urlencoded여야 합니다",
            1501,
        )
    form = await request.form()
    fields: dict[str, str] = {}
    for name, value in form.multi_items():
        if name in fields:  # RFC 6749 §3.2: parameters must not be repeated
            raise OAuthError(400, "invalid_request", f"{name}: 중복된 항목입니다", 1501)
        fields[name] = str(value)
    return fields


def _parse(model, form: dict[str, str]):
    # Client credentials are checked separately (they may come in the Basic header).
    params = {k: v for k, v in form.items() if k not in ("client_id", "client_secret")}
    try:
        return model.model_validate(params)
    except ValidationError as exc:
        raise OAuthError(
            400, "invalid_request", describe_validation_errors(exc.errors()), 1501
        ) from None


async def _authenticate_client(request: Request, conn, form: dict[str, str]) -> AuthenticatedKey:
    """HTTP Basic (RFC 6749 §2.3.1) or client_id/client_secret in the body, not both."""
    basic = _basic_credentials(request)
    in_body = "client_id" in form or "client_secret" in form
    if basic and in_body:
        raise OAuthError(400, "invalid_request", "클라이언트 인증은 한 가지 방법만 쓰십시오", 1501)
    client_id, client_secret = basic or (form.get("client_id", ""), form.get("client_secret", ""))
    if not client_id or not client_secret:
        raise OAuthError(
            401, "invalid_client", "클라이언트 인증 정보가 없습니다", 1001, BASIC_CHALLENGE
        )
    return await authenticate_client(conn, request, appkey=client_id, secretkey=client_secret)


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise OAuthError(
            401, "invalid_client", "Basic 인증 헤더를 해석할 수 없습니다", 1001, BASIC_CHALLENGE
        ) from None
    client_id, _, client_secret = decoded.partition(":")
    # RFC 6749 §2.3.1: both parts are form-urlencoded before Basic encoding.
    return unquote_plus(client_id), unquote_plus(client_secret)
