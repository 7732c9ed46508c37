"""How the API is served: uvicorn with httptools, request heads bounded, no proxy headers.

uvicorn's httptools protocol puts no bound on a request's head: eight connections sending
16 MB of unfinished headers each made the process grow by 180 MB, and a complete 32 MB header
was answered. `LimitedHttpToolsProtocol` counts the bytes of the head as the parser reports
them (the request line, each header, and whatever is still unparsed) and refuses past the
limits of the settings (`max_request_line_bytes`: 414; `max_header_bytes`,
`max_headers_bytes`: 431), in the envelope, before the app sees anything. Bytes that are not
HTTP at all get the envelope's 1501 too, instead of uvicorn's plain-text 400.

An upgrade that is not to a websocket is ignored, as RFC 9110 (7.8) lets a server do, and the
request served as HTTP/1.1 with its body. The JDK's HttpClient offers `Upgrade: h2c` on every
plain-http request; httptools then takes the body for the new protocol's bytes and uvicorn
hands the app an empty body (Kludex/uvicorn#2722), so every stock Java client's POST failed.

uvicorn's own X-Forwarded-For handling is off wherever it serves the API (`uvicorn_config`):
the client address is worked out in one place, http/client_address.py, from the proxies the
settings trust.

Every server of the API is made here: `asset-api serve`, `asset-api run`, the e2e and bench
servers.
"""

import functools
import json
import logging
import uuid
from dataclasses import dataclass
from typing import Any

import httptools
import uvicorn
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from asset_api.errors import AppError, HeadersTooLarge, InvalidRequest, RequestLineTooLong
from asset_api.settings import Settings

log = logging.getLogger("asset_api.access")


@dataclass(frozen=True, slots=True)
class HeadLimits:
    request_line: int
    header: int
    headers: int

    @classmethod
    def of(cls, settings: Settings) -> "HeadLimits":
        return cls(
            settings.max_request_line_bytes, settings.max_header_bytes, settings.max_headers_bytes
        )


# What an upgrade offer adds to a request's head, dropped when it is served as HTTP/1.1.
_OFFER_HEADERS = frozenset({b"upgrade", b"http2-settings"})
_OFFER_TOKENS = frozenset({b"upgrade", b"http2-settings"})


class _HeadRefused(Exception):
    """Raised from a parser callback to stop the parser; the refusal is on the protocol."""


class LimitedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with the head's size bounded.

    A complete head is measured once, when the parser has it (`on_headers_complete`): the
    request line, each header, all of them. A head still unfinished is bounded by the bytes
    received since it began (`data_received`): the parser would otherwise hold any amount of
    an endless header. No per-header callback is overridden, as each would cost a Python call.
    """

    def __init__(self, *args: Any, limits: HeadLimits, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.limits = limits
        self._in_head = False
        self._head_bytes = 0  # received since the head began
        self._refusal: AppError | None = None
        self._upgrade_offer = False  # this request offers an upgrade we do not take

    def data_received(self, data: bytes) -> None:
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            self.logger.warning("Invalid HTTP request received.")
            self.send_400_response("")
            return
        except httptools.HttpParserUpgrade as upgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            else:
                self._serve_without_upgrade(data[upgrade.args[0] :])
            return
        if self._in_head and not self.transport.is_closing():
            self._head_bytes += len(data)
            if self._head_bytes > self.limits.request_line + self.limits.headers:
                self._refusal = self._unfinished_head_refusal()
                self.send_400_response("")

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head, self._head_bytes = True, 0

    def on_headers_complete(self) -> None:
        self._in_head = False
        refusal = self._complete_head_refusal()
        if refusal is not None:
            self._refusal = refusal
            raise _HeadRefused  # the parser stops; uvicorn answers with send_400_response
        self._upgrade_offer = self.parser.should_upgrade() and not self._should_upgrade()
        if not self._upgrade_offer:
            super().on_headers_complete()

    def on_message_complete(self) -> None:
        if not self._upgrade_offer:
            super().on_message_complete()

    def _serve_without_upgrade(self, rest: bytes) -> None:
        """Parse the request again, its head without the offer, with a parser that reads its
        body; the bytes after the head (`rest`) are the body and whatever follows."""
        version = self.parser.get_http_version()
        head = [self.parser.get_method(), b" ", self.url, b" HTTP/", version.encode(), b"\r\n"]
        for name, value in self.headers:
            if name == b"connection":
                kept = [t for t in value.split(b",") if t.strip().lower() not in _OFFER_TOKENS]
                value = b",".join(kept).strip()
                if not value:
                    continue
            elif name in _OFFER_HEADERS:
                continue
            head += [name, b": ", value, b"\r\n"]
        head.append(b"\r\n")
        self.parser = httptools.HttpRequestParser(self)
        self.parser.set_dangerous_leniencies(lenient_data_after_close=True)  # as uvicorn's
        self._upgrade_offer = False
        self.data_received(b"".join(head) + rest)

    def _complete_head_refusal(self) -> AppError | None:
        limits = self.limits
        if len(self.url) > limits.request_line:
            return RequestLineTooLong(f"요청 줄은 {_kib(limits.request_line)} 이하여야 합니다")
        total = 0
        for name, value in self.headers:
            size = len(name) + len(value)
            if size > limits.header:
                return HeadersTooLarge(f"헤더 하나는 {_kib(limits.header)} 이하여야 합니다")
            total += size
        if total > limits.headers:
            return HeadersTooLarge(f"헤더 전체는 {_kib(limits.headers)} 이하여야 합니다")
        return None

    def _unfinished_head_refusal(self) -> AppError:
        if not self.headers and len(self.url) > self.limits.request_line:
            return RequestLineTooLong(f"요청 줄은 {_kib(self.limits.request_line)} 이하여야 합니다")
        return HeadersTooLarge(f"헤더 전체는 {_kib(self.limits.headers)} 이하여야 합니다")

    def send_400_response(self, msg: str) -> None:
        """Every refusal of the parser's (ours, or bytes that are not HTTP) in the envelope."""
        error = self._refusal or InvalidRequest("HTTP 요청으로 해석할 수 없습니다")
        request_id = str(uuid.uuid4())
        body = json.dumps(
            {"return_code": error.return_code, "return_msg": error.return_msg,
             "request_id": request_id},
            ensure_ascii=False,
        ).encode()  # fmt: skip
        head = [STATUS_LINE[error.http_status]]
        for name, value in self.server_state.default_headers:
            head += [name, b": ", value, b"\r\n"]
        head += [
            b"content-type: application/json\r\n",
            b"content-length: %d\r\n" % len(body),
            b"x-request-id: %s\r\n" % request_id.encode(),
            b"connection: close\r\n\r\n",
        ]
        self.transport.write(b"".join(head) + body)
        self.transport.close()
        log.info("refused before the app: %s rc=%s id=%s", error.http_status, error.return_code,
                 request_id)  # fmt: skip


def _kib(size: int) -> str:
    return f"{size // 1024}KiB" if size % 1024 == 0 else f"{size}바이트"


def protocol_for(settings: Settings) -> functools.partial:
    """The protocol uvicorn is given (`http=`): picklable, so `--workers` can pass it on."""
    return functools.partial(LimitedHttpToolsProtocol, limits=HeadLimits.of(settings))


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """What every uvicorn that serves the API is started with."""
    return {
        "http": protocol_for(settings),
        # The client address is http/client_address.py's, from `trusted_proxies`.
        "proxy_headers": False,
        "server_header": False,
        "access_log": False,
        "log_level": settings.log_level.lower(),
        # Realtime frames past this are closed (1009); up to it they are read, and those over
        # 64 KiB answered with 1501 (realtime/protocol.py).
        "ws_max_size": settings.max_body_bytes,
    }


def uvicorn_config(app: Any, settings: Settings, **options: Any) -> uvicorn.Config:
    return uvicorn.Config(app, **(uvicorn_options(settings) | options))
