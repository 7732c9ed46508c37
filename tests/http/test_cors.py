"""CORS: the admin SPA's origins everywhere, the reference site's (its 직접 호출 panels) on the
public API only; refusals are the envelope."""

import pytest

from asset_api.settings import Settings

SPA = "http://127.0.0.1:8001"
DOCS = "http://127.0.0.1:8002"


def preflight(method="GET", origin=DOCS, headers="authorization"):
    return {
        "origin": origin,
        "access-control-request-method": method,
        "access-control-request-headers": headers,
    }


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        pepper="test-pepper-not-secret",
        cors_origins=[SPA],
        docs_origins=[DOCS],
        _env_file=None,
    )


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/asset-erp/v1/accounts/5012345601/balance"),
        ("GET", "/asset-erp/v1/accounts/5012345601/transactions"),
        ("POST", "/asset-erp/v1/get-auth"),
        ("POST", "/oauth2/token"),
    ],
)
async def test_the_docs_origin_may_call_the_public_api(client, method, path):
    res = await client.options(path, headers=preflight(method, headers="authorization,next-key"))
    assert res.status_code == 200, res.text
    assert res.headers["access-control-allow-origin"] == DOCS
    assert method in res.headers["access-control-allow-methods"]


@pytest.mark.parametrize(
    ("method", "path"),
    [("POST", "/admin/v1/login"), ("GET", "/admin/v1/users"), ("PATCH", "/admin/v1/keys/AAK1")],
)
async def test_an_admin_preflight_from_the_docs_origin_is_refused_with_the_envelope(
    client, method, path
):
    res = await client.options(path, headers=preflight(method))
    assert res.status_code == 400
    body = res.json()
    assert body["return_code"] == 1501 and "origin" in body["return_msg"]
    assert body["request_id"] == res.headers["x-request-id"]
    assert "access-control-allow-origin" not in res.headers


async def test_an_admin_answer_is_not_readable_from_the_docs_origin(client):
    res = await client.get("/admin/v1/me", headers={"origin": DOCS})
    assert res.status_code == 401
    assert "access-control-allow-origin" not in res.headers


async def test_the_spa_origin_may_call_the_admin_api_and_the_public_one(client):
    for path in ("/admin/v1/login", "/asset-erp/v1/get-auth"):
        res = await client.options(path, headers=preflight("POST", origin=SPA))
        assert res.status_code == 200, (path, res.text)
        assert res.headers["access-control-allow-origin"] == SPA


async def test_the_panel_can_read_the_paging_rate_limit_and_deprecation_headers(client):
    res = await client.get("/health/live", headers={"origin": DOCS})
    exposed = res.headers["access-control-expose-headers"].split(", ")
    assert res.headers["access-control-allow-origin"] == DOCS
    for name in ("x-request-id", "cont-yn", "next-key", "ratelimit", "deprecation", "sunset"):
        assert name in exposed
