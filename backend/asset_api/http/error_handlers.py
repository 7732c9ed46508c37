"""The handlers that turn every failure into the envelope: our AppErrors, FastAPI's validation
errors, Starlette's HTTP errors (404, 405 with every allowed method in Allow, unparseable
bodies), a client that hung up (recorded as 499, answered to nobody), an unreachable database
(9001) and text PostgreSQL cannot store (1501)."""

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.routing import Match

from asset_api.db.pool import DATABASE_DOWN_ERRORS, UNSTORABLE_INPUT_ERRORS
from asset_api.errors import (
    UNSTORABLE_INPUT_DETAIL,
    AppError,
    ClientGone,
    InvalidRequest,
    NotFound,
    ServiceUnavailable,
    echo,
)
from asset_api.http.envelope import error_response
from asset_api.http.request_state import state_of
from asset_api.http.validation import describe_validation_errors
from asset_api.settings import Settings

log = logging.getLogger(__name__)

# The methods the API's routes may use, in the order Allow lists them.
SERVED_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def render(request: Request, error: AppError):
    """The envelope of `error`, recorded as the request's outcome."""
    state = state_of(request.scope)
    state.refused(error)
    return error_response(error, state.request_id)


def install_error_handlers(app: FastAPI, settings: Settings) -> None:
    @app.exception_handler(AppError)
    async def on_app_error(request: Request, exc: AppError):
        return render(request, exc)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError):
        return render(request, InvalidRequest(describe_validation_errors(exc.errors())))

    @app.exception_handler(ClientDisconnect)
    async def on_client_gone(request: Request, exc: ClientDisconnect):
        log.info("client hung up during %s %r", request.method, echo(request.url.path))
        return render(request, ClientGone("요청을 다 보내기 전에 연결이 끊겼습니다"))

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException):
        path = echo(request.url.path)
        if exc.status_code == 405:
            error = NotFound(f"{request.method} {path}는 지원하지 않는 메서드입니다")
            response = render(request, error)
            response.status_code = 405
            response.headers["Allow"] = ", ".join(_allowed_methods(request))  # RFC 9110 §15.5.6
            return response
        if exc.status_code == 404:
            return render(request, NotFound(f"경로 {path}"))
        # FastAPI turns whatever stopped it reading a JSON body into this 400: our own refusal
        # (a chunked body past the limit) or a hang-up is answered as itself.
        if isinstance(exc.__cause__, ClientDisconnect):
            return await on_client_gone(request, exc.__cause__)
        if isinstance(exc.__cause__, AppError):
            return render(request, exc.__cause__)
        if exc.status_code == 400:
            # FastAPI's "There was an error parsing the body": json.loads itself gave up (an
            # integer of thousands of digits, nesting past the recursion limit).
            reason = describe_validation_errors([{"type": "json_invalid"}])
            return render(request, InvalidRequest(reason))
        return render(request, InvalidRequest(str(exc.detail)))

    async def on_database_down(request: Request, exc: Exception):
        log.warning("database unreachable: %s: %s", type(exc).__name__, exc)
        return render(request, ServiceUnavailable(settings.retry_after_seconds))

    for error_type in DATABASE_DOWN_ERRORS:
        app.add_exception_handler(error_type, on_database_down)

    async def on_unstorable_input(request: Request, exc: Exception):
        # A NUL character or a lone surrogate in a string field gets past validation but not
        # PostgreSQL.
        log.info("input refused by the database: %s", type(exc).__name__)
        return render(request, InvalidRequest(UNSTORABLE_INPUT_DETAIL))

    for error_type in UNSTORABLE_INPUT_ERRORS:
        app.add_exception_handler(error_type, on_unstorable_input)


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at the request's path (Starlette's own Allow names only
    the first route that matched the path, such as GET /users without POST /users)."""
    routes = request.app.router.routes
    return [
        method
        for method in SERVED_METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] == Match.FULL for route in routes
        )  # fmt: skip
    ]
