"""Deprecation (RFC 9745) and Sunset (RFC 8594) headers on the answers of deprecated operations.

The operations and their days come from the specs' `deprecated:` (`make gen` writes them into
asset_api.models.deprecations). Both days are Korea-time midnights, as the reference site says:
`Deprecation: @<epoch seconds>` (a Structured Field Date), `Sunset: <HTTP-date>`. The route
that answered (scope["route"], set by the router or the hot routes) names the operation, so
an error answer of a deprecated endpoint carries them too.
"""

import datetime
from collections.abc import Mapping
from email.utils import format_datetime

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from asset_api.domain import KOREA
from asset_api.http.middleware import operation_of


def korea_midnight(day: str) -> datetime.datetime:
    return datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(), KOREA)


def deprecation_headers(since: str, sunset: str) -> list[tuple[bytes, bytes]]:
    deprecated_at = int(korea_midnight(since).timestamp())
    sunset_at = format_datetime(korea_midnight(sunset).astimezone(datetime.UTC), usegmt=True)
    return [(b"deprecation", b"@%d" % deprecated_at), (b"sunset", sunset_at.encode())]


class DeprecationHeaders:
    def __init__(self, app: ASGIApp, *, deprecations: Mapping[str, tuple[str, str]]):
        self.app = app
        self.headers = {op: deprecation_headers(*days) for op, days in deprecations.items()}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = self.headers.get(operation_of(scope))
                if extra:
                    message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
