"""AsyncAssetApiClient against respx: tokens, re-authentication, rate limits, pagination."""

import asyncio
import json
import logging
from datetime import datetime, timedelta

import httpx
import pytest
import respx

from asset_api.client import (
    KST,
    ApiError,
    AsyncAssetApiClient,
    AuthenticationException,
    PaginationError,
)

BASE = "https://api.example.test"
TOKEN_URL = f"{BASE}/asset-erp/v1/get-auth"
REVOKE_URL = f"{BASE}/asset-erp/v1/revoke-auth"
ACCOUNTS_URL = f"{BASE}/asset-erp/v1/accounts"
OK = {"return_code": 0, "return_msg": "정상적으로 처리되었습니다"}
TOMORROW = (datetime.now(KST) + timedelta(days=1)).strftime("%Y%m%d%H%M%S")


def token_body(token: str = "token-1", **changes) -> dict:
    return {**OK, "token": token, "token_type": "Bearer", "expires_dt": TOMORROW, **changes}


def ok(**fields) -> httpx.Response:
    return httpx.Response(200, json={**OK, **fields})


@pytest.fixture
async def api():
    client = AsyncAssetApiClient(BASE, "appkey-1", "secret-1")
    waits: list[float] = []

    async def record_wait(seconds: float) -> None:
        waits.append(seconds)

    client._sleep = record_wait
    client.waits = waits
    yield client
    await client.aclose()


def sent_token(request: httpx.Request) -> str:
    return request.headers["authorization"].removeprefix("Bearer ")


# --- the seed's cases, through the client ------------------------------------------------------


@respx.mock
async def test_seed_success_token_is_used_as_bearer(api):
    token_route = respx.post(TOKEN_URL).respond(200, json=token_body("R22y0dDGXM"))
    data = respx.get(ACCOUNTS_URL).respond(200, json={**OK, "accounts": []})

    assert await api.get("/asset-erp/v1/accounts") == {**OK, "accounts": []}

    assert json.loads(token_route.calls.last.request.content) == {
        "grant_type": "client_credentials",
        "appkey": "appkey-1",
        "secretkey": "secret-1",
    }
    assert data.calls.last.request.headers["authorization"] == "Bearer R22y0dDGXM"


@pytest.mark.parametrize("status", [200, 401])  # Kiwoom answers 200; Asset-API 401
@respx.mock
async def test_seed_invalid_appkey(api, status):
    respx.post(TOKEN_URL).respond(
        status, json={"return_code": 1001, "return_msg": "유효하지 않은 앱키입니다"}
    )
    with pytest.raises(AuthenticationException) as caught:
        await api.get("/asset-erp/v1/accounts")
    assert (caught.value.return_code, caught.value.return_msg) == (1001, "유효하지 않은 앱키입니다")


@respx.mock
async def test_seed_missing_token(api):
    body = token_body()
    del body["token"]
    respx.post(TOKEN_URL).respond(200, json=body)
    with pytest.raises(AuthenticationException, match="^No token in response$"):
        await api.token()


@respx.mock
async def test_bracketed_code_from_the_token_endpoint(api):
    respx.post(TOKEN_URL).respond(
        200,
        json={
            "return_code": 3,
            "return_msg": "인증에 실패했습니다[8005:Token이 유효하지 않습니다]",
        },
    )
    with pytest.raises(AuthenticationException) as caught:
        await api.token()
    assert caught.value.return_code == 8005


@pytest.mark.parametrize("expires_dt", ["20200101000000", "tomorrow"])
@respx.mock
async def test_expired_or_unparsable_expires_dt_is_used_for_24_hours(api, expires_dt, caplog):
    token_route = respx.post(TOKEN_URL).respond(200, json=token_body(expires_dt=expires_dt))
    respx.get(ACCOUNTS_URL).respond(200, json={**OK, "accounts": []})
    with caplog.at_level(logging.WARNING, logger="asset_api.client"):
        token = await api.token()
        await api.get("/asset-erp/v1/accounts")
    assert 86_399 <= token.expires_in <= 86_400
    assert token_route.call_count == 1  # cached, not re-issued on every call
    assert "assuming 24 hours" in caplog.text


@respx.mock
async def test_token_not_json(api):
    respx.post(TOKEN_URL).respond(502, text="<html>Bad Gateway</html>")
    with pytest.raises(AuthenticationException) as caught:
        await api.token()
    assert caught.value.status_code == 502


# --- caching and single flight ------------------------------------------------------------------


@respx.mock
async def test_50_concurrent_callers_cause_exactly_one_token_request(api):
    async def slow_token(request):
        await asyncio.sleep(0.05)  # every caller arrives while the request is in flight
        return httpx.Response(200, json=token_body("shared"))

    token_route = respx.post(TOKEN_URL).mock(side_effect=slow_token)
    data = respx.get(ACCOUNTS_URL).respond(200, json={**OK, "accounts": []})

    await asyncio.gather(*(api.get("/asset-erp/v1/accounts") for _ in range(50)))

    assert token_route.call_count == 1
    assert data.call_count == 50
    assert {sent_token(call.request) for call in data.calls} == {"shared"}


@respx.mock
async def test_concurrent_callers_share_one_failed_token_request(api):
    async def refuse(request):
        await asyncio.sleep(0.02)
        return httpx.Response(
            401, json={"return_code": 1001, "return_msg": "유효하지 않은 앱키입니다"}
        )

    token_route = respx.post(TOKEN_URL).mock(side_effect=refuse)
    results = await asyncio.gather(*(api.token() for _ in range(20)), return_exceptions=True)
    assert all(isinstance(result, AuthenticationException) for result in results)
    assert token_route.call_count == 1


@respx.mock
async def test_token_is_replaced_shortly_before_it_expires(api):
    token_route = respx.post(TOKEN_URL).mock(
        side_effect=[
            httpx.Response(200, json=token_body("first", expires_in=3600)),
            httpx.Response(200, json=token_body("second", expires_in=3600)),
        ]
    )
    start = datetime.now(KST)
    api._now = lambda: start
    assert (await api.token()).token == "first"
    api._now = lambda: start + timedelta(minutes=54)  # 6 minutes left: still good
    assert (await api.token()).token == "first"
    api._now = lambda: start + timedelta(minutes=56)  # 4 minutes left: inside the margin
    assert (await api.token()).token == "second"
    assert token_route.call_count == 2


# --- re-authentication --------------------------------------------------------------------------

REFUSALS = {
    "asset-api 8005": httpx.Response(
        401, json={"return_code": 8005, "return_msg": "유효하지 않은 토큰입니다"}
    ),
    "asset-api 8006": httpx.Response(
        401, json={"return_code": 8006, "return_msg": "만료된 토큰입니다"}
    ),
    "kiwoom bracketed": httpx.Response(
        200,
        json={
            "return_code": 3,
            "return_msg": "인증에 실패했습니다[8005:Token이 유효하지 않습니다]",
        },
    ),
    "bare 401": httpx.Response(401, text="Unauthorized"),
}


@pytest.mark.parametrize("refusal", REFUSALS.values(), ids=REFUSALS.keys())
@respx.mock
async def test_refused_token_means_one_reauthentication_and_a_successful_retry(api, refusal):
    token_route = respx.post(TOKEN_URL).mock(
        side_effect=[
            httpx.Response(200, json=token_body("stale")),
            httpx.Response(200, json=token_body("fresh")),
        ]
    )
    data = respx.get(ACCOUNTS_URL).mock(side_effect=[refusal, ok(accounts=["5012345611"])])

    assert (await api.get("/asset-erp/v1/accounts"))["accounts"] == ["5012345611"]

    assert token_route.call_count == 2
    assert [sent_token(call.request) for call in data.calls] == ["stale", "fresh"]


@respx.mock
async def test_a_second_refusal_is_an_error_not_a_loop(api):
    token_route = respx.post(TOKEN_URL).respond(200, json=token_body())
    data = respx.get(ACCOUNTS_URL).respond(
        401,
        json={"return_code": 8005, "return_msg": "유효하지 않은 토큰입니다", "request_id": "r-1"},
    )
    with pytest.raises(ApiError) as caught:
        await api.get("/asset-erp/v1/accounts")
    assert (caught.value.status_code, caught.value.return_code) == (401, 8005)
    assert caught.value.request_id == "r-1"
    assert (token_route.call_count, data.call_count) == (2, 2)


@respx.mock
async def test_concurrent_refusals_share_one_reauthentication(api):
    token_route = respx.post(TOKEN_URL).mock(
        side_effect=[
            httpx.Response(200, json=token_body("stale")),
            httpx.Response(200, json=token_body("fresh")),
        ]
    )

    def answer(request):
        if sent_token(request) == "stale":
            return httpx.Response(
                401, json={"return_code": 8006, "return_msg": "만료된 토큰입니다"}
            )
        return ok(accounts=[])

    respx.get(ACCOUNTS_URL).mock(side_effect=answer)
    await api.token()
    await asyncio.gather(*(api.get("/asset-erp/v1/accounts") for _ in range(10)))
    assert token_route.call_count == 2


# --- rate limits --------------------------------------------------------------------------------


@respx.mock
async def test_429_waits_for_retry_after_then_succeeds(api):
    respx.post(TOKEN_URL).respond(200, json=token_body())
    limited = httpx.Response(
        429,
        headers={"retry-after": "2"},
        json={"return_code": 1700, "return_msg": "허용된 요청 개수를 초과하였습니다"},
    )
    data = respx.get(ACCOUNTS_URL).mock(side_effect=[limited, ok(accounts=[])])

    assert await api.get("/asset-erp/v1/accounts") == {**OK, "accounts": []}
    assert api.waits == [2.0]
    assert data.call_count == 2


@respx.mock
async def test_kiwoom_rate_limit_and_http_date_retry_after(api):
    respx.post(TOKEN_URL).respond(200, json=token_body())
    kiwoom_limited = httpx.Response(
        429, json={"return_code": 5, "return_msg": "허용된 요청 개수를 초과하였습니다[1700:…]"}
    )
    dated = httpx.Response(
        429,
        headers={"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"},  # in the past: no wait
        json={"return_code": 1700, "return_msg": "허용된 요청 개수를 초과하였습니다"},
    )
    respx.get(ACCOUNTS_URL).mock(side_effect=[kiwoom_limited, dated, ok(accounts=[])])
    await api.get("/asset-erp/v1/accounts")
    assert api.waits == [1.0, 0.0]  # no Retry-After: one second


@respx.mock
async def test_rate_limit_waits_are_bounded(api):
    respx.post(TOKEN_URL).respond(200, json=token_body())
    data = respx.get(ACCOUNTS_URL).respond(
        429,
        headers={"retry-after": "3600"},
        json={"return_code": 1700, "return_msg": "허용된 요청 개수를 초과하였습니다"},
    )
    with pytest.raises(ApiError) as caught:
        await api.get("/asset-erp/v1/accounts")
    assert caught.value.return_code == 1700
    assert data.call_count == 4  # the call and three retries
    assert api.waits == [60.0, 60.0, 60.0]  # Retry-After capped at max_retry_after


@respx.mock
async def test_429_on_the_token_request_is_waited_out(api):
    respx.post(TOKEN_URL).mock(
        side_effect=[
            httpx.Response(429, headers={"retry-after": "1"}, json={"return_code": 1700}),
            httpx.Response(200, json=token_body("late")),
        ]
    )
    assert (await api.token()).token == "late"
    assert api.waits == [1.0]


# --- pagination ---------------------------------------------------------------------------------

TRANSACTIONS_URL = f"{BASE}/asset-erp/v1/accounts/5012345611/transactions"


@respx.mock
async def test_three_page_cont_yn_walk(api):
    respx.post(TOKEN_URL).respond(200, json=token_body())
    pages = respx.get(TRANSACTIONS_URL).mock(
        side_effect=[
            httpx.Response(
                200, headers={"cont-yn": "Y", "next-key": "k1"}, json={**OK, "transactions": [1, 2]}
            ),
            httpx.Response(
                200, headers={"cont-yn": "Y", "next-key": "k2"}, json={**OK, "transactions": [3, 4]}
            ),
            httpx.Response(200, headers={"cont-yn": "N"}, json={**OK, "transactions": [5]}),
        ]
    )
    params = {"start_date": "20261101", "end_date": "20261120", "limit": 2}
    rows = [
        row
        async for row in api.paginate(
            "/asset-erp/v1/accounts/5012345611/transactions", params, "transactions"
        )
    ]

    assert rows == [1, 2, 3, 4, 5]
    sent = [call.request for call in pages.calls]
    assert [(r.headers.get("cont-yn"), r.headers.get("next-key")) for r in sent] == [
        (None, None),
        ("Y", "k1"),
        ("Y", "k2"),
    ]
    assert {str(r.url.params) for r in sent} == {"start_date=20261101&end_date=20261120&limit=2"}


@respx.mock
async def test_a_repeated_next_key_stops_the_walk(api):
    respx.post(TOKEN_URL).respond(200, json=token_body())
    respx.get(TRANSACTIONS_URL).respond(
        200, headers={"cont-yn": "Y", "next-key": "same"}, json={**OK, "transactions": [1]}
    )
    with pytest.raises(PaginationError, match="came back again"):
        async for _ in api.paginate(
            "/asset-erp/v1/accounts/5012345611/transactions", None, "transactions"
        ):
            pass


@respx.mock
async def test_cont_yn_without_next_key_is_an_error(api):
    respx.post(TOKEN_URL).respond(200, json=token_body())
    respx.get(TRANSACTIONS_URL).respond(
        200, headers={"cont-yn": "Y"}, json={**OK, "transactions": []}
    )
    with pytest.raises(PaginationError, match="no next-key"):
        async for _ in api.paginate(
            "/asset-erp/v1/accounts/5012345611/transactions", None, "transactions"
        ):
            pass


@respx.mock
async def test_error_page_raises_api_error_with_the_envelope(api):
    respx.post(TOKEN_URL).respond(200, json=token_body())
    respx.get(TRANSACTIONS_URL).respond(
        400,
        headers={"x-request-id": "req-9"},
        json={
            "return_code": 1501,
            "return_msg": "요청 형식이 올바르지 않습니다 (start_date)",
            "request_id": "req-9",
        },
    )
    with pytest.raises(ApiError) as caught:
        await api.get("/asset-erp/v1/accounts/5012345611/transactions")
    error = caught.value
    assert (error.status_code, error.return_code, error.request_id) == (400, 1501, "req-9")
    assert "start_date" in str(error) and "req-9" in str(error)


# --- Kiwoom TRs ----------------------------------------------------------------------------------

KIWOOM = "https://api.kiwoom.com"


@respx.mock
async def test_post_tr_sends_api_id_and_json_body_and_follows_pages():
    respx.post(f"{KIWOOM}/oauth2/token").respond(200, json=token_body("kw"))
    revoke = respx.post(f"{KIWOOM}/oauth2/revoke").respond(200, json=OK)
    tr = respx.post(f"{KIWOOM}/api/dostk/acnt").mock(
        side_effect=[
            httpx.Response(
                200, headers={"cont-yn": "Y", "next-key": "n1"}, json={**OK, "rows": [1]}
            ),
            httpx.Response(
                200, headers={"cont-yn": "Y", "next-key": "n2"}, json={**OK, "rows": [2]}
            ),
            httpx.Response(200, headers={"cont-yn": "N", "next-key": ""}, json={**OK, "rows": [3]}),
        ]
    )
    async with AsyncAssetApiClient(
        KIWOOM, "kw-app", "kw-secret", token_path="/oauth2/token", revoke_path="/oauth2/revoke"
    ) as kiwoom:
        pages = await kiwoom.post_tr(
            "kt00018", "/api/dostk/acnt", {"qry_tp": "1", "dmst_stex_tp": "KRX"}
        )

    assert [page["rows"] for page in pages] == [[1], [2], [3]]
    for call in tr.calls:
        request = call.request
        assert request.headers["api-id"] == "kt00018"
        assert request.headers["content-type"] == "application/json;charset=UTF-8"
        assert request.headers["authorization"] == "Bearer kw"
        assert json.loads(request.content) == {"qry_tp": "1", "dmst_stex_tp": "KRX"}
    assert [c.request.headers.get("next-key") for c in tr.calls] == [None, "n1", "n2"]
    assert json.loads(revoke.calls.last.request.content) == {
        "appkey": "kw-app",
        "secretkey": "kw-secret",
        "token": "kw",
    }


# --- closing -------------------------------------------------------------------------------------


@respx.mock
async def test_aclose_revokes_the_token_once():
    respx.post(TOKEN_URL).respond(200, json=token_body("to-revoke"))
    revoke = respx.post(REVOKE_URL).respond(200, json=OK)
    client = AsyncAssetApiClient(BASE, "appkey-1", "secret-1")
    await client.token()
    await client.aclose()
    await client.aclose()
    assert revoke.call_count == 1
    assert json.loads(revoke.calls.last.request.content)["token"] == "to-revoke"
    with pytest.raises(RuntimeError, match="closed"):
        await client.get("/asset-erp/v1/accounts")


@respx.mock
async def test_aclose_without_a_token_revokes_nothing():
    revoke = respx.post(REVOKE_URL).respond(200, json=OK)
    async with AsyncAssetApiClient(BASE, "appkey-1", "secret-1"):
        pass
    assert revoke.call_count == 0


@respx.mock
async def test_a_failed_revocation_is_a_warning_not_an_exception(caplog):
    respx.post(TOKEN_URL).respond(200, json=token_body())
    respx.post(REVOKE_URL).respond(
        503, json={"return_code": 9001, "return_msg": "일시적으로 서비스를 이용할 수 없습니다"}
    )
    with caplog.at_level(logging.WARNING, logger="asset_api.client"):
        async with AsyncAssetApiClient(BASE, "appkey-1", "secret-1") as client:
            await client.token()
    assert "Token revocation failed" in caplog.text


@respx.mock
async def test_a_deeply_nested_answer_is_an_api_error_not_a_recursion_error(api):
    respx.post(TOKEN_URL).respond(200, json=token_body())
    respx.get(ACCOUNTS_URL).respond(200, content=b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(ApiError) as caught:
        await api.get("/asset-erp/v1/accounts")
    assert caught.value.status_code == 200


# --- speaking Kiwoom ----------------------------------------------------------------------------


@respx.mock
async def test_one_argument_makes_the_client_use_kiwooms_token_and_revoke_paths():
    token_route = respx.post(f"{BASE}/oauth2/token").respond(200, json=token_body("kw-token"))
    revoke_route = respx.post(f"{BASE}/oauth2/revoke").respond(200, json=OK)
    async with AsyncAssetApiClient(BASE, "appkey-1", "secret-1", api="kiwoom") as kiwoom:
        assert (await kiwoom.get_access_token()).token == "kw-token"
    assert token_route.call_count == 1
    assert json.loads(revoke_route.calls[0].request.content)["token"] == "kw-token"


def test_an_unknown_api_is_refused_at_once():
    with pytest.raises(ValueError, match="asset-api, kiwoom"):
        AsyncAssetApiClient(BASE, "appkey-1", "secret-1", api="kis")
