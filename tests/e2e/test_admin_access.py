"""Admin access in the browser, with second factors required as production runs: enrolment
with a code computed from the secret the screen shows, the login's code step, recovery codes,
what a viewer sees (and what the API refuses them), and an owner's new operator who must
set up their sign-in first. Screenshots of the new screens at 1280 px and 390 px."""

import asyncio
import json
import time
from dataclasses import dataclass

import asyncpg
import httpx
import pyotp
import pytest

from asset_api.admin import audit
from asset_api.admin.admins import create_admin
from asset_api.admin.totp import STEP_SECONDS
from tests.e2e.conftest import WIDTHS, assert_clean, new_page, shot

pytestmark = pytest.mark.e2e
ADMIN_MFA_REQUIRED = True  # read by the stack fixture
PASSWORD = "correct horse battery staple"
SESSION_KEY = "asset-api.admin-session"


@dataclass
class Enrolled:
    """An admin who enrolled through the API: their phone's app and their recovery codes."""

    username: str
    app: pyotp.TOTP
    recovery_codes: list[str]
    headers: dict[str, str]  # the session enrolment was done in


async def new_admin(stack, username: str, role: str) -> None:
    conn = await asyncpg.connect(stack.database_url)
    try:
        await create_admin(conn, actor=audit.CLI, username=username, password=PASSWORD, role=role)
    finally:
        await conn.close()


async def enrolled_admin(stack, username: str, role: str) -> Enrolled:
    await new_admin(stack, username, role)
    async with httpx.AsyncClient(base_url=stack.api_url, timeout=10) as client:
        res = await client.post(
            "/admin/v1/login", json={"username": username, "password": PASSWORD}
        )
        headers = {"authorization": f"Bearer {res.json()['session']}"}
        secret = (await client.post("/admin/v1/me/mfa", headers=headers)).json()["secret"]
        app = pyotp.TOTP(secret)
        res = await client.post(
            "/admin/v1/me/mfa/confirm", headers=headers, json={"code": app.now()}
        )
        assert res.status_code == 200, res.text
    return Enrolled(username, app, res.json()["recovery_codes"], headers)


def next_code(app: pyotp.TOTP) -> str:
    """The next 30 s step's code: accepted (a phone's clock may run ahead), and later than the
    code enrolment used, which is never accepted twice."""
    return app.at(time.time() + STEP_SECONDS)


async def password_step(page, stack, username: str, password: str = PASSWORD) -> None:
    await page.goto(f"{stack.spa_url}/#/login")
    await page.fill("#login-username", username)
    await page.fill("#login-password", password)
    await page.click(".js-login-form button[type=submit]")


async def code_step(page, code: str) -> None:
    await page.fill("#login-code", code)
    await page.click(".js-code-form button[type=submit]")


async def shots(page, name: str, *, full_page: bool = True) -> None:
    """The screen as it is, at 1280 px and at 390 px (the window resized for the second: one
    walk through a flow shows both widths)."""
    await shot(page, f"desktop-{name}", full_page=full_page)
    await page.set_viewport_size(dict(zip(("width", "height"), WIDTHS["phone"], strict=True)))
    await asyncio.sleep(0.3)  # Bootstrap's layout and any open modal settle
    await shot(page, f"phone-{name}", full_page=full_page)
    await page.set_viewport_size(dict(zip(("width", "height"), WIDTHS["desktop"], strict=True)))


async def stored_session(page) -> str:
    saved = await page.evaluate(f"() => sessionStorage.getItem('{SESSION_KEY}')")
    return json.loads(saved)["session"]


async def visible_nav(page) -> list[str]:
    return await page.eval_on_selector_all(
        "#navbar [data-nav]",
        "links => links.filter((a) => !a.closest('[hidden]')).map((a) => a.dataset.nav)",
    )


async def close_secret_modal(page) -> None:
    await page.check("#modal-root .js-secret-saved")
    await page.click("#modal-root .js-secret-close")
    await page.locator("#modal-root .modal").wait_for(state="detached")


async def enrol_on_the_account_screen(page, *, screenshots: bool = False) -> tuple[list[str], str]:
    """Start enrolment, read the secret the screen shows, confirm with its code; returns the
    recovery codes from the modal and the secret."""
    await page.click("#screen-account .js-mfa-start")
    await page.wait_for_selector("#screen-account .js-mfa-qr")
    # The QR code is a picture the browser drew from the API's SVG.
    drawn = await page.eval_on_selector(".js-mfa-qr", "img => img.complete && img.naturalWidth")
    assert drawn > 100
    secret = await page.input_value("#screen-account .js-mfa-secret")
    if screenshots:
        await shots(page, "mfa-enrol")
    await page.fill("#mfa-code", pyotp.TOTP(secret).now())
    await page.click(".js-mfa-confirm-form button[type=submit]")
    await page.wait_for_selector("#modal-root .modal.show .js-once-value")
    codes = (await page.input_value("#modal-root .js-once-value")).split("\n")
    assert len(codes) == 10
    if screenshots:
        await asyncio.sleep(0.4)  # the fade-in
        await shots(page, "recovery-codes-modal", full_page=False)
    await close_secret_modal(page)
    await page.wait_for_selector("#screen-account .js-profile-mfa >> text=등록됨")
    return codes, secret


async def test_enrol_with_the_shown_secret_then_log_in_with_password_and_code(browser, stack):
    username = "enrolling-owner"
    await new_admin(stack, username, "owner")
    context, page, watch = await new_page(browser, stack)
    try:
        await password_step(page, stack, username)
        # No second factor yet: only the account screen, which says what to do.
        await page.wait_for_selector("#screen-account:not([hidden]) .js-setup-notice")
        assert page.url.endswith("#/account")
        assert await visible_nav(page) == ["account"]
        await shots(page, "account-setup")
        await page.goto(f"{stack.spa_url}/#/users")
        await page.wait_for_function("() => location.hash === '#/account'")

        _, secret = await enrol_on_the_account_screen(page, screenshots=True)
        assert await page.locator(".js-setup-notice").count() == 0
        assert "users" in await visible_nav(page) and "admins" in await visible_nav(page)
        await shots(page, "account")

        await page.click("#logout-button")
        await page.wait_for_selector(".js-login-notice")
        await password_step(page, stack, username)
        await page.wait_for_selector(".js-code-form #login-code")
        await shots(page, "login-code")
        await code_step(page, next_code(pyotp.TOTP(secret)))
        await page.wait_for_selector("#screen-dashboard:not([hidden]) .js-counts")
        await assert_clean(page, watch)
    finally:
        await context.close()


async def test_a_recovery_code_works_once_and_only_once(browser, stack):
    admin = await enrolled_admin(stack, "recovering", "operator")
    code = admin.recovery_codes[0]
    context, page, watch = await new_page(browser, stack)
    try:
        await password_step(page, stack, admin.username)
        await code_step(page, code)
        await page.wait_for_selector("#screen-dashboard:not([hidden]) .js-chart-requests svg")
        # No calls yet: the empty chart's axis reads 0 and 1, each once (it read 1, 1, 0).
        axis = await page.eval_on_selector_all(
            ".js-chart-requests text[text-anchor=end]", "labels => labels.map((t) => t.textContent)"
        )
        assert axis == ["0", "1"]
        await page.click("#logout-button")
        await page.wait_for_selector(".js-login-notice")

        await password_step(page, stack, admin.username)
        await code_step(page, code)
        error = page.locator(".js-code-form .js-api-error")
        await error.wait_for()
        assert "인증 코드가 올바르지 않습니다" in await error.inner_text()
        assert await page.inner_text(".js-code-form .js-return-code") == "8003"
        saved = await page.evaluate(f"() => sessionStorage.getItem('{SESSION_KEY}')")
        assert saved is None
        # Another, unused, recovery code still works.
        await code_step(page, admin.recovery_codes[1])
        await page.wait_for_selector("#screen-dashboard:not([hidden]) .js-counts")
        await assert_clean(page, watch)
    finally:
        await context.close()


async def test_a_viewer_sees_no_issue_rotate_or_revoke_buttons_and_the_api_refuses_them(
    browser, stack
):
    owner = await enrolled_admin(stack, "arranging-owner", "owner")
    async with httpx.AsyncClient(base_url=stack.api_url, headers=owner.headers) as api:
        user = (await api.post("/admin/v1/users", json={"name": "조회 화면 확인"})).json()["user"]
        user_id = user["user_id"]
        key = (await api.post(f"/admin/v1/users/{user_id}/keys", json={})).json()
    viewer = await enrolled_admin(stack, "a-viewer", "viewer")
    context, page, watch = await new_page(browser, stack)
    try:
        await password_step(page, stack, viewer.username)
        await code_step(page, next_code(viewer.app))
        await page.wait_for_selector("#screen-dashboard:not([hidden]) .js-counts")
        assert "admins" not in await visible_nav(page)

        await page.goto(f"{stack.spa_url}/#/users")
        await page.wait_for_selector(".js-users-table")
        for hidden in (".js-create", ".js-edit", ".js-set-status"):
            assert await page.locator(f"#screen-users {hidden}").count() == 0, hidden
        await page.goto(f"{stack.spa_url}/#/users/{user_id}")
        await page.wait_for_selector(f'.js-keys .key-item[data-appkey="{key["appkey"]}"]')
        for hidden in (".js-issue", ".js-key-menu", ".js-key-rotate", ".js-key-revoke",
                       ".js-grant", ".js-edit-user", ".js-set-status"):  # fmt: skip
            assert await page.locator(f"#screen-user {hidden}").count() == 0, hidden
        await shots(page, "viewer-user")
        await page.goto(f"{stack.spa_url}/#/admins")  # not a viewer's screen
        await page.wait_for_selector("#screen-dashboard:not([hidden]) .js-counts")

        # The same calls, sent straight to the API with the viewer's session: 8010.
        headers = {"authorization": f"Bearer {await stored_session(page)}"}
        async with httpx.AsyncClient(base_url=stack.api_url, headers=headers) as client:
            calls = [
                client.post(f"/admin/v1/users/{user_id}/keys", json={}),
                client.post(f"/admin/v1/keys/{key['appkey']}/rotate", json={"grace_hours": 0}),
                client.post(f"/admin/v1/keys/{key['appkey']}/revoke"),
            ]
            for res in [await call for call in calls]:
                assert res.status_code == 403, res.text
                assert res.json()["return_code"] == 8010
            assert (await client.get("/admin/v1/keys")).status_code == 200  # reading is allowed
        await assert_clean(page, watch)
    finally:
        await context.close()


async def test_an_owner_creates_an_operator_who_must_set_up_sign_in_first(browser, stack):
    owner = await enrolled_admin(stack, "creating-owner", "owner")
    operator = "new-operator"
    context, page, watch = await new_page(browser, stack)
    try:
        await password_step(page, stack, owner.username)
        await code_step(page, next_code(owner.app))
        await page.wait_for_selector("#screen-dashboard:not([hidden]) .js-counts")
        await page.goto(f"{stack.spa_url}/#/admins")
        await page.wait_for_selector(".js-admins-table")
        await shots(page, "admins")

        await page.click("#screen-admins .js-create-admin")
        await page.wait_for_selector("#modal-root .modal.show #admin-form-username")
        await page.fill("#admin-form-username", operator)
        assert await page.is_checked("#admin-form-role-operator")  # the default role
        await asyncio.sleep(0.4)
        await shots(page, "admin-create-modal", full_page=False)
        await page.click(".js-admin-form button[type=submit]")
        await page.wait_for_selector("#modal-root .modal.show .js-once-value")
        one_time = await page.input_value("#modal-root .js-once-value")
        await asyncio.sleep(0.4)
        await shots(page, "admin-password-modal", full_page=False)
        await close_secret_modal(page)
        row = page.locator(f'.js-admins-table tr[data-username="{operator}"]')
        await row.wait_for()
        assert "임시 비밀번호" in await row.inner_text()
        await assert_clean(page, watch)
    finally:
        await context.close()

    # The operator's first login: the one-time password, then a second factor, then work.
    context, page, watch = await new_page(browser, stack)
    try:
        await password_step(page, stack, operator, one_time)
        await page.wait_for_selector("#screen-account:not([hidden]) .js-setup-notice")
        assert await page.is_disabled(".js-mfa-start")  # the password comes first
        await shots(page, "account-one-time-password")
        headers = {"authorization": f"Bearer {await stored_session(page)}"}
        async with httpx.AsyncClient(base_url=stack.api_url, headers=headers) as client:
            res = await client.get("/admin/v1/users")
        assert res.status_code == 403 and res.json()["return_code"] == 8010

        await page.fill("#password-current", one_time)
        await page.fill("#password-new", "operator's own passphrase")
        await page.fill("#password-repeat", "operator's own passphrase")
        await page.click(".js-password-form button[type=submit]")
        await page.wait_for_selector(".js-notice >> text=비밀번호를 바꿨습니다")
        await page.wait_for_selector(".js-mfa-start:not([disabled])")
        assert await visible_nav(page) == ["account"]  # the second factor is still due

        await enrol_on_the_account_screen(page)
        nav = await visible_nav(page)
        assert "users" in nav and "keys" in nav and "admins" not in nav
        await page.goto(f"{stack.spa_url}/#/users")
        await page.wait_for_selector("#screen-users .js-create")  # an operator's button
        await assert_clean(page, watch)
    finally:
        await context.close()
