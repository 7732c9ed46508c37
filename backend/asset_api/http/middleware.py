"""Pure ASGI middleware (cheaper than BaseHTTPMiddleware on the hot path).

Gives every request an id (`x-request-id`) and its client address (http/client_address.py),
refuses bodies over the limit (413) once a bounded part of them is read and thrown away, writes
one access-log line (text, or JSON with ASSET_API_LOG_FORMAT=json), counts the request in the
metrics and hands a usage record to the recorder.
"""

import logging
import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from asset_api import metrics
from asset_api.errors import BodyTooLarge, InternalError, echo
from asset_api.http import client_address, request_state
from asset_api.http.envelope import error_response
from asset_api.http.log_format import REQUEST_FIELDS

log = logging.getLogger("asset_api.access")


# How much of a body over the limit is read (and thrown away) before the 413: a client that
# sends its whole body before reading the answer (urllib, most scripts) then reads the 413
# instead of finding the connection reset under it. Past this, the connection is closed.
MAX_DISCARD_BYTES = 16 * 1024 * 1024


def rate_limit_headers(limit: int, remaining: int) -> list[tuple[bytes, bytes]]:
    """RateLimit-Policy and RateLimit of draft-ietf-httpapi-ratelimit-headers: `limit`
    requests per one-second window (the windows are whole Unix seconds, so the current one
    ends within the second: t=1)."""
    return [
        (b"ratelimit-policy", b'"key";q=%d;w=1' % limit),
        (b"ratelimit", b'"key";r=%d;t=1' % remaining),
    ]


class RequestContextMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        recorder=None,
        log_format="text",
        trusted_proxies=(),
    ):
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.recorder = recorder
        self._log_line = _json_log_line if log_format == "json" else _text_log_line
        self.trusted_proxies = tuple(trusted_proxies)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            # A websocket is no request to log or limit, but its address counts as much (the
            # realtime handshake checks the key's allowlist against it).
            state = request_state.begin(scope, str(uuid.uuid4()))
            state.client_ip = client_address.resolve(scope, self.trusted_proxies)
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = time.perf_counter()
        request_id = str(uuid.uuid4())
        state = request_state.begin(scope, request_id)
        state.client_ip = client_address.resolve(scope, self.trusted_proxies)
        status_holder = {"status": 500, "started": False}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                status_holder["started"] = True
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                if state.rate_limit is not None:
                    headers += rate_limit_headers(state.rate_limit, state.rate_remaining)
                message = {**message, "headers": headers}
            await send(message)

        declared = self._declared_length(scope)
        if declared > self.max_body_bytes:
            if declared <= MAX_DISCARD_BYTES:
                await _discard_body(receive)
            await self._refuse_large_body(scope, receive, send_with_id, request_id)
        else:
            received = 0

            async def receive_limited() -> Message:
                nonlocal received
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > self.max_body_bytes:
                        if message.get("more_body", False):
                            await _discard_body(receive)
                        raise self._too_large()
                return message

            try:
                await self.app(scope, receive_limited, send_with_id)
            except Exception:
                # The last line of defence: a 9999 envelope, the trace only in the server log.
                log.exception("unhandled error on %s %r id=%s", scope["method"],
                              echo(scope["path"]), request_id)  # fmt: skip
                if status_holder["started"]:
                    raise
                state.refused(InternalError())
                await error_response(InternalError(), request_id)(scope, receive, send_with_id)

        self._record(scope, state, status_holder["status"], started)

    @staticmethod
    def _declared_length(scope: Scope) -> int:
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    return int(value)
                except ValueError:
                    return 0
        return 0

    def _too_large(self) -> BodyTooLarge:
        return BodyTooLarge(f"요청 본문은 {self.max_body_bytes // 1024}KiB 이하여야 합니다")

    async def _refuse_large_body(self, scope, receive, send, request_id: str) -> None:
        error = self._too_large()
        request_state.state_of(scope).refused(error)
        await error_response(error, request_id)(scope, receive, send)

    def _record(
        self, scope: Scope, state: request_state.RequestState, status: int, started: float
    ) -> None:
        seconds = time.perf_counter() - started
        duration_ms = seconds * 1000
        return_code = state.return_code
        if return_code is None:
            return_code = 0 if status < 400 else InternalError.return_code
        operation = operation_of(scope)
        metrics.observe_request(operation, return_code, seconds)
        if log.isEnabledFor(logging.INFO):
            self._log_line(scope, state, operation, status, return_code, duration_ms)
        if self.recorder is not None:
            self.recorder.record(
                request_id=state.request_id,
                method=scope["method"],
                path=scope["path"],
                status=status,
                return_code=return_code,
                return_msg=state.return_msg,
                key_id=state.key_id,
                appkey=state.appkey,
                client_ip=state.client_ip,
                duration_ms=duration_ms,
            )


def operation_of(scope: Scope) -> str:
    """The operation id of the route that answered (the spec's id), for metrics and logs."""
    route = scope.get("route")
    if route is None:
        return "unmatched"
    return getattr(route, "operation_id", None) or getattr(route, "name", None) or "unmatched"


def _text_log_line(scope, state, operation, status, return_code, duration_ms) -> None:
    log.info(
        # %r: a path is client input; escaped, a %0a in it cannot forge a log line.
        "%s %r %s rc=%s %.1fms id=%s",
        scope["method"],
        scope["path"],
        status,
        return_code,
        duration_ms,
        state.request_id,
    )


def _json_log_line(scope, state, operation, status, return_code, duration_ms) -> None:
    """One JSON object: what the request was and how it ended, never a secret or token (the
    appkey is public; the path holds no credential; no header or body is logged)."""
    fields = {
        "request_id": state.request_id,
        "operation": operation,
        "method": scope["method"],
        "path": scope["path"],
        "status": status,
        "return_code": return_code,
        "latency_ms": round(duration_ms, 3),
        "appkey": state.appkey,
        "client_ip": state.client_ip,
    }
    log.info("request", extra={REQUEST_FIELDS: fields})


async def _discard_body(receive: Receive) -> None:
    """Read what is left of the body, up to MAX_DISCARD_BYTES, and keep none of it."""
    discarded = 0
    while discarded <= MAX_DISCARD_BYTES:
        message = await receive()
        if message["type"] != "http.request":
            return
        discarded += len(message.get("body", b""))
        if not message.get("more_body", False):
            return
