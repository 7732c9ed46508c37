"""CORS as Starlette does it, except that a refused preflight is answered in the envelope
(Starlette's is a plain-text 400 "Disallowed CORS origin")."""

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from asset_api.errors import InvalidRequest
from asset_api.http.envelope import error_response
from asset_api.http.request_state import state_of


class EnvelopeCORSMiddleware(CORSMiddleware):
    def preflight_response(self, request_headers: Headers) -> "Response | _Refusal":
        response = super().preflight_response(request_headers)
        if response.status_code != 400:
            return response
        # Starlette's text names what was refused: "Disallowed CORS origin, headers".
        refused = response.body.decode().removeprefix("Disallowed CORS ")
        return _Refusal(InvalidRequest(f"CORS에서 허용되지 않은 {refused}입니다"), response)


class _Refusal:
    """The envelope of a refused preflight, with the CORS headers Starlette chose; rendered
    when sent, which is when the request's id is at hand."""

    def __init__(self, error: InvalidRequest, refused: Response):
        self.error, self.refused = error, refused

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = state_of(scope)
        state.refused(self.error)
        response = error_response(self.error, state.request_id)
        for name, value in self.refused.headers.items():
            if name not in ("content-type", "content-length"):
                response.headers[name] = value
        await response(scope, receive, send)


class PathScopedCORS:
    """CORS with a narrower origin list under one path prefix: the admin API answers the
    admin SPA's origins only, everything else those and the reference site's too (its
    직접 호출 panels). A refused preflight is the envelope either way (EnvelopeCORSMiddleware)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        private_prefix: str,
        private_origins: list[str],
        public_origins: list[str],
        **options,
    ):
        self.private_prefix = private_prefix
        self.private = EnvelopeCORSMiddleware(app, allow_origins=private_origins, **options)
        self.public = EnvelopeCORSMiddleware(app, allow_origins=public_origins, **options)

    def _is_private(self, path: str) -> bool:
        return path == self.private_prefix or path.startswith(self.private_prefix + "/")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self._is_private(scope["path"]):
            await self.private(scope, receive, send)
        else:
            await self.public(scope, receive, send)
