"""Deprecation (RFC 9745) and Sunset (RFC 8594) on the answers of deprecated operations, from
the map `make gen` writes from the specs."""

import pytest

from asset_api.app import create_app
from asset_api.http.deprecation import DeprecationHeaders, deprecation_headers
from asset_api.models.deprecations import DEPRECATIONS
from tests.helpers import get_token, make_key

# 2026-12-01 and 2027-06-01, 00:00 in Korea (UTC+9).
DEPRECATED = {"instrument": ("2026-12-01", "2027-06-01"), "health": ("2026-12-01", "2027-06-01")}


def test_the_header_values_are_korea_midnights():
    assert dict(deprecation_headers("2026-12-01", "2027-06-01")) == {
        b"deprecation": b"@1796050800",  # 2026-11-30T15:00:00Z
        b"sunset": b"Mon, 31 May 2027 15:00:00 GMT",
    }


@pytest.fixture
async def app(settings, db, migrated):
    application = create_app(settings, database_url=migrated, deprecations=DEPRECATED)
    async with application.router.lifespan_context(application):
        yield application


async def test_a_deprecated_operation_says_so_on_success_and_on_refusal(client, db):
    from asset_api.ingest.demo import load_demo

    await load_demo(db, "real")
    creds = await make_key(db, all_accounts=True)
    token = await get_token(client, creds)
    ok = await client.get(
        "/asset-erp/v1/instruments/005930", headers={"authorization": f"Bearer {token}"}
    )
    refused = await client.get("/asset-erp/v1/instruments/005930")
    assert ok.status_code == 200 and refused.status_code == 401
    for res in (ok, refused):  # a hot route
        assert res.headers["deprecation"] == "@1796050800"
        assert res.headers["sunset"] == "Mon, 31 May 2027 15:00:00 GMT"
    health = await client.get("/health")  # a route of FastAPI's router
    assert health.headers["deprecation"] == "@1796050800"


async def test_other_operations_say_nothing(client, db):
    creds = await make_key(db, all_accounts=True)
    await get_token(client, creds)
    res = await client.get(
        "/asset-erp/v1/accounts", headers={"authorization": f"Bearer {creds.token}"}
    )
    assert res.status_code == 200
    assert "deprecation" not in res.headers and "sunset" not in res.headers


def test_while_nothing_is_deprecated_the_app_has_no_such_layer(settings):
    app = create_app(settings, deprecations={})
    assert all(m.cls is not DeprecationHeaders for m in app.user_middleware)


def test_the_app_reads_the_generated_map_by_default(settings):
    app = create_app(settings)
    layers = [
        m.kwargs.get("deprecations") for m in app.user_middleware if m.cls is DeprecationHeaders
    ]
    assert layers == ([DEPRECATIONS] if DEPRECATIONS else [])
