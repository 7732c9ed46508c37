"""The realtime feed for AsyncAssetApiClient.subscribe: an approval key, one subscription,
PINGPONG echoed, and a reconnect with backoff that resumes from the last seq it yielded, so
a dropped connection loses and repeats nothing (the server replays from its events table)."""

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from asset_api.client.errors import ApiError, AuthenticationException

REALTIME_PATH = "/asset-erp/v1/realtime"
PINGPONG = "PINGPONG"
# Close codes after which a new connection cannot help: the key was revoked, disabled,
# expired or moved to the other environment (4001). Every other end is a reason to reconnect.
KEY_REFUSED_CLOSE = 4001
APPROVAL_REFUSED = 8005


def websocket_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    scheme = {"https": "wss", "http": "ws"}.get(parts.scheme, parts.scheme)
    return urlunsplit((scheme, parts.netloc, REALTIME_PATH, "", ""))


def subscribe_frame(approval_key: str, tr_id: str, tr_key: str, last_seq: int | None) -> str:
    data: dict[str, Any] = {"tr_id": tr_id, "tr_key": tr_key}
    if last_seq is not None:
        data["last_seq"] = last_seq
    header = {"approval_key": approval_key, "tr_type": "1", "content-type": "utf-8"}
    return json.dumps({"header": header, "body": {"input": data}})


async def subscription_events(
    url: str,
    tr_id: str,
    tr_key: str,
    *,
    approval_key: Callable[[bool], Awaitable[str]],
    last_seq: int | None,
    sleep: Callable[[float], Awaitable[Any]],
    first_delay: float,
    max_delay: float,
) -> AsyncIterator[dict[str, Any]]:
    """Every event frame of one subscription, across reconnects. `approval_key(fresh)` gives
    the key (fresh=True: a new one, after the server refused the old one)."""
    import websockets  # here, so that the REST client does not need it

    delay = first_delay
    fresh = False
    while True:
        key = await approval_key(fresh)
        fresh = False
        try:
            async with websockets.connect(url) as ws:
                await ws.send(subscribe_frame(key, tr_id, tr_key, last_seq))
                async for text in ws:
                    frame = json.loads(text)
                    header = frame.get("header") or {}
                    if header.get("tr_id") == PINGPONG:
                        await ws.send(text)
                    elif "seq" in header:
                        last_seq = header["seq"]
                        delay = first_delay
                        yield frame
                    else:
                        fresh = _check_ack(frame)
                        if fresh:
                            break
        except websockets.ConnectionClosed as exc:
            if exc.rcvd is not None and exc.rcvd.code == KEY_REFUSED_CLOSE:
                raise AuthenticationException(
                    "the key's realtime connections were closed"
                    " (revoked, disabled, expired or moved to the other environment)"
                ) from exc
        except (OSError, websockets.InvalidHandshake, TimeoutError):
            pass  # the server is away: try again after the backoff
        await sleep(delay)
        delay = min(delay * 2, max_delay)


def _check_ack(frame: dict[str, Any]) -> bool:
    """True when the approval key was refused (a new one may do); ApiError for any other
    refusal, which reconnecting would only repeat."""
    body = frame.get("body") or {}
    code = body.get("return_code")
    if code == 0:
        return False
    if code == APPROVAL_REFUSED:
        return True
    raise ApiError(
        f"subscription refused: {code} {body.get('return_msg')}",
        return_code=code if isinstance(code, int) else None,
        return_msg=body.get("return_msg"),
    )
