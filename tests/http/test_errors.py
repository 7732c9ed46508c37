"""The error machinery against the real database: every bad request gets its documented code."""

import uuid

import pytest

from asset_api.errors import ALL_ERRORS


async def test_every_response_carries_a_request_id(client):
    first = await client.get("/health")
    second = await client.get("/health")
    ids = {first.headers["x-request-id"], second.headers["x-request-id"]}
    assert len(ids) == 2
    assert all(uuid.UUID(i) for i in ids)


async def test_health_reports_the_database_ok(client):
    res = await client.get("/health")
    assert res.status_code == 200
    assert res.json() == {
        "return_code": 0,
        "return_msg": "정상적으로 처리되었습니다",
        "status": "ok",
        "database": "ok",
    }


async def test_unknown_path_is_1901(client):
    res = await client.get("/asset-erp/v1/no-such-thing")
    assert res.status_code == 404
    body = res.json()
    assert body["return_code"] == 1901
    assert body["return_msg"].startswith("존재하지 않는 자원입니다")
    assert body["request_id"] == res.headers["x-request-id"]


async def test_wrong_method_names_the_method(client):
    res = await client.delete("/health")
    assert res.status_code == 405
    assert res.json()["return_code"] == 1901
    assert "DELETE" in res.json()["return_msg"]


async def test_a_405_allows_the_methods_of_every_route_on_the_path(client):
    res = await client.request("TRACE", "/admin/v1/users")
    assert res.status_code == 405
    assert res.headers["allow"] == "GET, POST"


async def test_body_over_one_mebibyte_is_413_with_1501(client):
    res = await client.post(
        "/asset-erp/v1/get-auth",
        content=b"{" + b" " * (1024 * 1024 + 10) + b"}",
        headers={"content-type": "application/json"},
    )
    assert res.status_code == 413
    assert res.json()["return_code"] == 1501


@pytest.mark.parametrize("error", ALL_ERRORS, ids=lambda e: e.__name__)
def test_error_classes_match_the_catalog(error, return_code_catalog):
    entry = return_code_catalog[error.return_code]
    assert entry["message"] == error.message
    assert entry["http"] == error.http_status


async def test_openapi_document_is_served(client):
    res = await client.get("/openapi.json")
    assert res.status_code == 200
    document = res.json()
    assert document["openapi"].startswith("3.1")
    assert "/asset-erp/v1/get-auth" in document["paths"]
    assert document["paths"]["/asset-erp/v1/get-auth"]["post"]["operationId"] == "get-auth"
