"""The app factory: lifespan (pool, migrations, recorder), middleware, error handlers, routers."""

import logging
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from starlette.exceptions import HTTPException as StarletteHTTPException

from asset_api.db.migrate import migrate
from asset_api.db.pool import DATABASE_DOWN_ERRORS, UNSTORABLE_INPUT_ERRORS, create_pool
from asset_api.envelope import error_response
from asset_api.errors import (
    UNSTORABLE_INPUT_DETAIL,
    AppError,
    InvalidRequest,
    NotFound,
    ServiceUnavailable,
)
from asset_api.middleware import RequestContextMiddleware
from asset_api.routes import ROUTERS
from asset_api.services.bearer import TokenCache
from asset_api.services.rate_limit import RateLimiter
from asset_api.settings import Settings, get_settings
from asset_api.usage import UsageRecorder
from asset_api.validation import describe_validation_errors

log = logging.getLogger(__name__)


def resolve_database_url(settings: Settings) -> str:
    if settings.database_url:
        return settings.database_url
    from asset_api.db.embedded import embedded_database_url

    return embedded_database_url(settings.data_dir)


def create_app(settings: Settings | None = None, *, database_url: str | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        dsn = database_url or resolve_database_url(settings)
        pool = await create_pool(dsn, settings)
        try:
            async with pool.acquire() as conn:
                await migrate(conn)
        except DATABASE_DOWN_ERRORS as exc:
            log.warning("migrations not applied at start, database unreachable: %s", exc)
        recorder.pool = pool
        recorder.start()
        app.state.pool = pool
        app.state.settings = settings
        try:
            yield
        finally:
            await recorder.stop()
            await pool.close()

    app = FastAPI(
        title="Asset-API",
        lifespan=lifespan,
        # The reference site and the generated openapi.json are the docs; no Swagger UI.
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.settings = settings
    app.state.pepper = settings.pepper_bytes()
    app.state.token_cache = TokenCache(settings.token_cache_seconds)
    app.state.rate_limiter = RateLimiter(
        lambda: app.state.pool, acquire_timeout=settings.db_connect_timeout
    )
    recorder = UsageRecorder(pool=None)
    app.state.recorder = recorder
    for router in ROUTERS:
        app.include_router(router)
    app.add_route("/openapi.json", _openapi_document(), include_in_schema=False)
    _install_error_handlers(app)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE"],
        allow_headers=["authorization", "content-type", "cont-yn", "next-key"],
        expose_headers=["x-request-id", "cont-yn", "next-key", "retry-after"],
    )
    app.add_middleware(
        RequestContextMiddleware, max_body_bytes=settings.max_body_bytes, recorder=recorder
    )
    return app


def _openapi_document():
    """GET /openapi.json: the document `make gen` wrote from api-spec/, read once."""
    body = (resources.files("asset_api.models") / "openapi.json").read_bytes()

    async def openapi_json(request: Request) -> Response:
        return Response(body, media_type="application/json")

    return openapi_json


def _request_id(request: Request) -> str:
    return request.scope.get("state", {}).get("request_id", "")


def _render(request: Request, error: AppError):
    state = request.scope.setdefault("state", {})
    state["return_code"] = error.return_code
    state["return_msg"] = error.return_msg
    return error_response(error, _request_id(request))


def _install_error_handlers(app: FastAPI) -> None:
    settings: Settings = app.state.settings

    @app.exception_handler(AppError)
    async def on_app_error(request: Request, exc: AppError):
        return _render(request, exc)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError):
        return _render(request, InvalidRequest(describe_validation_errors(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 405:
            error = NotFound(f"{request.method} {request.url.path}는 지원하지 않는 메서드입니다")
            response = _render(request, error)
            response.status_code = 405
            return response
        if exc.status_code == 404:
            return _render(request, NotFound(f"경로 {request.url.path}"))
        if exc.status_code == 400:
            # FastAPI's "There was an error parsing the body": json.loads itself gave up (an
            # integer of thousands of digits, nesting past the recursion limit).
            reason = describe_validation_errors([{"type": "json_invalid"}])
            return _render(request, InvalidRequest(reason))
        return _render(request, InvalidRequest(str(exc.detail)))

    async def on_database_down(request: Request, exc: Exception):
        log.warning("database unreachable: %s: %s", type(exc).__name__, exc)
        error = ServiceUnavailable(headers={"Retry-After": str(settings.retry_after_seconds)})
        return _render(request, error)

    for error_type in DATABASE_DOWN_ERRORS:
        app.add_exception_handler(error_type, on_database_down)

    async def on_unstorable_input(request: Request, exc: Exception):
        # A NUL character or a lone surrogate in a string field gets past validation but not
        # PostgreSQL.
        log.info("input refused by the database: %s", type(exc).__name__)
        return _render(request, InvalidRequest(UNSTORABLE_INPUT_DETAIL))

    for error_type in UNSTORABLE_INPUT_ERRORS:
        app.add_exception_handler(error_type, on_unstorable_input)
