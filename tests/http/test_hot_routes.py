"""The hot routes (http/hot_routes.py) answer exactly as FastAPI's router would."""

import pytest
from fastapi import APIRouter, Query, Request

from asset_api.app import ROUTERS
from asset_api.auth.routes import broker
from asset_api.data import routes as data_routes
from asset_api.http.hot_routes import HotRoutes, hot_route
from tests.helpers import get_token, issue_token, make_key


def test_the_hot_routes_are_every_data_route_without_query_and_token_issuance(app):
    hot = app.router.routes[0]
    assert isinstance(hot, HotRoutes)
    hot_ids = [h.route.operation_id for h in hot.hot]
    assert hot_ids == ["accounts", "balance", "instrument", "get-auth"]
    # Every data handler that could be hot is (one added later is, or this fails).
    could_be = []
    for route in data_routes.router.routes:
        try:
            hot_route(route)
            could_be.append(route.operation_id)
        except ValueError:
            pass
    assert could_be == [r.operation_id for r in data_routes.HOT_ROUTES]
    assert all(any(r in router.routes for router in ROUTERS) for r in broker.HOT_ROUTES)


def test_a_handler_with_parameters_for_fastapi_cannot_be_hot():
    router = APIRouter()

    @router.get("/x/{code}")
    async def with_query(request: Request, limit: int = Query(1)):
        return None

    with pytest.raises(ValueError, match="limit"):
        hot_route(router.routes[0])


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


async def test_token_issuance_through_the_hot_route_refuses_bodies_as_fastapi_does(client, db):
    creds = await make_key(db, all_accounts=True)
    assert await get_token(client, creds)
    url = "/asset-erp/v1/get-auth"
    cases = [
        (b"", "application/json", "요청 형식이 올바르지 않습니다 (본문: 필수 항목입니다)"),
        (b"{}", "text/plain", "요청 형식이 올바르지 않습니다 (본문: JSON 객체여야 합니다)"),
        (b"{}", None, "요청 형식이 올바르지 않습니다 (본문: JSON 객체여야 합니다)"),
        (b'{"grant_type": "client_credentials"}', "application/json; charset=utf-8",
         "요청 형식이 올바르지 않습니다 (appkey: 필수 항목입니다 외 1건)"),
        (b'{"x": 1,', "application/vnd.api+json",
         "요청 형식이 올바르지 않습니다 (본문: JSON 형식이 올바르지 않습니다)"),
    ]  # fmt: skip
    for content, content_type, message in cases:
        headers = {"content-type": content_type} if content_type else {}
        res = await client.post(url, content=content, headers=headers)
        assert (res.status_code, res.json()["return_code"]) == (400, 1501), content
        assert res.json()["return_msg"] == message
