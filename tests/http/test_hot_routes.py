"""The hot data routes (http/hot_routes.py) answer exactly as FastAPI's router would."""

import inspect

from fastapi.routing import APIRoute

from asset_api.data import routes as data_routes
from asset_api.http.hot_routes import HotRoutes
from tests.helpers import issue_token


def test_the_hot_routes_are_the_data_routes_that_take_only_the_request():
    takes_only_the_request = [
        route
        for route in data_routes.router.routes
        if isinstance(route, APIRoute)
        and list(inspect.signature(route.endpoint).parameters) == ["request"]
    ]
    assert data_routes.HOT_ROUTES == takes_only_the_request
    assert {r.operation_id for r in data_routes.HOT_ROUTES} == {"accounts", "balance", "instrument"}


async def test_the_hot_routes_come_first_and_pass_on_what_is_not_theirs(app, client, db):
    assert isinstance(app.router.routes[0], HotRoutes)
    token = await issue_token(client, db, all_accounts=True)
    bearer = {"authorization": f"Bearer {token}"}
    # Theirs: the handler answers, refusals included (through the app's exception handlers).
    assert (await client.get("/asset-erp/v1/accounts", headers=bearer)).status_code == 200
    missing = await client.get("/asset-erp/v1/accounts/0000000000/balance", headers=bearer)
    assert (missing.status_code, missing.json()["return_code"]) == (404, 1901)
    unauthenticated = await client.get("/asset-erp/v1/instruments/005930")
    assert unauthenticated.json()["return_code"] == 8005
    assert unauthenticated.headers["www-authenticate"].startswith("Bearer")
    # Not theirs: another method, a longer path, the paged routes: FastAPI's router decides.
    wrong_method = await client.post("/asset-erp/v1/accounts", headers=bearer)
    assert wrong_method.status_code == 405
    deeper = await client.get("/asset-erp/v1/accounts/1/balance/x", headers=bearer)
    assert (deeper.status_code, deeper.json()["return_code"]) == (404, 1901)
    paged = await client.get("/asset-erp/v1/instruments/005930/daily-prices", headers=bearer)
    assert paged.json()["return_code"] == 1501  # no period: FastAPI validated the query
