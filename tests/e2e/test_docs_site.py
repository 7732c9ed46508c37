"""The reference site in Chromium: the 직접 호출 panels against the real API, a deprecated
endpoint's page and headers, the Korean search, and screenshots of the panel and the 변경 이력.

As `make run` serves them, on free ports: the API (demo dataset of the real environment; CORS
open to the docs origins, which may not call /admin/v1) and the docs site built by
`mkdocs build --strict` into a temporary folder, its config.js pointed at that API the way a
deployment replaces it. A second site is generated from a copy of api-spec/ in which
`instrument` is deprecated (no real endpoint is); the API runs with that copy's deprecations,
so its answers on instrument carry Deprecation and Sunset. The SPA has no part here.
"""

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import httpx
import pytest
import pytest_asyncio

from asset_api.app import create_app
from asset_api.http.static_sites import static_site
from asset_api.ingest.demo import load_demo
from asset_api.settings import Settings
from asset_api.specgen.cli import main as specgen
from asset_api.specgen.spec import load_specs
from tests.conftest import REPO_ROOT, truncate_all
from tests.e2e.conftest import ServerThread, Stack, _bound_socket, assert_clean, new_page, shot
from tests.helpers import Credentials, make_key
from tests.specgen.conftest import deprecate

pytestmark = pytest.mark.e2e

DEPRECATED_SPEC = "instrument"
DEMO_ACCOUNT = "5012345601"  # the account of the examples, the first of the demo dataset
SCROLL_TO_PANEL = """() => {
  const heading = document.getElementById('직접-호출');
  const header = document.querySelector('.md-header').offsetHeight;
  window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - header - 8);
}"""
SEARCHES = {
    "잔고": "/reference/data/balance/",
    "거래내역": "/reference/data/transactions/",
    "실현손익": "/reference/data/realized-pnl/",
}


@dataclass
class DocsStack:
    api_url: str
    docs_url: str  # the site of api-spec/
    deprecated_docs_url: str  # the site of the copy with DEPRECATED_SPEC deprecated
    database_url: str
    trading_days: tuple[str, str]  # the first and last day DEMO_ACCOUNT traded, YYYYMMDD

    def browser_stack(self, docs_url: str) -> Stack:
        """What tests.e2e.conftest.new_page needs; the docs site stands where the SPA would."""
        return Stack(self.api_url, docs_url, docs_url, [], self.database_url)


def build_site(project: Path, site: Path, api_url: str) -> Path:
    """`mkdocs build --strict` of project/docs-site into `site`, then config.js pointed at the
    API as a deployment does it (docs-site/docs/javascripts/config.js: DEPLOYMENT)."""
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q",
         "-f", str(project / "docs-site" / "mkdocs.yml"), "--site-dir", str(site)],
        capture_output=True, text=True, timeout=180, env=os.environ | {"NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    config = site / "javascripts" / "config.js"
    text = config.read_text("utf-8")
    assert "const DEPLOYMENT = {};" in text
    config.write_text(
        text.replace("const DEPLOYMENT = {};", f"const DEPLOYMENT = {{ apiBase: '{api_url}' }};"),
        "utf-8",
    )
    return site


def deprecated_project(root: Path) -> Path:
    """A copy of the project's specs and docs site with DEPRECATED_SPEC deprecated (and
    announced in the changelog), everything regenerated from it by `make gen`'s generator."""
    shutil.copytree(REPO_ROOT / "api-spec", root / "api-spec")
    shutil.copytree(
        REPO_ROOT / "docs-site", root / "docs-site", ignore=shutil.ignore_patterns("site")
    )
    deprecate(root / "api-spec", DEPRECATED_SPEC)
    code = specgen(
        ["--root", str(REPO_ROOT), "--spec-dir", str(root / "api-spec"), "--out", str(root)]
    )
    assert code == 0
    return root


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def docs_stack(migrated, tmp_path_factory):
    conn = await asyncpg.connect(migrated)
    try:
        await truncate_all(conn)
        await load_demo(conn, "real")
        period = await conn.fetchrow(
            "SELECT min(trade_date) AS first, max(trade_date) AS last FROM transactions "
            "JOIN accounts a ON a.id = account_id WHERE a.env = 'real' AND a.account_no = $1",
            DEMO_ACCOUNT,
        )
    finally:
        await conn.close()

    workdir = tmp_path_factory.mktemp("docs-site")
    project = deprecated_project(workdir / "deprecated")
    days = {
        s.id: (s.deprecated.since.isoformat(), s.deprecated.sunset.isoformat())
        for s in load_specs(project / "api-spec").specs
        if s.deprecated is not None
    }
    assert list(days) == [DEPRECATED_SPEC]

    api_sock, docs_sock, deprecated_sock = _bound_socket(), _bound_socket(), _bound_socket()
    api_url = f"http://127.0.0.1:{api_sock.getsockname()[1]}"
    docs_origins = [f"http://127.0.0.1:{s.getsockname()[1]}" for s in (docs_sock, deprecated_sock)]
    site = build_site(REPO_ROOT, workdir / "site", api_url)
    deprecated_site = build_site(project, workdir / "deprecated-site", api_url)
    settings = Settings(
        data_dir=workdir / "data",
        pepper="test-pepper-not-secret",
        cors_origins=[],
        docs_origins=docs_origins,
        _env_file=None,
    )
    api = ServerThread(
        create_app(settings, database_url=migrated, deprecations=days), api_sock, settings
    )
    docs = ServerThread(static_site(site), docs_sock, settings)
    deprecated_docs = ServerThread(static_site(deprecated_site), deprecated_sock, settings)
    servers = (api, docs, deprecated_docs)
    for server in servers:
        await server.start()
    try:
        days_traded = tuple(day.strftime("%Y%m%d") for day in period)
        yield DocsStack(api.url, docs.url, deprecated_docs.url, migrated, days_traded)
    finally:
        for server in servers:
            await server.stop()


@pytest_asyncio.fixture(loop_scope="session")
async def reader(docs_stack) -> Credentials:
    """A key of a user who sees every account (its secretkey as the reader would type it)."""
    conn = await asyncpg.connect(docs_stack.database_url)
    try:
        return await make_key(conn, all_accounts=True)
    finally:
        await conn.close()


async def token_of(docs_stack, creds: Credentials) -> str:
    async with httpx.AsyncClient(base_url=docs_stack.api_url, timeout=10) as client:
        res = await client.post("/asset-erp/v1/get-auth", json=creds.grant)
    assert res.status_code == 200, res.text
    return res.json()["token"]


@pytest_asyncio.fixture(loop_scope="session")
async def open_page(browser, docs_stack):
    """open_page(path, width=..., deprecated=False): a page of one of the sites; every page
    opened is checked at the end for script errors and CSP violations."""
    opened = []

    async def open_(path: str, *, width: str = "desktop", deprecated: bool = False):
        base = docs_stack.deprecated_docs_url if deprecated else docs_stack.docs_url
        context, page, watch = await new_page(browser, docs_stack.browser_stack(base), width)
        opened.append((context, page, watch))
        await page.goto(base + path)
        return page

    yield open_
    try:
        for _, page, watch in opened:
            await assert_clean(page, watch)
    finally:
        for context, _, _ in opened:
            await context.close()


async def call(page, panel=".try-it") -> dict:
    """Press 호출 (or whatever button the caller pressed before), wait for the answer."""
    await page.wait_for_selector(f"{panel} .try-it__result:not([hidden])")
    status = await page.text_content(f"{panel} .try-it__status")
    headers = await page.eval_on_selector_all(
        f"{panel} .try-it__headers tr",
        "rows => Object.fromEntries(rows.map(r => [r.dataset.header, r.cells[1].textContent]))",
    )
    body = await page.text_content(f"{panel} .try-it__body code")
    return {"status": status, "headers": headers, "body": body}


async def press_and_read(page, button: str) -> dict:
    await page.evaluate(
        "() => { const r = document.querySelector('.try-it__result'); if (r) r.hidden = true; }"
    )
    await page.click(button)
    return await call(page)


async def test_balance_panel_answers_401_without_a_token_and_200_with_one(open_page, reader):
    page = await open_page("/reference/data/balance/")
    base = await page.text_content(".try-it__base")
    assert base.startswith("http://127.0.0.1:")  # config.js of the deployment, not the mock

    refused = await press_and_read(page, ".try-it button[type=submit]")
    assert refused["status"].startswith("HTTP 401"), refused
    assert '"return_code": 8005' in refused["body"], refused
    assert refused["headers"]["x-request-id"]

    # The "get a token" step: get-auth with the appkey and secretkey typed into the panel.
    await page.click(".try-it__keys summary")
    await page.fill(".try-it input[name=appkey]", reader.appkey)
    await page.fill(".try-it input[name=secretkey]", reader.secretkey)
    await page.click('.try-it [data-action="get-token"]')
    status = page.locator(".try-it__token-status")
    await status.filter(has_text="발급했습니다").wait_for()
    answered = await press_and_read(page, ".try-it button[type=submit]")
    assert answered["status"].startswith("HTTP 200"), answered
    assert '"return_code": 0' in answered["body"], answered
    assert {"x-request-id", "ratelimit", "ratelimit-policy"} <= answered["headers"].keys()

    # Typed secrets stay in the page's memory: nothing stored anywhere the browser keeps.
    stored = await page.evaluate(
        "() => [localStorage.length, sessionStorage.length, document.cookie]"
    )
    assert stored == [0, 0, ""]


async def test_transactions_panel_follows_next_key(open_page, reader, docs_stack):
    page = await open_page("/reference/data/transactions/")
    first_day, last_day = docs_stack.trading_days  # the example's days, on the demo's dates
    query = f"start_date={first_day}\nend_date={last_day}\nlimit=3"
    await page.fill(".try-it textarea[name=query]", query)
    await page.fill(".try-it input[name=token]", await token_of(docs_stack, reader))
    first = await press_and_read(page, ".try-it button[type=submit]")
    assert first["status"].startswith("HTTP 200"), first
    assert first["headers"]["cont-yn"] == "Y" and first["headers"]["next-key"], first

    second = await press_and_read(page, '.try-it [data-action="next-page"]')
    assert second["status"].startswith("HTTP 200"), second
    assert '"return_code": 0' in second["body"]
    assert second["body"] != first["body"]  # the next three transactions, not the same page


async def test_admin_api_is_not_callable_from_the_docs_origin(docs_stack):
    # The browser would refuse to send it; the preflight answer says so in the envelope.
    preflight = {
        "origin": docs_stack.docs_url,
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
    }
    async with httpx.AsyncClient(base_url=docs_stack.api_url) as client:
        admin = await client.options("/admin/v1/me", headers=preflight)
        public = await client.options("/asset-erp/v1/accounts", headers=preflight)
    assert admin.status_code == 400 and "access-control-allow-origin" not in admin.headers
    assert admin.json()["return_code"] == 1501
    assert public.headers["access-control-allow-origin"] == docs_stack.docs_url


async def test_deprecated_page_shows_its_banner_and_the_api_its_headers(
    open_page, reader, docs_stack
):
    page = await open_page(f"/reference/data/{DEPRECATED_SPEC}/", deprecated=True)
    banner = page.locator(".admonition.danger").first
    assert "지원 종료 예정: 2027-06-01" in await banner.text_content()
    assert "Sunset" in await banner.text_content()
    await shot(page, "docs-deprecated-banner", full_page=False)

    await page.fill(".try-it input[name=token]", await token_of(docs_stack, reader))
    answered = await press_and_read(page, ".try-it button[type=submit]")
    assert answered["status"].startswith("HTTP 200"), answered
    # 2026-12-01 and 2027-06-01 at midnight in Korea; read by the page across origins.
    assert answered["headers"]["deprecation"] == "@1796050800"
    assert answered["headers"]["sunset"] == "Mon, 31 May 2027 15:00:00 GMT"

    # The page of the real specs has neither.
    page = await open_page(f"/reference/data/{DEPRECATED_SPEC}/")
    assert await page.locator(".admonition.danger").count() == 0


@pytest.mark.parametrize(("query", "expected"), list(SEARCHES.items()))
async def test_korean_search_lands_on_the_right_page_first(open_page, query, expected):
    page = await open_page("/")
    await page.fill("input.md-search__input", query)
    first = page.locator(".md-search-result__item > a.md-search-result__link").first
    await first.wait_for()
    href = await first.get_attribute("href")
    assert href.split("?")[0].endswith(expected), href


@pytest.mark.parametrize("width", ["desktop", "phone"])
async def test_screens_of_the_panel_and_the_changelog(open_page, reader, docs_stack, width):
    page = await open_page("/reference/data/balance/", width=width)
    await page.fill(".try-it input[name=token]", await token_of(docs_stack, reader))
    await press_and_read(page, ".try-it button[type=submit]")
    # What a reader sees after pressing 호출: the section from its heading, below the header.
    await page.evaluate(SCROLL_TO_PANEL)
    await shot(page, f"docs-try-it-{width}", full_page=False)
    assert await page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")

    page = await open_page("/changelog/", width=width)
    await shot(page, f"docs-changelog-{width}")
    assert await page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
