"""The frames of the realtime websocket (CONTRACT.md "Realtime feed"), in KIS's shape.

Client → server: `{"header": {"approval_key", "tr_type", "content-type"}, "body": {"input":
{"tr_id", "tr_key"[, "last_seq"]}}}`, or the heartbeat `{"header": {"tr_id": "PINGPONG"}}`.
Server → client: an ack per frame, events, the heartbeat. Parsing never raises anything but
InvalidRequest (1501) with a Korean message naming the field.
"""

import json
from dataclasses import dataclass

from asset_api.domain import MAX_BIGINT
from asset_api.errors import SUCCESS_CODE, SUCCESS_MSG, AppError, InvalidRequest

MAX_SUBSCRIPTIONS = 41  # per connection, as KIS
MAX_FRAME_BYTES = 64 * 1024
PINGPONG = "PINGPONG"
SUBSCRIBE, UNSUBSCRIBE = "1", "2"
PINGPONG_FRAME = json.dumps({"header": {"tr_id": PINGPONG}})

# Close codes of the server (the reference site's 실시간 page lists them).
CLOSE_KEY_REFUSED = 4001  # the key was revoked, disabled or expired
CLOSE_SLOW_READER = 4002  # the client did not read: its send buffer overflowed
CLOSE_SILENT = 4003  # nothing heard from the client for the idle limit
CLOSE_GOING_AWAY = 1001  # the server is stopping

HEADER_FIELDS = {"approval_key", "tr_type", "content-type", "custtype", "tr_id"}
INPUT_FIELDS = {"tr_id", "tr_key", "last_seq"}


@dataclass(frozen=True, slots=True)
class Request:
    """A subscribe (tr_type "1") or unsubscribe ("2") frame."""

    approval_key: str
    tr_type: str
    tr_id: str
    tr_key: str
    last_seq: int | None


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """The client's echo of PINGPONG."""


def parse_frame(text: str) -> Request | Heartbeat:
    """A text frame as a Request or a Heartbeat, or InvalidRequest naming what is wrong."""
    if len(text) > MAX_FRAME_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FRAME_BYTES:
        raise InvalidRequest(f"프레임은 {MAX_FRAME_BYTES // 1024}KiB까지 보낼 수 있습니다")
    try:
        frame = json.loads(text)
    except (ValueError, RecursionError):
        raise InvalidRequest("프레임이 올바른 JSON이 아닙니다") from None
    header = _object(frame, "header", "프레임")
    if header.get("tr_id") == PINGPONG:
        return Heartbeat()
    _no_extra(header, HEADER_FIELDS, "header")
    body = _object(frame, "body", "프레임")
    _no_extra(body, {"input"}, "body")
    data = _object(body, "input", "body")
    _no_extra(data, INPUT_FIELDS, "body.input")
    tr_type = _text(header, "tr_type", "header")
    if tr_type not in (SUBSCRIBE, UNSUBSCRIBE):
        raise InvalidRequest('header.tr_type: "1"(등록) 또는 "2"(해제)여야 합니다')
    return Request(
        approval_key=_text(header, "approval_key", "header"),
        tr_type=tr_type,
        tr_id=_text(data, "tr_id", "body.input"),
        tr_key=_text(data, "tr_key", "body.input"),
        last_seq=_last_seq(data),
    )


def ack(tr_id: str | None, tr_key: str | None, *, subscriptions: int,
        error: AppError | None = None) -> str:  # fmt: skip
    """The answer to a frame: 0, or the refusal's return_code and message."""
    return json.dumps(
        {
            "header": {"tr_id": tr_id, "tr_key": tr_key},
            "body": {
                "return_code": SUCCESS_CODE if error is None else error.return_code,
                "return_msg": SUCCESS_MSG if error is None else error.return_msg,
                "subscriptions": subscriptions,
                "max_subscriptions": MAX_SUBSCRIPTIONS,
            },
        },
        ensure_ascii=False,
    )


def frame_names(text: str) -> tuple[str | None, str | None]:
    """The tr_id and tr_key of a frame, as far as they can be read, for the ack of a refusal."""
    try:
        data = json.loads(text)["body"]["input"]
    except (ValueError, RecursionError, KeyError, TypeError):
        return None, None
    if not isinstance(data, dict):
        return None, None
    names = data.get("tr_id"), data.get("tr_key")
    return tuple(n if isinstance(n, str) and len(n) <= 40 else None for n in names)  # type: ignore[return-value]


def _object(parent: dict, name: str, where: str) -> dict:
    value = parent.get(name) if isinstance(parent, dict) else None
    if not isinstance(value, dict):
        raise InvalidRequest(f"{where}에 {name} 객체가 없습니다")
    return value


def _no_extra(value: dict, allowed: set[str], where: str) -> None:
    extra = sorted(set(value) - allowed)
    if extra:
        raise InvalidRequest(f"{where}: 알 수 없는 필드 {extra[0][:40]}")


def _text(value: dict, name: str, where: str) -> str:
    text = value.get(name)
    if not isinstance(text, str) or not text:
        raise InvalidRequest(f"{where}.{name}: 문자열이 필요합니다")
    return text


def _last_seq(data: dict) -> int | None:
    if "last_seq" not in data:
        return None
    seq = data["last_seq"]
    if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq <= MAX_BIGINT:
        raise InvalidRequest("body.input.last_seq: 0 이상의 정수가 필요합니다")
    return seq
