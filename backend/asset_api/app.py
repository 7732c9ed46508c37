"""The app factory: lifespan (pool, migrations, background work), middleware, error handlers,
and the routers of every domain."""

import logging
from collections.abc import Mapping
from contextlib import asynccontextmanager
from functools import partial
from importlib import resources

from fastapi import FastAPI, Request, Response

from asset_api import metrics
from asset_api.admin import sessions as admin_sessions
from asset_api.admin.deps import PREFIX as ADMIN_PREFIX
from asset_api.admin.routes import accounts as admin_accounts
from asset_api.admin.routes import admins as admin_admins
from asset_api.admin.routes import audit as admin_audit
from asset_api.admin.routes import dashboard as admin_dashboard
from asset_api.admin.routes import keys as admin_keys
from asset_api.admin.routes import me as admin_me
from asset_api.admin.routes import requests as admin_requests
from asset_api.admin.routes import session as admin_session
from asset_api.admin.routes import users as admin_users
from asset_api.auth import rate_limit, tokens
from asset_api.auth.approvals import delete_expired_approvals
from asset_api.auth.rate_limit import RateLimiter
from asset_api.auth.routes import broker, oauth2
from asset_api.auth.token_cache import TokenCache
from asset_api.data import routes as data
from asset_api.db.migrate import migrate
from asset_api.db.pool import DATABASE_DOWN_ERRORS, create_pool
from asset_api.db.replicas import ReplicaSet, create_replica_set
from asset_api.db.url import resolve_database_url
from asset_api.housekeeping import Housekeeper, Job
from asset_api.http import request_log
from asset_api.http.cors import PathScopedCORS
from asset_api.http.deprecation import DeprecationHeaders
from asset_api.http.error_handlers import install_error_handlers
from asset_api.http.hot_routes import HotRoutes
from asset_api.http.middleware import RequestContextMiddleware
from asset_api.http.request_log import UsageRecorder
from asset_api.models.deprecations import DEPRECATIONS
from asset_api.realtime import routes as realtime
from asset_api.realtime.feed import Feed
from asset_api.realtime.registry import delete_stale_processes
from asset_api.realtime.retention import delete_expired_events
from asset_api.settings import Settings, get_settings
from asset_api.system import routes as system

log = logging.getLogger(__name__)

# The order FastAPI tries them in: the health checks first, then the hot data routes.
ROUTERS = [
    system.router,
    data.router,
    broker.router,
    oauth2.router,
    admin_session.router,
    admin_me.router,
    admin_users.router,
    admin_keys.router,
    admin_dashboard.router,
    admin_audit.router,
    admin_requests.router,
    admin_accounts.router,
    admin_admins.router,
    realtime.router,
]

NO_NATIVE_TELEMETRY = {"tracing": False, "metrics": False, "logs": False, "operation_spans": False}


def housekeeping(settings: Settings) -> list[Job]:
    """The periodic jobs of every process (housekeeping.py), with their settings."""
    return [
        # Past rate windows are few and harmless: a DELETE every second would be a write for
        # nothing.
        Job("rate windows", 30, rate_limit.prune_windows),
        # Also at start: a process that was down for a week still finds today's partition.
        Job(
            "request log partitions",
            3600,
            partial(request_log.keep_partitions, days=settings.request_log_days),
            at_start=True,
        ),
        Job(
            "expired tokens",
            3600,
            partial(tokens.delete_expired, days_after=settings.token_retention_days),
        ),
        Job("ended admin sessions", 3600, admin_sessions.prune_ended),
        Job("approval keys", 3600, delete_expired_approvals),
        Job("realtime processes", 60, delete_stale_processes),
        Job(
            "realtime events",
            60,
            partial(delete_expired_events, retention_days=settings.realtime_retention_days),
        ),
    ]


def create_app(
    settings: Settings | None = None,
    *,
    database_url: str | None = None,
    deprecations: Mapping[str, tuple[str, str]] = DEPRECATIONS,
) -> FastAPI:
    """`deprecations`: operation id -> (since, sunset), the specs' `deprecated:` as `make gen`
    wrote them (a test passes those of a spec set of its own)."""
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
        app.state.pool = pool
        app.state.replicas = await create_replica_set(pool, settings)
        recorder.pool = pool
        recorder.start()
        housekeeper.start()
        await feed.start(dsn)
        sampler = metrics.Sampler(lambda: _sample_gauges(app))
        metrics.process_started()
        sampler.start()
        try:
            yield
        finally:
            await sampler.stop()
            await feed.stop()
            await housekeeper.stop()
            await recorder.stop()
            await app.state.replicas.close()
            await pool.close()
            metrics.process_stopping(settings.prometheus_multiproc_dir)

    app = FastAPI(
        title="Asset-API",
        lifespan=lifespan,
        # The reference site and the generated openapi.json are the docs; no Swagger UI.
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        # Prometheus (metrics.py) is how this service is watched; FastAPI's own OpenTelemetry
        # hooks would otherwise look for a configured provider on every request.
        telemetry=NO_NATIVE_TELEMETRY,
    )
    app.state.settings = settings
    app.state.pepper = settings.pepper_bytes()
    app.state.token_cache = TokenCache(settings.token_cache_seconds)
    app.state.rate_limiter = RateLimiter(
        lambda: app.state.pool, acquire_timeout=settings.db_connect_timeout
    )
    recorder = UsageRecorder(pool=None)
    app.state.recorder = recorder
    housekeeper = Housekeeper(lambda: app.state.pool, housekeeping(settings))
    app.router.routes.append(HotRoutes(data.HOT_ROUTES + broker.HOT_ROUTES))
    feed = Feed(settings, app.state.pepper, lambda: app.state.pool)
    app.state.realtime = feed
    for router in ROUTERS:
        app.include_router(router)
    for document in ("openapi.json", "asyncapi.json"):
        app.add_route(f"/{document}", _generated_document(document), include_in_schema=False)
    install_error_handlers(app, settings)
    if deprecations:  # no layer at all while nothing is deprecated
        app.add_middleware(DeprecationHeaders, deprecations=deprecations)
    app.add_middleware(
        PathScopedCORS,
        private_prefix=ADMIN_PREFIX,
        private_origins=settings.cors_origins,
        public_origins=[*settings.cors_origins, *settings.docs_origins],
        allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE"],
        allow_headers=["authorization", "content-type", "cont-yn", "next-key"],
        expose_headers=[
            "x-request-id",
            "cont-yn",
            "next-key",
            "retry-after",
            "ratelimit-policy",
            "ratelimit",
            "deprecation",
            "sunset",
        ],
    )
    app.add_middleware(
        RequestContextMiddleware,
        max_body_bytes=settings.max_body_bytes,
        recorder=recorder,
        log_format=settings.log_format,
        trusted_proxies=settings.trusted_proxies,
    )
    return app


def _sample_gauges(app: FastAPI) -> None:
    """This process's pools, usage queue and realtime connections, into the families GET
    /metrics adds up."""
    pools = [("primary", app.state.pool)]
    replicas: ReplicaSet = app.state.replicas
    pools += [(replica.name, replica.pool) for replica in replicas.replicas]
    for database, pool in pools:
        in_use, idle, waiting = pool.usage()
        metrics.set_pool_state(database, in_use=in_use, idle=idle, waiting=waiting)
    metrics.set_usage_queue(len(app.state.recorder.pending))
    hub = app.state.realtime.hub
    metrics.set_realtime_state(
        connections=len(hub.connections), events_delivered=hub.events_delivered
    )


def _generated_document(name: str):
    """GET /openapi.json and /asyncapi.json: the documents `make gen` wrote from api-spec/,
    read once."""
    body = (resources.files("asset_api.models") / name).read_bytes()

    async def generated_document(request: Request) -> Response:
        return Response(body, media_type="application/json")

    return generated_document
