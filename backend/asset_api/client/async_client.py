"""AsyncAssetApiClient: one httpx client for Asset-API and for the Kiwoom REST API.

Both speak the same dialect: a JSON token answer with `token` / `expires_dt` (or the OAuth
`access_token` / `expires_in`), an envelope with `return_code` / `return_msg` on every answer,
and pagination by the response headers `cont-yn: Y` + `next-key`, which the next call sends
back as request headers. What the client does about the usual troubles:

- the token is fetched on first use and reused until shortly before it expires; however many
  coroutines need a new one at the same moment, one token request is made (single flight);
- 401 / 8005 / 8006 (also as Kiwoom's bracketed "[8005:…]" form): one re-authentication and
  one retry, never a loop;
- the server's RateLimit header (Asset-API's data calls): once the current window's calls are
  spent, the next call waits for the window to end, so a long walk is paced, not refused;
- 429 / 1700: wait for `Retry-After` (bounded) and try again, a bounded number of times;
- `aclose()` revokes the token, so a finished job leaves no live token behind.

Asset-API (GET with query parameters):

    async with AsyncAssetApiClient("https://api.kfs.co.kr", APPKEY, SECRETKEY) as api:
        async for row in api.paginate(path, {"start_date": …, "end_date": …}, "transactions"):
            ...

Asset-API's realtime feed (an async iterator that reconnects and resumes by itself):

    async for event in api.subscribe("transactions", "5012345611"):
        print(event["header"]["seq"], event["body"])

Kiwoom (its token and revoke paths; POST with a JSON body and the TR code in `api-id`):

    async with AsyncAssetApiClient("https://api.kiwoom.com", APPKEY, SECRETKEY,
                                   api="kiwoom") as kw:
        pages = await kw.post_tr("kt00018", "/api/dostk/acnt", {"qry_tp": "1", …})
"""

import asyncio
import json as jsonlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from asset_api.client.errors import (
    ApiError,
    AssetApiError,
    AuthenticationException,
    PaginationError,
    real_return_code,
)
from asset_api.client.pacing import Pacer
from asset_api.client.realtime import subscription_events, websocket_url
from asset_api.client.tokens import KST, Token, parse_token_response

logger = logging.getLogger("asset_api.client")

# The token and revoke paths of each API the client speaks (`api=`).
API_PATHS = {
    "asset-api": ("/asset-erp/v1/get-auth", "/asset-erp/v1/revoke-auth"),
    "kiwoom": ("/oauth2/token", "/oauth2/revoke"),  # au10001, au10002
}
APPROVAL_PATH = "/asset-erp/v1/get-approval"
FROM_API = object()  # revoke_path not given: the path of `api`
# The Kiwoom documentation's content type for every call (token, revoke and TRs).
JSON_CONTENT_TYPE = "application/json;charset=UTF-8"
# 8005 invalid token, 8006 expired token (CONTRACT.md; Kiwoom uses the same two).
TOKEN_REJECTED_CODES = frozenset({8005, 8006})
RATE_LIMITED_CODE = 1700

Params = Mapping[str, Any] | None


class AsyncAssetApiClient:
    def __init__(
        self,
        base_url: str,
        appkey: str,
        secretkey: str,
        *,
        api: str = "asset-api",
        token_path: str | None = None,
        revoke_path: str | None | object = FROM_API,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 10.0,
        refresh_margin: float = 300.0,
        max_rate_limit_retries: int = 3,
        max_retry_after: float = 60.0,
        max_pages: int = 10_000,
    ):
        """`api`: "asset-api" or "kiwoom", whose token and revoke paths the client uses
        (`token_path` and `revoke_path` override them; `revoke_path=None` skips revocation on
        close). `refresh_margin`: seconds before expiry at which a cached token is replaced
        (at most half of its lifetime)."""
        if api not in API_PATHS:
            raise ValueError(f"api must be one of {', '.join(API_PATHS)}, not {api!r}")
        api_token_path, api_revoke_path = API_PATHS[api]
        self._base_url = base_url
        self._appkey = appkey
        self._secretkey = secretkey
        self._token_path = token_path or api_token_path
        self._revoke_path = api_revoke_path if revoke_path is FROM_API else revoke_path
        self._approval_key: str | None = None
        self._refresh_margin = refresh_margin
        self._max_rate_limit_retries = max_rate_limit_retries
        self._max_retry_after = max_retry_after
        self._max_pages = max_pages
        self._http = httpx.AsyncClient(
            base_url=base_url,
            transport=transport,
            timeout=timeout,
            headers={"accept": "application/json"},
        )
        self._token: Token | None = None
        self._refreshing: asyncio.Future[Token] | None = None
        self._closed = False
        # Seams for tests: how to wait, and what time it is.
        self._sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep
        self._now: Callable[[], datetime] = lambda: datetime.now(KST)
        self._pacer = Pacer(lambda seconds: self._sleep(seconds))

    async def __aenter__(self) -> "AsyncAssetApiClient":
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # --- calls -----------------------------------------------------------------------------

    async def get_access_token(self) -> Token:
        """The current token, fetched (once, however many callers ask) when there is none
        or it is about to expire."""
        self._ensure_open()
        return await self._valid_token()

    # The name the client had first; kept for the code written against it.
    token = get_access_token

    async def get_approval_key(self, *, fresh: bool = False) -> str:
        """The realtime feed's approval key (POST /asset-erp/v1/get-approval), fetched once
        and reused (it is checked only when a connection starts); `fresh` asks for a new one."""
        self._ensure_open()
        if self._approval_key is None or fresh:
            payload = {
                "grant_type": "client_credentials",
                "appkey": self._appkey,
                "secretkey": self._secretkey,
            }
            response = await self._post_with_rate_limit_waits(APPROVAL_PATH, payload)
            body = _json_object(response)
            key = (body or {}).get("approval_key")
            if response.status_code >= 400 or not isinstance(key, str) or not key:
                raise _token_failure(response, body)
            self._approval_key = key
        return self._approval_key

    def subscribe(
        self,
        tr_id: str,
        tr_key: str,
        *,
        last_seq: int | None = None,
        first_delay: float = 0.5,
        max_delay: float = 30.0,
    ) -> AsyncIterator[dict[str, Any]]:
        """Every event of the realtime stream (tr_id, tr_key) as {"header", "body"}, oldest
        first. Without `last_seq`, from now on; with it, from the events after it. A dropped
        connection is opened again after a backoff (`first_delay` doubling up to
        `max_delay`) and resumes after the last seq yielded. Raises ApiError when the
        subscription is refused and AuthenticationException when the key's connections are
        closed for good (4001)."""
        self._ensure_open()
        return subscription_events(
            websocket_url(self._base_url),
            tr_id,
            tr_key,
            approval_key=lambda fresh: self.get_approval_key(fresh=fresh),
            last_seq=last_seq,
            sleep=self._sleep,
            first_delay=first_delay,
            max_delay=max_delay,
        )

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> tuple[dict[str, Any], httpx.Headers]:
        """One authenticated call: (the JSON body, the response headers); ApiError unless the
        server answered with success."""
        response, body = await self._send(method, path, params=params, json=json, headers=headers)
        return _checked_body(method, path, response, body), response.headers

    async def get(self, path: str, params: Params = None) -> dict[str, Any]:
        body, _ = await self.request("GET", path, params=params)
        return body

    async def pages(
        self,
        method: str,
        path: str,
        *,
        params: Params = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Every page's body, following `cont-yn: Y` / `next-key` until the last page.

        The same path, parameters and body are sent each time, with the previous answer's
        `cont-yn` and `next-key` as request headers, as both APIs require.
        """
        continuation: dict[str, str] = {}
        seen_keys: set[str] = set()
        for _ in range(self._max_pages):
            body, response_headers = await self.request(
                method, path, params=params, json=json, headers={**(headers or {}), **continuation}
            )
            yield body
            if response_headers.get("cont-yn") != "Y":
                return
            next_key = response_headers.get("next-key")
            if not next_key:
                raise PaginationError(f"{method} {path}: cont-yn is Y but there is no next-key")
            if next_key in seen_keys:
                raise PaginationError(f"{method} {path}: next-key {next_key!r} came back again")
            seen_keys.add(next_key)
            continuation = {"cont-yn": "Y", "next-key": next_key}
        raise PaginationError(f"{method} {path}: more than {self._max_pages} pages")

    async def paginate(self, path: str, params: Params, item_key: str) -> AsyncIterator[Any]:
        """The items under `item_key` of every page of a GET, one at a time."""
        async for body in self.pages("GET", path, params=params):
            for item in body.get(item_key) or ():
                yield item

    async def post_tr(
        self, api_id: str, path: str, body: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """A Kiwoom TR: POST `body` with the TR code in the `api-id` header; every page's body
        (most TRs have one)."""
        return [
            page
            async for page in self.pages(
                "POST", path, json=dict(body or {}), headers={"api-id": api_id}
            )
        ]

    async def aclose(self) -> None:
        """Revoke the token (if one was issued) and close the connections. Idempotent."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._token is not None and self._revoke_path is not None:
                await self._revoke(self._token)
        finally:
            self._token = None
            await self._http.aclose()

    def _ensure_open(self) -> None:
        if self._closed:
            raise RuntimeError("AsyncAssetApiClient is closed")

    # --- tokens ----------------------------------------------------------------------------

    async def _valid_token(self, *, replacing: Token | None = None) -> Token:
        """A token that is fresh and is not `replacing` (the one the server just refused).

        Single flight: the first caller that needs a new token starts the request, and every
        caller arriving meanwhile awaits that same request, so 50 coroutines cost one token.
        """
        token = self._token
        if token is not None and token is not replacing and self._is_fresh(token):
            return token
        if self._refreshing is None:
            self._refreshing = asyncio.ensure_future(self._refresh())
        # shield: one caller giving up (cancelled) must not cancel the others' refresh.
        return await asyncio.shield(self._refreshing)

    async def _refresh(self) -> Token:
        try:
            self._token = await self._request_token()
            return self._token
        finally:
            self._refreshing = None

    def _is_fresh(self, token: Token) -> bool:
        margin = min(self._refresh_margin, token.expires_in / 2)
        return token.seconds_left(self._now()) > margin

    async def _request_token(self) -> Token:
        payload = {
            "grant_type": "client_credentials",
            "appkey": self._appkey,
            "secretkey": self._secretkey,
        }
        response = await self._post_with_rate_limit_waits(self._token_path, payload)
        body = _json_object(response)
        if response.status_code >= 400 or body is None:
            raise _token_failure(response, body)
        return parse_token_response(body, now=self._now())

    async def _post_with_rate_limit_waits(
        self, path: str, payload: dict[str, Any]
    ) -> httpx.Response:
        waits = 0
        while True:
            try:
                response = await self._http.post(
                    path, content=_json_bytes(payload), headers={"content-type": JSON_CONTENT_TYPE}
                )
            except httpx.HTTPError as exc:
                raise AuthenticationException(f"Token request failed: {exc}") from exc
            if response.status_code != 429 or waits == self._max_rate_limit_retries:
                return response
            waits += 1
            await self._sleep(self._retry_after(response))

    async def _revoke(self, token: Token) -> None:
        # Closing must not fail because the server is unhappy: the token expires anyway, so a
        # failed revocation is worth a warning, not an exception in the caller's cleanup.
        payload = {"appkey": self._appkey, "secretkey": self._secretkey, "token": token.token}
        try:
            response = await self._http.post(
                self._revoke_path,
                content=_json_bytes(payload),
                headers={"content-type": JSON_CONTENT_TYPE},
            )
        except httpx.HTTPError as exc:
            logger.warning("Token revocation failed: %s", exc)
            return
        body = _json_object(response) or {}
        if response.status_code >= 400 or real_return_code(body) not in (0, None):
            logger.warning(
                "Token revocation failed: HTTP %s, return_code=%s, msg=%s",
                response.status_code,
                real_return_code(body),
                body.get("return_msg"),
            )
        else:
            logger.info("Access token revoked")

    # --- one call, with its retries --------------------------------------------------------

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: Params,
        json: Any,
        headers: Mapping[str, str] | None,
    ) -> tuple[httpx.Response, dict[str, Any] | None]:
        """The answer to one call after at most one re-authentication and a bounded number of
        rate-limit waits: (response, its JSON object body or None)."""
        self._ensure_open()
        token = await self._valid_token()
        reauthenticated = False
        rate_limit_waits = 0
        while True:
            await self._pacer.before_call()
            response = await self._attempt(method, path, token, params, json, headers)
            self._pacer.after_call(response.headers)
            body = _json_object(response)
            code = real_return_code(body) if body is not None else None
            if _token_rejected(response, code) and not reauthenticated:
                logger.info("Token refused (%s); re-authenticating once", code or "HTTP 401")
                reauthenticated = True
                token = await self._valid_token(replacing=token)
                continue
            if _rate_limited(response, code) and rate_limit_waits < self._max_rate_limit_retries:
                rate_limit_waits += 1
                await self._sleep(self._retry_after(response))
                continue
            return response, body

    async def _attempt(
        self,
        method: str,
        path: str,
        token: Token,
        params: Params,
        json: Any,
        headers: Mapping[str, str] | None,
    ) -> httpx.Response:
        request_headers = {**(headers or {}), "authorization": token.authorization}
        content = None
        if json is not None:
            content = _json_bytes(json)
            request_headers["content-type"] = JSON_CONTENT_TYPE
        try:
            return await self._http.request(
                method, path, params=params, content=content, headers=request_headers
            )
        except httpx.HTTPError as exc:
            raise ApiError(f"{method} {path} failed: {exc}") from exc

    def _retry_after(self, response: httpx.Response) -> float:
        """Seconds to wait: Retry-After as seconds or an HTTP date, 1 when absent, bounded."""
        value = response.headers.get("retry-after")
        seconds = 1.0
        if value is not None:
            try:
                seconds = float(value)
            except ValueError:
                try:
                    seconds = (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds()
                except (TypeError, ValueError):
                    seconds = 1.0
        return min(max(seconds, 0.0), self._max_retry_after)


def _checked_body(
    method: str, path: str, response: httpx.Response, body: dict[str, Any] | None
) -> dict[str, Any]:
    if body is not None and response.is_success:
        # A body without return_code (a plain JSON API) is taken at its HTTP status.
        if "return_code" not in body or real_return_code(body) == 0:
            return body
    raise _api_error(method, path, response, body)


def _token_rejected(response: httpx.Response, code: int | None) -> bool:
    return response.status_code == 401 or code in TOKEN_REJECTED_CODES


def _rate_limited(response: httpx.Response, code: int | None) -> bool:
    # Kiwoom's rate-limit answer is 429 with {"return_code": 5, "return_msg": "…[1700:…]"}.
    return response.status_code == 429 or code == RATE_LIMITED_CODE


def _json_bytes(value: Any) -> bytes:
    return jsonlib.dumps(value, ensure_ascii=False).encode()


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    try:
        body = response.json()
    except (ValueError, RecursionError):  # not JSON, or nested past the decoder's recursion
        return None
    return body if isinstance(body, dict) else None


def _error_fields(response: httpx.Response, body: dict[str, Any] | None) -> dict[str, Any]:
    body = body or {}
    message = (
        body.get("return_msg")
        or body.get("error_description")
        or body.get("error")
        or f"HTTP {response.status_code} {response.reason_phrase}".strip()
    )
    return {
        "status_code": response.status_code,
        "return_code": real_return_code(body) if body else None,
        "return_msg": str(message),
        "request_id": body.get("request_id") or response.headers.get("x-request-id"),
    }


def _api_error(
    method: str, path: str, response: httpx.Response, body: dict[str, Any] | None
) -> ApiError:
    fields = _error_fields(response, body)
    text = f"{method} {path} failed: HTTP {fields['status_code']}"
    if fields["return_code"] is not None:
        text += f", return_code {fields['return_code']}"
    text += f": {fields['return_msg']}"
    if fields["request_id"]:
        text += f" (request_id {fields['request_id']})"
    return ApiError(text, **fields)


def _token_failure(response: httpx.Response, body: dict[str, Any] | None) -> AssetApiError:
    fields = _error_fields(response, body)
    return AuthenticationException(f"Token request failed: {fields['return_msg']}", **fields)
