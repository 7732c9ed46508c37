"""The static servers of `make run`: the SPA with its security headers, and a missing site."""

import httpx

from asset_api.http.static_sites import static_site
from tests.conftest import REPO_ROOT


async def get(app, path="/"):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://spa") as client:
        return await client.get(path)


async def test_spa_is_served_with_headers_a_meta_tag_cannot_set():
    res = await get(static_site(REPO_ROOT / "frontend", spa=True))
    assert res.status_code == 200
    assert "Asset-API" in res.text
    assert res.headers["content-security-policy"] == "frame-ancestors 'none'"
    assert res.headers["x-content-type-options"] == "nosniff"
    assert res.headers["cache-control"] == "no-cache"


async def test_missing_docs_site_says_how_to_build_it(tmp_path):
    res = await get(static_site(tmp_path / "site"))
    assert res.status_code == 404
    assert "make docs" in res.text
