"""The hot routes, matched before FastAPI's router looks at anything.

The data endpoints without query parameters (the accounts list, the balance, the instrument)
and token issuance have handlers whose parameters are the request and at most a JSON body:
they verify their caller and read their path parameter themselves. For them FastAPI's routing
(a match attempt on every included router and route before theirs) and its request handling
(dependency solving, the endpoint's wrappers) are pure cost. This route, first in the app's
router, matches their method and path with the routes' own regular expressions, validates a
body against the route's own model as FastAPI would (http/validation.py: `json_body`), and
calls the handler directly. Everything else about the request is as before: the middleware
around the router, the exception handlers (an error propagates to them as from any route),
`scope["route"]` (the operation id of metrics and logs) and the path parameters. Any other
request goes on to FastAPI's router, which also still holds these routes (the OpenAPI
document and the tests read them there).
"""

import inspect
from dataclasses import dataclass

from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.requests import Request
from starlette.routing import BaseRoute, Match
from starlette.types import Receive, Scope, Send

from asset_api.http.validation import json_body


@dataclass(frozen=True, slots=True)
class HotRoute:
    route: APIRoute
    method: str
    body_parameter: str | None  # the handler's parameter that takes the body, if any
    body_model: type[BaseModel] | None


def hot_route(route: APIRoute) -> HotRoute:
    """The route as a hot one; ValueError for a handler that needs FastAPI's machinery."""
    (method,) = route.methods
    body_parameter, body_model = None, None
    for name, parameter in inspect.signature(route.endpoint).parameters.items():
        if parameter.annotation is Request:
            continue
        if body_model is not None or not (
            inspect.isclass(parameter.annotation) and issubclass(parameter.annotation, BaseModel)
        ):
            raise ValueError(f"{route.path}: {name} needs FastAPI's parameter handling")
        body_parameter, body_model = name, parameter.annotation
    return HotRoute(route, method, body_parameter, body_model)


class HotRoutes(BaseRoute):
    def __init__(self, routes: list[APIRoute]):
        self.hot = [hot_route(route) for route in routes]

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] == "http" and not scope.get("root_path"):
            method, path = scope["method"], scope["path"]
            for hot in self.hot:
                if hot.method == method and (found := hot.route.path_regex.match(path)):
                    return Match.FULL, {"route": hot.route, "path_params": found.groupdict(),
                                        "asset_api.hot_route": hot}  # fmt: skip
        return Match.NONE, {}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        hot: HotRoute = scope["asset_api.hot_route"]
        request = Request(scope, receive, send)
        arguments = {}
        if hot.body_model is not None:
            arguments[hot.body_parameter] = await json_body(request, hot.body_model)
        response = await hot.route.endpoint(request=request, **arguments)
        await response(scope, receive, send)
