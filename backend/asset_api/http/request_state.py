"""What one request learns about itself on its way through the app, for its log record.

The middleware creates it; the bearer check, the token endpoints and the error handlers fill
it in; the middleware reads it back for the access log and request_log. It lives in the ASGI
scope's "state" (what Starlette's `request.state` reads) under one key, as one typed object
instead of loose dictionary keys written from many modules.
"""

from dataclasses import dataclass

from starlette.types import Scope

from asset_api.errors import AppError

_KEY = "asset_api"


@dataclass(slots=True)
class RequestState:
    request_id: str = ""
    # The client's address as the server believes it (http/client_address.py).
    client_ip: str | None = None
    # Set when the answer is a refusal (or a success that says so itself); None: derived
    # from the HTTP status when the record is written.
    return_code: int | None = None
    return_msg: str = ""
    # The key behind the call, once known: a verified bearer token or an authenticated client.
    key_id: int | None = None
    appkey: str | None = None
    # The key's rate limit and what is left of this second's, once the rate limiter has been
    # asked (the data endpoints): the RateLimit-Policy and RateLimit headers of the answer.
    rate_limit: int | None = None
    rate_remaining: int = 0

    def refused(self, error: AppError) -> None:
        self.return_code = error.return_code
        self.return_msg = error.return_msg


def begin(scope: Scope, request_id: str) -> RequestState:
    """A new request's state (the middleware's first step)."""
    state = RequestState(request_id)
    scope.setdefault("state", {})[_KEY] = state
    return state


def state_of(scope: Scope) -> RequestState:
    """The request's state; an empty one for a scope the middleware has not seen."""
    states = scope.setdefault("state", {})
    state = states.get(_KEY)
    if state is None:
        state = states[_KEY] = RequestState()
    return state
