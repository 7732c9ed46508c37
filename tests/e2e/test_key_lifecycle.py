"""The admin's whole job in a real browser: log in, create a user, grant an account, issue a
key, use it from outside, rotate it, revoke it, and look up why the revoked key was refused."""

import asyncio
import time

import httpx
import pytest

from tests.e2e.conftest import AdminApi, get_auth, login, shot

pytestmark = pytest.mark.e2e


async def read_secret_modal(page) -> tuple[str, str]:
    modal = page.locator("#modal-root .modal.show", has=page.locator("#secret-secretkey"))
    await modal.wait_for()
    assert "시크릿키는 다시 표시되지 않습니다" in await modal.inner_text()
    appkey = await modal.locator("#secret-appkey").input_value()
    secretkey = await modal.locator("#secret-secretkey").input_value()
    return appkey, secretkey


async def close_secret_modal(page) -> None:
    modal = page.locator("#modal-root .modal.show", has=page.locator("#secret-secretkey"))
    close = modal.locator(".js-secret-close")
    assert await close.is_disabled()  # not before the admin confirms the secret is kept
    await modal.locator(".js-secret-saved").check()
    await close.click()
    await page.locator("#secret-secretkey").wait_for(state="detached")


async def key_menu(page, appkey: str, action: str) -> None:
    item = page.locator(f'.key-item[data-appkey="{appkey}"]')
    await item.locator(".js-key-menu").click()
    await item.locator(f".js-key-{action}").click()


async def eventually(check, within: float = 8.0, interval: float = 0.25):
    """Retry `check` (async, returns a truthy value when done) until it passes or time is up."""
    deadline = time.monotonic() + within
    while True:
        result = await check()
        if result or time.monotonic() > deadline:
            return result
        await asyncio.sleep(interval)


async def test_issue_use_rotate_revoke(page, stack):
    account_no = stack.account_nos[0]
    await login(page, stack)
    assert await page.evaluate("() => window.localStorage.length") == 0
    assert await page.evaluate("() => Object.keys(window.sessionStorage)") == [
        "asset-api.admin-session"
    ]

    # Create a user.
    await page.click('#navbar [data-nav="users"]')
    await page.click("#screen-users .js-create")
    await page.fill("#user-form-name", "회계시스템 연동")
    await page.fill("#user-form-email", "erp@example.co.kr")
    await page.click(".js-user-form button[type=submit]")
    await page.wait_for_selector("#screen-user:not([hidden]) .js-user-name")
    assert await page.inner_text("#screen-user .js-user-name") == "회계시스템 연동"
    user_id = page.url.rsplit("/", 1)[1]

    # Grant one real account, picked from the account list.
    await page.click("#screen-user .js-grant")
    modal = page.locator("#modal-root .modal.show .js-grant-form")
    await modal.locator(".js-grant-q").fill(account_no)
    await modal.locator(f'.js-grant-account[value="{account_no}"]').check()
    assert await modal.locator(".js-grant-count").inner_text() == "1"
    await modal.locator("button[type=submit]").click()
    granted = page.locator(f'#screen-user .js-granted-accounts [data-account-no="{account_no}"]')
    await granted.wait_for()
    assert "실전" in await granted.inner_text()

    # Issue a key: the secret is shown once, in the modal.
    await page.click("#screen-user .js-issue")
    await page.locator("#key-issue-cidrs").wait_for()
    await page.click(".js-key-issue-form button[type=submit]")
    appkey, secret1 = await read_secret_modal(page)
    assert len(appkey) == 36 and len(secret1) == 180
    copy = page.locator('#modal-root .js-copy[data-copy-target="#secret-secretkey"]')
    await copy.click()
    await page.wait_for_function(
        "(el) => el.textContent === '복사됨'", arg=await copy.element_handle()
    )
    assert await page.evaluate("() => navigator.clipboard.readText()") == secret1
    await shot(page, "desktop-secret-modal", full_page=False)
    await close_secret_modal(page)
    assert secret1 not in await page.content()
    key_item = page.locator(f'.key-item[data-appkey="{appkey}"]')
    await key_item.wait_for()
    assert "활성" in await key_item.inner_text()
    assert "실전" in await key_item.inner_text()

    # The integrator's side: a token, then the granted account's balance.
    res = await get_auth(stack, appkey, secret1)
    assert res.status_code == 200, res.text
    token = res.json()["token"]
    async with httpx.AsyncClient(base_url=stack.api_url, timeout=10) as client:
        balance = await client.get(
            f"/asset-erp/v1/accounts/{account_no}/balance",
            headers={"authorization": f"Bearer {token}"},
        )
    assert balance.status_code == 200, balance.text
    assert balance.json()["return_code"] == 0

    # Edit the key: rate limit and an IP allowlist that still lets the test in.
    await key_menu(page, appkey, "edit")
    assert await page.input_value("#key-edit-env") == "real"
    await page.fill("#key-edit-rate", "50")
    await page.fill("#key-edit-cidrs", "127.0.0.1/32\n10.0.0.0/8")
    await page.click(".js-key-edit-form button[type=submit]")
    await page.wait_for_function(
        "(key) => document.querySelector(`.key-item[data-appkey='${key}']`)"
        "?.innerText.includes('초당 50회')",
        arg=appkey,
    )
    assert "10.0.0.0/8" in await key_item.inner_text()

    # Rotate with a grace period: both secrets work for now.
    await key_menu(page, appkey, "rotate")
    await page.fill("#key-rotate-grace", "24")
    await page.click(".js-key-rotate-form button[type=submit]")
    same_appkey, secret2 = await read_secret_modal(page)
    assert same_appkey == appkey and secret2 != secret1 and len(secret2) == 180
    await close_secret_modal(page)
    assert (await get_auth(stack, appkey, secret2)).status_code == 200
    assert (await get_auth(stack, appkey, secret1)).status_code == 200  # grace period
    await page.wait_for_selector(f'.key-item[data-appkey="{appkey}"] >> text=이전 시크릿 유효')

    # Revoke, after a confirmation.
    await key_menu(page, appkey, "revoke")
    confirm = page.locator("#modal-root .modal.show .js-confirm")
    assert appkey in await page.locator("#modal-root .modal.show").inner_text()
    await confirm.click()
    await page.wait_for_selector(f'.key-item[data-appkey="{appkey}"][data-status="revoked"]')
    assert "폐기" in await key_item.inner_text()

    refused = await get_auth(stack, appkey, secret2)
    assert refused.status_code == 403
    body = refused.json()
    assert body["return_code"] == 1002
    request_id = body["request_id"]

    # The token issued before is dead too (within the token cache's few seconds).
    async def token_refused():
        async with httpx.AsyncClient(base_url=stack.api_url, timeout=10) as client:
            res = await client.get(
                f"/asset-erp/v1/accounts/{account_no}/balance",
                headers={"authorization": f"Bearer {token}"},
            )
        return res.status_code == 401 and res.json()["return_code"] == 8005

    assert await eventually(token_refused)

    # Why was it refused? The request lookup says (records land about a second later).
    await page.click('#navbar [data-nav="requests"]')

    async def explained():
        await page.fill("#request-id", request_id)
        await page.click(".js-lookup button[type=submit]")  # re-renders even for the same id
        await page.wait_for_selector(".js-request-card, #alerts .js-notice, #alerts .js-api-error")
        return await page.locator(".js-request-card").count() > 0

    assert await eventually(explained, within=10, interval=1)
    card = await page.inner_text(".js-request-card")
    assert "1002" in card and appkey in card and "/asset-erp/v1/get-auth" in card
    assert (await page.inner_text(".js-explanation")).strip()

    # The audit log holds every step.
    await page.click('#navbar [data-nav="audit"]')
    await page.wait_for_selector(".js-audit-table")
    audit = await page.inner_text(".js-audit-table")
    for label in ("사용자 추가", "계좌 권한 변경", "키 발급", "키 수정", "키 교체", "키 폐기"):
        assert label in audit, label
    assert secret1 not in audit and secret2 not in audit

    # The keys screen lists it as revoked, filtered by the user.
    await page.goto(f"{stack.spa_url}/#/keys?user_id={user_id}&status=revoked")
    row = page.locator(f'.js-keys-table tr[data-appkey="{appkey}"]')
    await row.wait_for()
    assert "폐기" in await row.inner_text()


async def test_admin_api_error_shows_code_and_request_id(page, stack):
    """A refused admin call shows return_code and request_id, and links to the lookup."""
    await login(page, stack)
    await page.goto(f"{stack.spa_url}/#/users/999999")
    error = page.locator("#alerts .js-api-error")
    await error.wait_for()
    assert await error.locator(".js-return-code").inner_text() == "1901"
    request_id = await error.locator(".js-request-id").inner_text()
    assert len(request_id) == 36
    assert await error.locator(".js-request-id").get_attribute("href") == f"#/requests/{request_id}"


async def test_grant_and_key_validation_errors_stay_in_the_modal(page, stack):
    async with AdminApi(stack) as api:
        user = (await api.call("POST", "/users", json={"name": "검증 오류 확인"}))["user"]
    await login(page, stack)
    await page.goto(f"{stack.spa_url}/#/users/{user['user_id']}")
    await page.click("#screen-user .js-issue")
    await page.fill("#key-issue-cidrs", "not-an-ip")
    await page.click(".js-key-issue-form button[type=submit]")
    error = page.locator("#modal-root .modal.show .js-api-error")
    await error.wait_for()
    assert await error.locator(".js-return-code").inner_text() == "1501"
    assert "allowed_cidrs" in await error.inner_text()
    # The form stays usable for a correction.
    assert await page.locator(".js-key-issue-form button[type=submit]").is_enabled()


async def test_edit_disable_and_enable_a_user_and_edit_a_key_expiry_and_env(page, stack):
    async with AdminApi(stack) as api:
        user = (await api.call("POST", "/users", json={"name": "정산팀"}))["user"]
        issued = await api.call(
            "POST", f"/users/{user['user_id']}/keys", json={"expires_at": "2030-01-31"}
        )
    await login(page, stack)

    # Edit from the list: the search finds the user, the modal saves name, email and scope.
    await page.goto(f"{stack.spa_url}/#/users")
    await page.fill("#users-q", "정산")
    await page.click("#screen-users .js-filter button[type=submit]")
    await page.wait_for_function("() => location.hash.includes('q=')")
    row = page.locator(f'.js-users-table tr[data-user-id="{user["user_id"]}"]')
    await row.locator(".js-edit").click()
    await page.fill("#user-form-name", "정산팀 배치")
    await page.fill("#user-form-email", "settle@example.co.kr")
    await page.uncheck("#user-form-scope-market")
    await page.click(".js-user-form button[type=submit]")
    await page.wait_for_selector("#alerts .js-notice")
    assert "정산팀 배치" in await row.inner_text()
    assert "settle@example.co.kr" in await row.inner_text()

    # Disable (after a confirmation), then enable again.
    await row.locator('.js-set-status[data-status="disabled"]').click()
    await page.click("#modal-root .modal.show .js-confirm")
    await row.locator('.js-set-status[data-status="active"]').wait_for()
    assert "중지" in await row.inner_text()
    async with AdminApi(stack) as api:
        got = await api.call("GET", f"/users/{user['user_id']}")
    assert got["user"]["status"] == "disabled" and got["user"]["scopes"] == ["accounts"]
    await row.locator('.js-set-status[data-status="active"]').click()
    await page.click("#modal-root .modal.show .js-confirm")
    await row.locator('.js-set-status[data-status="disabled"]').wait_for()

    # The key's expiry and environment: shown, then the expiry removed (PATCH expires_at:
    # null) and the environment switched to mock, from the detail screen.
    await page.goto(f"{stack.spa_url}/#/users/{user['user_id']}")
    item = page.locator(f'.key-item[data-appkey="{issued["appkey"]}"]')
    await item.wait_for()
    assert "2030. 01. 31." in await item.inner_text()
    assert "실전" in await item.inner_text()
    await item.locator(".js-key-menu").click()
    await item.locator(".js-key-edit").click()
    assert await page.input_value("#key-edit-expires") == "2030-01-31"
    assert await page.input_value("#key-edit-env") == "real"
    await page.fill("#key-edit-expires", "")
    await page.select_option("#key-edit-env", "mock")
    await page.click(".js-key-edit-form button[type=submit]")
    await page.wait_for_selector("#alerts .js-notice")
    await page.wait_for_function(
        "(key) => document.querySelector(`.key-item[data-appkey='${key}']`)"
        "?.innerText.includes('만료 없음')",
        arg=issued["appkey"],
    )
    assert "모의" in await item.inner_text() and "실전" not in await item.inner_text()
    async with AdminApi(stack) as api:
        keys = await api.call("GET", "/keys", params={"user_id": user["user_id"]})
    assert keys["keys"][0]["expires_at"] is None and keys["keys"][0]["env"] == "mock"

    # The keys screen lists it with its new environment.
    await page.goto(f"{stack.spa_url}/#/keys?user_id={user['user_id']}")
    key_row = page.locator(f'.js-keys-table tr[data-appkey="{issued["appkey"]}"]')
    await key_row.wait_for()
    assert "모의" in await key_row.inner_text() and "실전" not in await key_row.inner_text()

    # The audit filter narrows to one action.
    await page.goto(f"{stack.spa_url}/#/audit")
    await page.select_option("#audit-action", "key.update")
    await page.click("#screen-audit .js-filter button[type=submit]")
    await page.wait_for_function("() => location.hash.includes('action=key.update')")
    await page.wait_for_selector(".js-audit-table")
    actions = await page.locator(".js-audit-table tbody tr td:nth-child(2)").all_inner_texts()
    assert actions and set(actions) == {"키 수정"}
    assert "env=mock" in await page.inner_text(".js-audit-table")
