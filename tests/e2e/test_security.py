"""Safe by construction, checked in the browser: API data rendered as text, the CSP blocking
what an injection would need, login errors, logout, and session expiry."""

import httpx
import pytest

from tests.e2e.conftest import login, new_page

pytestmark = pytest.mark.e2e

XSS_NAME = "<img src=x onerror=alert(1)>"
SESSION_KEY = "asset-api.admin-session"


async def stored_session(page) -> dict | None:
    return await page.evaluate(f"() => JSON.parse(sessionStorage.getItem('{SESSION_KEY}'))")


async def test_markup_in_a_user_name_is_shown_as_text(page, stack):
    await login(page, stack)
    await page.click('#navbar [data-nav="users"]')
    await page.click("#screen-users .js-create")
    await page.fill("#user-form-name", XSS_NAME)
    await page.click(".js-user-form button[type=submit]")

    heading = page.locator("#screen-user .js-user-name")
    await heading.wait_for()
    assert await heading.inner_text() == XSS_NAME
    assert XSS_NAME in await page.locator("#screen-user .breadcrumb").inner_text()

    await page.goto(f"{stack.spa_url}/#/users?q=onerror")
    link = page.locator(".js-users-table .js-user-link")
    await link.wait_for()
    assert await link.inner_text() == XSS_NAME

    await page.goto(f"{stack.spa_url}/#/audit?action=user.create")
    await page.wait_for_selector(".js-audit-table")
    assert XSS_NAME in await page.inner_text(".js-audit-table")

    # Nowhere did the name become an element, and no alert fired (the fixture checks dialogs).
    assert await page.locator("img").count() == 0
    assert page.watch.dialogs == []


async def test_the_csp_blocks_inline_handlers_and_eval(browser, stack):
    """Even markup that slipped into the DOM could not run: no inline script, no eval."""
    context, page, watch = await new_page(browser, stack)
    try:
        await page.goto(f"{stack.spa_url}/")
        await page.wait_for_selector(".js-login-form")
        result = await page.evaluate(
            """async () => {
                document.body.insertAdjacentHTML('beforeend',
                    '<img src="data:," onerror="window.__ran = true" onload="window.__ran = 1">');
                const script = document.createElement('script');
                script.textContent = 'window.__ran = true';
                document.body.append(script);
                // A string timer is eval; it runs later as the page's own code (code evaluated
                // by the test harness itself would be exempt from the page's CSP).
                window.setTimeout('window.__evaluated = true', 0);
                await new Promise((r) => setTimeout(r, 300));
                return {
                    ran: Boolean(window.__ran),
                    evaluated: Boolean(window.__evaluated),
                    violations: window.__cspViolations,
                };
            }"""
        )
        assert result["ran"] is False
        assert result["evaluated"] is False
        assert any(v.startswith("script-src") for v in result["violations"]), result
        assert any("eval" in v for v in result["violations"]), result
        assert watch.dialogs == []
    finally:
        await context.close()


async def test_wrong_password_shows_an_error(page, stack):
    await login(page, stack, password="not the password")
    error = page.locator(".js-login-form .js-api-error")
    await error.wait_for()
    assert await error.locator(".js-return-code").inner_text() == "8001"
    assert await error.locator(".js-error-message").inner_text()
    assert len(await error.locator(".js-request-id").inner_text()) == 36
    assert page.url.endswith("#/login")
    assert await page.input_value("#login-password") == ""
    assert await stored_session(page) is None
    assert await page.locator("#navbar").is_hidden()


async def test_session_kept_per_tab_and_out_of_local_storage(browser, page, stack):
    await login(page, stack)
    saved = await stored_session(page)
    assert saved["username"] == stack.admin_username and saved["session"]
    assert await page.evaluate("() => localStorage.length") == 0
    assert await page.evaluate("() => document.cookie") == ""

    await page.reload()
    await page.wait_for_selector("#screen-dashboard:not([hidden]) .js-counts")
    assert await page.inner_text("#nav-username") == stack.admin_username

    # Another browser context (another tab's storage) is not logged in.
    context, other, _ = await new_page(browser, stack)
    try:
        await other.goto(f"{stack.spa_url}/#/users")
        await other.wait_for_selector(".js-login-form")
        assert other.url.endswith("#/login")
    finally:
        await context.close()


async def test_logout_ends_the_session_on_the_server(page, stack):
    await login(page, stack)
    session = (await stored_session(page))["session"]
    await page.click("#logout-button")
    await page.wait_for_selector(".js-login-notice")
    assert "로그아웃되었습니다" in await page.inner_text(".js-login-notice")
    assert await stored_session(page) is None

    async with httpx.AsyncClient(base_url=stack.api_url) as client:
        res = await client.get("/admin/v1/me", headers={"authorization": f"Bearer {session}"})
    assert res.status_code == 401 and res.json()["return_code"] == 8002

    await page.goto(f"{stack.spa_url}/#/users")
    await page.wait_for_selector(".js-login-form")
    assert page.url.endswith("#/login")


async def test_expired_session_returns_to_login_then_back(page, stack):
    await login(page, stack)
    await page.click('#navbar [data-nav="keys"]')
    await page.wait_for_selector(".js-results .js-keys-table, .js-results p")

    # The server drops the session (as at its 8-hour end): the next call answers 8002.
    session = (await stored_session(page))["session"]
    async with httpx.AsyncClient(base_url=stack.api_url) as client:
        await client.post("/admin/v1/logout", headers={"authorization": f"Bearer {session}"})
    await page.click('#navbar [data-nav="audit"]')
    notice = page.locator(".js-login-notice")
    await notice.wait_for()
    assert "세션이 만료되었습니다" in await notice.inner_text()
    assert await stored_session(page) is None

    # Logging in again returns to the screen the admin was opening.
    await page.fill("#login-username", stack.admin_username)
    await page.fill("#login-password", stack.admin_password)
    await page.click(".js-login-form button[type=submit]")
    await page.wait_for_selector("#screen-audit:not([hidden]) .js-audit-table")


async def test_session_past_its_expiry_is_not_used(page, stack):
    """A stored session whose expires_at has passed sends the admin to log in, unasked."""
    await login(page, stack)
    await page.evaluate(
        f"""() => {{
            const saved = JSON.parse(sessionStorage.getItem('{SESSION_KEY}'));
            saved.expiresAt = '2000-01-01T00:00:00+09:00';
            sessionStorage.setItem('{SESSION_KEY}', JSON.stringify(saved));
        }}"""
    )
    await page.reload()
    notice = page.locator(".js-login-notice")
    await notice.wait_for()
    assert "세션이 만료되었습니다" in await notice.inner_text()


async def test_default_api_address_is_same_host_port_8000(browser, stack):
    context, page, _ = await new_page(browser, stack, configure=False)
    try:
        await page.goto(f"{stack.spa_url}/")
        await page.wait_for_selector(".js-login-form")
        config = await page.evaluate("() => ({api: App.config.apiBase, docs: App.config.docsBase})")
        assert config == {"api": "http://127.0.0.1:8000", "docs": "http://127.0.0.1:8002"}
    finally:
        await context.close()


async def test_unreachable_api_is_reported(browser, stack):
    context, page, _ = await new_page(browser, stack, configure=False)
    try:
        await page.add_init_script("window.ASSET_API_CONFIG = {apiBase: 'http://127.0.0.1:9'};")
        await page.goto(f"{stack.spa_url}/")
        await page.fill("#login-username", stack.admin_username)
        await page.fill("#login-password", stack.admin_password)
        await page.click(".js-login-form button[type=submit]")
        error = page.locator(".js-login-form .js-api-error")
        await error.wait_for()
        assert "API 서버에 연결할 수 없습니다" in await error.inner_text()
    finally:
        await context.close()


async def test_cors_admits_only_the_spa_origin(stack):
    async with httpx.AsyncClient(base_url=stack.api_url) as client:
        ok = await client.options(
            "/admin/v1/login",
            headers={"origin": stack.spa_url, "access-control-request-method": "POST"},
        )
        other = await client.options(
            "/admin/v1/login",
            headers={"origin": "http://evil.example", "access-control-request-method": "POST"},
        )
    assert ok.headers.get("access-control-allow-origin") == stack.spa_url
    assert "access-control-allow-origin" not in other.headers
