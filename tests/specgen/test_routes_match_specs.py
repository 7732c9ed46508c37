"""Every spec has a route with the same method, path and models, and every route a spec."""

import importlib
import typing

import pytest
from fastapi.routing import APIRoute, APIWebSocketRoute

from asset_api.app import ROUTERS
from asset_api.specgen.schemas import build_models


@pytest.fixture(scope="module")
def routes() -> dict[str, APIRoute]:
    # The routers the app includes (each router's prefix is already in its routes' paths).
    return {
        r.operation_id: r for router in ROUTERS for r in router.routes if isinstance(r, APIRoute)
    }


@pytest.fixture(scope="module")
def websocket_routes() -> dict[str, APIWebSocketRoute]:
    return {
        r.name: r for router in ROUTERS for r in router.routes if isinstance(r, APIWebSocketRoute)
    }


def test_every_route_has_a_spec(routes, websocket_routes, spec_set):
    assert sorted(set(routes) - {spec.id for spec in spec_set.http_specs}) == []
    assert sorted(set(websocket_routes) - {spec.id for spec in spec_set.websocket_specs}) == []


def test_every_websocket_spec_has_its_route(websocket_routes, spec_set):
    for spec in spec_set.websocket_specs:
        route = websocket_routes.get(spec.id)
        assert route is not None, f"{spec.file}: no websocket route named {spec.id!r}"
        assert route.path == spec.path, spec.file


def test_every_spec_has_its_route(routes, spec_set):
    for spec in spec_set.http_specs:
        route = routes.get(spec.id)
        assert route is not None, f"{spec.file}: no route with operation_id {spec.id!r}"
        assert route.path == spec.path, spec.file
        assert route.methods == {spec.method}, spec.file


def _body_model(route: APIRoute):
    params = route.dependant.body_params
    if not params:
        return None
    annotation = params[0].field_info.annotation
    # An optional body (`Model | None`) still names its model.
    models = [a for a in typing.get_args(annotation) if a is not type(None)]
    return models[0] if len(models) == 1 else annotation


def _query_model(route: APIRoute):
    for param in route.dependant.query_params:
        annotation = param.field_info.annotation
        if isinstance(annotation, type) and annotation.__name__.endswith("Query"):
            return annotation
    return None


def test_routes_use_the_generated_models(routes, spec_set):
    for spec in spec_set.http_specs:
        _, top = build_models(spec)
        module = importlib.import_module(f"asset_api.models.{spec.group}")
        route = routes[spec.id]
        if top.response and not spec.is_form:
            expected = getattr(module, top.response)
            assert route.response_model is expected, f"{spec.file}: response_model"
        if top.request and not spec.is_form:
            assert _body_model(route) is getattr(module, top.request), f"{spec.file}: body"
        if top.query:
            assert _query_model(route) is getattr(module, top.query), f"{spec.file}: query"
