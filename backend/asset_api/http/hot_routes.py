"""The hot data routes, matched before FastAPI's router looks at anything.

The handlers of the data endpoints without query parameters (data/routes.py: the accounts
list, the balance, the instrument) take only the request: they verify their caller and read
their path parameter themselves. For them FastAPI's routing (a match attempt on every
included router and route before theirs) and its request handling (dependency solving for a
signature with nothing to solve, the endpoint's wrappers) are pure cost. This route, first in
the app's router, matches their paths with the routes' own regular expressions and calls the
handler with the request directly. Everything else about the request is as before: the
middleware around the router, the exception handlers (an error propagates to them as from
any route), `scope["route"]` (the operation id of metrics and logs) and the path parameters.
A request that is not a GET of one of their paths goes on to FastAPI's router as usual.
"""

from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.routing import BaseRoute, Match
from starlette.types import Receive, Scope, Send


class HotRoutes(BaseRoute):
    def __init__(self, routes: list[APIRoute]):
        for route in routes:
            if route.methods != {"GET"}:
                raise ValueError(f"{route.path}: only GET routes can be hot")
        self.routes = routes

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] == "http" and scope["method"] == "GET" and not scope.get("root_path"):
            path = scope["path"]
            for route in self.routes:
                found = route.path_regex.match(path)
                if found is not None:
                    return Match.FULL, {"route": route, "path_params": found.groupdict()}
        return Match.NONE, {}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await scope["route"].endpoint(Request(scope, receive, send))
        await response(scope, receive, send)
