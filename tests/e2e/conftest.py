"""Browser tests: the real API and the static SPA on free ports, driven by Debian's Chromium.

Per test module: the throwaway database (the session's `migrated` one) is emptied, one admin is
created and the demo dataset of the real environment loaded; uvicorn serves the API (CORS open
to the SPA's origin only) and, on another port, `frontend/` through the same static server
`make run` uses. Each test gets a fresh browser context (its own sessionStorage) whose pages are
told the API's address through `window.ASSET_API_CONFIG`, and which records page errors,
dialogs and Content-Security-Policy violations; a test fails if any error or violation occurred.
"""

import asyncio
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
import httpx
import pytest
import pytest_asyncio
import uvicorn

from asset_api.admin import audit
from asset_api.admin.admins import create_admin
from asset_api.app import create_app
from asset_api.http.server import uvicorn_config
from asset_api.http.static_sites import static_site
from asset_api.settings import Settings
from tests.conftest import REPO_ROOT, truncate_all

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
FRONTEND = REPO_ROOT / "frontend"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
ADMIN_USERNAME = "e2e-admin"
ADMIN_PASSWORD = "correct horse battery staple"
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def pytest_collection_modifyitems(config, items):
    """Without Chromium the browser tests skip (locally), but fail in CI, where it is installed."""
    if os.path.exists(CHROMIUM) or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} not installed (apt-get install -y chromium)")
    for item in items:
        if "e2e" in item.keywords and "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(skip)


def _bound_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


class ServerThread:
    """A uvicorn server on an already bound socket, in a thread with its own event loop."""

    def __init__(self, app, sock: socket.socket, settings: Settings):
        self.sock = sock
        self.port = sock.getsockname()[1]
        # As `asset-api run` serves: the head limits, no uvicorn proxy headers.
        config = uvicorn_config(app, settings, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [sock]}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"server on port {self.port} did not start")
            await asyncio.sleep(0.05)

    async def stop(self) -> None:
        self.server.should_exit = True
        await asyncio.to_thread(self.thread.join, 15)
        self.sock.close()


@dataclass
class Stack:
    api_url: str
    spa_url: str
    docs_url: str
    account_nos: list[str]
    database_url: str
    admin_username: str = ADMIN_USERNAME
    admin_password: str = ADMIN_PASSWORD


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def stack(migrated, tmp_path_factory, request):
    # A module about admin access sets ADMIN_MFA_REQUIRED = True, as production runs; the
    # others log their owner in with a password alone.
    mfa_required = getattr(request.module, "ADMIN_MFA_REQUIRED", False)
    conn = await asyncpg.connect(migrated)
    try:
        await truncate_all(conn)
        await create_admin(
            conn, actor=audit.CLI, username=ADMIN_USERNAME, password=ADMIN_PASSWORD, role="owner"
        )
        try:
            from asset_api.ingest.demo import load_demo

            await load_demo(conn, "real")
        except ImportError:  # before the demo dataset existed: one account is enough
            await conn.execute(
                "INSERT INTO accounts (env, account_no, name, broker, opened_on) "
                "VALUES ('real', '5012345611', '위탁종합', '키움증권', '2024-01-02')"
            )
        account_nos = [
            r["account_no"]
            for r in await conn.fetch(
                "SELECT account_no FROM accounts WHERE env = 'real' ORDER BY account_no"
            )
        ]
    finally:
        await conn.close()

    api_sock, spa_sock = _bound_socket(), _bound_socket()
    spa_origin = f"http://127.0.0.1:{spa_sock.getsockname()[1]}"
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("e2e-data"),
        pepper="test-pepper-not-secret",
        cors_origins=[spa_origin],
        admin_mfa_required=mfa_required,
        _env_file=None,
    )
    api = ServerThread(create_app(settings, database_url=migrated), api_sock, settings)
    spa = ServerThread(static_site(FRONTEND, spa=True), spa_sock, settings)
    await api.start()
    await spa.start()
    try:
        yield Stack(
            api_url=api.url,
            spa_url=spa.url,
            docs_url="http://127.0.0.1:8002",
            account_nos=account_nos,
            database_url=migrated,
        )
    finally:
        await spa.stop()
        await api.stop()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def browser():
    from playwright.async_api import async_playwright

    if not Path(CHROMIUM).exists():  # noqa: ASYNC240 - once per session
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    async with async_playwright() as p:
        chromium = await p.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        await chromium.close()


@dataclass
class Watch:
    """What a page did that a test must not ignore."""

    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def csp_violations(self) -> list[str]:
        return [m for m in self.console_errors if "Content Security Policy" in m]

    def script_errors(self) -> list[str]:
        """Console errors other than the browser's note on each non-2xx response."""
        return [m for m in self.console_errors if not m.startswith("Failed to load resource")]


# Runs before any script of the page: the API's address, and a record of CSP violations.
INIT_SCRIPT = """
window.ASSET_API_CONFIG = %s;
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


async def new_page(browser, stack: Stack, width: str = "desktop", *, configure: bool = True):
    import json

    w, h = WIDTHS[width]
    context = await browser.new_context(
        viewport={"width": w, "height": h}, locale="ko-KR", timezone_id="Asia/Seoul"
    )
    await context.grant_permissions(["clipboard-read", "clipboard-write"], origin=stack.spa_url)
    config = {"apiBase": stack.api_url, "docsBase": stack.docs_url}
    await context.add_init_script(INIT_SCRIPT % (json.dumps(config) if configure else "undefined"))
    page = await context.new_page()
    watch = Watch()
    page.on("pageerror", lambda exc: watch.page_errors.append(str(exc)))
    page.on(
        "console",
        lambda msg: watch.console_errors.append(msg.text) if msg.type == "error" else None,
    )

    async def on_dialog(dialog):
        watch.dialogs.append(dialog.message)
        await dialog.dismiss()

    page.on("dialog", on_dialog)
    page.set_default_timeout(10_000)
    return context, page, watch


async def assert_clean(page, watch: Watch) -> None:
    violations = await page.evaluate("() => window.__cspViolations || []")
    assert watch.page_errors == [], watch.page_errors
    assert watch.dialogs == [], watch.dialogs
    assert violations == [] and watch.csp_violations() == [], (violations, watch.console_errors)
    assert watch.script_errors() == [], watch.script_errors()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.e2e_failed = report.failed
    return report


@pytest_asyncio.fixture(loop_scope="session")
async def page(browser, stack, request):
    context, page, watch = await new_page(browser, stack)
    page.watch = watch
    yield page
    try:
        if getattr(request.node, "e2e_failed", False):
            await shot(page, f"failed-{request.node.name}")
            print("page errors:", watch.page_errors, "console errors:", watch.console_errors)
        else:
            await assert_clean(page, watch)
    finally:
        await context.close()


async def login(page, stack: Stack, password: str | None = None) -> None:
    await page.goto(f"{stack.spa_url}/#/login")
    await page.fill("#login-username", stack.admin_username)
    await page.fill("#login-password", password or stack.admin_password)
    await page.click(".js-login-form button[type=submit]")
    if password is None:
        await page.wait_for_selector("#screen-dashboard:not([hidden]) .js-counts")


async def shot(page, name: str, *, full_page: bool = True) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    await page.screenshot(path=str(path), full_page=full_page)
    return path


class AdminApi:
    """The admin API straight over HTTP, to arrange data the browser then shows."""

    def __init__(self, stack: Stack):
        self.client = httpx.AsyncClient(base_url=stack.api_url, timeout=10)
        self.stack = stack

    async def __aenter__(self):
        res = await self.client.post(
            "/admin/v1/login",
            json={"username": self.stack.admin_username, "password": self.stack.admin_password},
        )
        assert res.status_code == 200, res.text
        self.client.headers["authorization"] = f"Bearer {res.json()['session']}"
        return self

    async def __aexit__(self, *exc):
        await self.client.aclose()

    async def call(self, method: str, path: str, **kwargs) -> dict:
        res = await self.client.request(method, f"/admin/v1{path}", **kwargs)
        assert res.is_success, (method, path, res.status_code, res.text)
        return res.json()


async def get_auth(stack: Stack, appkey: str, secretkey: str) -> httpx.Response:
    async with httpx.AsyncClient(base_url=stack.api_url, timeout=10) as client:
        return await client.post(
            "/asset-erp/v1/get-auth",
            json={"grant_type": "client_credentials", "appkey": appkey, "secretkey": secretkey},
        )
