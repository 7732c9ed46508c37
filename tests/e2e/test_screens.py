"""Every screen at 1280 px and at 390 px: rendered from real data, screenshotted into
tests/e2e/screenshots/ (gitignored) for a person to look at, and checked for the one layout
fault a machine can see: the page must never be wider than the window (wide tables scroll
inside their own box)."""

import asyncio
import contextlib
import json
import uuid
from datetime import UTC, date, datetime, timedelta

import asyncpg
import httpx
import pytest
import pytest_asyncio
import websockets

from asset_api.domain import KOREA
from asset_api.http import request_log
from tests.e2e.conftest import AdminApi, assert_clean, get_auth, login, new_page, shot

pytestmark = pytest.mark.e2e


async def open_realtime_connection(stack, appkey: str, secretkey: str, account_no: str):
    """A websocket of the realtime feed bound to the key (subscribed to an account), kept
    open, PINGPONG answered, until the returned task is cancelled."""
    async with httpx.AsyncClient(base_url=stack.api_url) as client:
        approval = await client.post(
            "/asset-erp/v1/get-approval",
            json={"grant_type": "client_credentials", "appkey": appkey, "secretkey": secretkey},
        )
    ws = await websockets.connect(
        stack.api_url.replace("http://", "ws://") + "/asset-erp/v1/realtime"
    )
    frame = {
        "header": {"approval_key": approval.json()["approval_key"], "tr_type": "1"},
        "body": {"input": {"tr_id": "transactions", "tr_key": account_no}},
    }
    await ws.send(json.dumps(frame))
    assert json.loads(await ws.recv())["body"]["return_code"] == 0

    async def keep_open() -> None:
        try:
            async for text in ws:
                if json.loads(text)["header"].get("tr_id") == "PINGPONG":
                    await ws.send(text)
        finally:
            await ws.close()

    return asyncio.create_task(keep_open())


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def seeded(stack, migrated):
    """Users (more than one page), granted accounts, keys in every state, 30 days of calls, and
    an open realtime connection of the expiring key."""
    async with AdminApi(stack) as api:
        main = (
            await api.call(
                "POST",
                "/users",
                json={"name": "리스크관리팀 야간 배치 시스템", "email": "risk-batch@example.co.kr"},
            )
        )["user"]
        for i in range(24):
            await api.call("POST", "/users", json={"name": f"연동 시스템 {i + 1:02d}"})
        spares = {
            width: (await api.call("POST", "/users", json={"name": f"화면 확인 {width}"}))["user"]
            for width in ("desktop", "phone")
        }
        uid = main["user_id"]
        await api.call(
            "PUT",
            f"/users/{uid}/accounts",
            json={"env": "real", "account_nos": stack.account_nos[:3]},
        )
        soon = (date.today() + timedelta(days=5)).isoformat()
        expiring = await api.call(
            "POST",
            f"/users/{uid}/keys",
            json={"expires_at": soon, "rate_limit": 50, "allowed_cidrs": ["127.0.0.1/32"]},
        )
        rotated = await api.call("POST", f"/users/{uid}/keys", json={"env": "mock"})
        await api.call("POST", f"/keys/{rotated['appkey']}/rotate", json={"grace_hours": 48})
        disabled = await api.call("POST", f"/users/{uid}/keys", json={})
        await api.call("PATCH", f"/keys/{disabled['appkey']}", json={"status": "disabled"})
        revoked = await api.call("POST", f"/users/{uid}/keys", json={})
        await api.call("POST", f"/keys/{revoked['appkey']}/revoke")
        await api.call("PATCH", f"/users/{main['user_id'] + 1}", json={"status": "disabled"})

    assert (await get_auth(stack, expiring["appkey"], expiring["secretkey"])).status_code == 200
    refused = await get_auth(stack, disabled["appkey"], disabled["secretkey"])
    assert refused.status_code == 403

    # Past days of traffic for the charts (the recorder only writes what happens now), written
    # as the recorder writes its batches, rollups included.
    now = datetime.now(UTC)
    rows = [
        request_log.record_row(
            request_id=str(uuid.uuid4()),
            at=now - timedelta(days=d, minutes=n),
            method="GET",
            path="/asset-erp/v1/accounts",
            status=401 if n % 9 == 0 else 200,
            return_code=8005 if n % 9 == 0 else 0,
            return_msg="유효하지 않은 토큰입니다" if n % 9 == 0 else "정상적으로 처리되었습니다",
            key_id=None,
            appkey=None,
            client_ip=None,
            duration_ms=3.5,
        )  # fmt: skip
        for d in range(1, 30)
        for n in range(1, 201)
        if n <= 40 + (d * 37) % 160
    ]
    conn = await asyncpg.connect(migrated)
    try:
        await request_log.make_partitions(conn, {r[1].astimezone(KOREA).date() for r in rows})
        await request_log.write_records(conn, rows)
    finally:
        await conn.close()
    realtime = await open_realtime_connection(
        stack, expiring["appkey"], expiring["secretkey"], stack.account_nos[0]
    )
    await asyncio.sleep(1.5)  # the usage recorder writes the live calls in ~1 s batches
    yield {
        "user": main,
        "mock_key": rotated["appkey"],
        "realtime_key": expiring["appkey"],
        "request_id": refused.json()["request_id"],
        "spares": spares,
    }
    realtime.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await realtime


async def no_page_overflow(page) -> None:
    sizes = await page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert sizes[0] <= sizes[1], f"page is {sizes[0]} px wide in a {sizes[1]} px window"


@pytest.mark.parametrize("width", ["desktop", "phone"])
async def test_every_screen(browser, stack, seeded, width):
    context, page, watch = await new_page(browser, stack, width)
    try:
        await page.goto(f"{stack.spa_url}/")
        await page.wait_for_selector(".js-login-form")
        await no_page_overflow(page)
        await shot(page, f"{width}-login")

        await login(page, stack)
        await page.wait_for_selector(".js-chart-requests svg rect.chart-bar")
        bars = await page.locator(".js-chart-requests rect.chart-bar").count()
        assert bars == 14  # the default period, every day present
        assert await page.locator(".js-chart-refusals rect.chart-bar").count() == 14
        assert await page.locator(".js-expiring tbody tr").count() == 1
        assert await page.inner_text(".js-counts .js-realtime-connections") == "1"
        await no_page_overflow(page)
        await shot(page, f"{width}-dashboard")

        await page.goto(f"{stack.spa_url}/#/?days=30")
        await page.wait_for_function(
            "() => document.querySelectorAll('.js-chart-requests rect.chart-bar').length === 30"
        )
        await no_page_overflow(page)

        await page.goto(f"{stack.spa_url}/#/users")
        await page.wait_for_selector(".js-users-table")
        assert "전체 27건 중 1–20" in await page.inner_text(".js-pager-summary")
        await no_page_overflow(page)
        await shot(page, f"{width}-users")

        # Sorting and paging are the server's: the hash carries them.
        await page.click('.js-sort[data-sort="name"]')
        await page.wait_for_function("() => location.hash.includes('sort=name')")
        await page.wait_for_selector('th[aria-sort="ascending"] .js-sort[data-sort="name"]')
        await page.click('.pagination a[href*="page=2"] >> nth=0')
        await page.wait_for_function("() => location.hash.includes('page=2')")
        await page.wait_for_selector(".js-pager-summary >> text=21–27")

        await page.goto(f"{stack.spa_url}/#/users/{seeded['user']['user_id']}")
        await page.wait_for_selector(".js-keys .key-item")
        assert await page.locator(".js-keys .key-item").count() == 4
        realtime_key = page.locator(f'.key-item[data-appkey="{seeded["realtime_key"]}"]')
        assert await realtime_key.locator(".js-realtime-connections").inner_text() == "1개"
        await no_page_overflow(page)
        await shot(page, f"{width}-user")

        await page.click("#screen-user .js-issue")
        await page.wait_for_selector("#modal-root .modal.show #key-issue-cidrs")
        await asyncio.sleep(0.4)  # the fade-in
        await shot(page, f"{width}-key-issue-modal", full_page=False)
        await page.click("#modal-root .modal.show [data-bs-dismiss=modal] >> nth=0")
        await page.locator("#modal-root .modal").wait_for(state="detached")

        mock_key = page.locator(f'.key-item[data-appkey="{seeded["mock_key"]}"]')
        await mock_key.locator(".js-key-menu").click()
        await mock_key.locator(".js-key-edit").click()
        await page.wait_for_selector("#modal-root .modal.show #key-edit-env")
        assert await page.input_value("#key-edit-env") == "mock"  # the key's own environment
        await asyncio.sleep(0.4)  # the fade-in
        await shot(page, f"{width}-key-edit-modal", full_page=False)
        await page.click("#modal-root .modal.show [data-bs-dismiss=modal] >> nth=0")
        await page.locator("#modal-root .modal").wait_for(state="detached")

        await page.click("#screen-user .js-grant")
        await page.wait_for_selector("#modal-root .modal.show .js-grant-account")
        assert await page.locator(".js-grant-account:checked").count() == 3
        await asyncio.sleep(0.4)
        await shot(page, f"{width}-grant-modal", full_page=False)
        await page.click("#modal-root .modal.show [data-bs-dismiss=modal] >> nth=0")
        await page.locator("#modal-root .modal").wait_for(state="detached")

        await page.goto(f"{stack.spa_url}/#/keys")
        await page.wait_for_selector(".js-keys-table")
        active = await page.eval_on_selector_all(
            "#navbar [data-nav].active", "links => links.map((a) => a.dataset.nav)"
        )
        assert active == ["keys"]
        if width == "desktop":  # the column is hidden on a phone
            row = page.locator(f'.js-keys-table tr[data-appkey="{seeded["realtime_key"]}"]')
            assert await row.locator(".js-realtime-connections").inner_text() == "1"
        await no_page_overflow(page)
        await shot(page, f"{width}-keys")

        await page.goto(f"{stack.spa_url}/#/audit")
        await page.wait_for_selector(".js-audit-table")
        await no_page_overflow(page)
        await shot(page, f"{width}-audit")

        await page.goto(f"{stack.spa_url}/#/requests/{seeded['request_id']}")
        await page.wait_for_selector(".js-request-card")
        assert "1002" in await page.inner_text(".js-request-card")
        await no_page_overflow(page)
        await shot(page, f"{width}-requests")

        # The one-time secret, on a user of its own (so both widths see the same keys above).
        spare = seeded["spares"][width]
        await page.goto(f"{stack.spa_url}/#/users/{spare['user_id']}")
        await page.click("#screen-user .js-issue")
        await page.click(".js-key-issue-form button[type=submit]")
        await page.wait_for_selector("#modal-root .modal.show #secret-secretkey")
        await asyncio.sleep(0.4)
        await shot(page, f"{width}-secret-modal", full_page=False)
        await page.check(".js-secret-saved")
        await page.click(".js-secret-close")
        await page.locator("#secret-secretkey").wait_for(state="detached")

        if width == "phone":
            await page.click(".navbar-toggler")
            await page.wait_for_selector("#nav-links.show")
            await asyncio.sleep(0.4)
            await shot(page, "phone-menu")
        await assert_clean(page, watch)
    finally:
        await context.close()
