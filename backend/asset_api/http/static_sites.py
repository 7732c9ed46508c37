"""Small static servers for `make run`: the admin SPA and the built docs site.

In production any static web server serves these folders; this only saves a newcomer
from setting one up. Whatever serves the SPA should send the headers of `SPA_HEADERS`, and
whatever serves the docs those of `DOCS_HEADERS`.
"""

import mimetypes
from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# index.html carries the script/style policy in a <meta> tag; these are what a <meta> cannot
# say. no-cache: config.js and templates.js keep their names when their content changes.
SPA_HEADERS = [
    (b"content-security-policy", b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-cache"),
]
# The docs' pages carry their script policy in a <meta> tag too (docs-site/overrides/main.html).
DOCS_HEADERS = [
    (b"content-security-policy", b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]
# The Markdown copies of the docs' pages are read as text (with charset=utf-8, as Starlette
# adds to text/*), whatever this machine's mime.types says.
mimetypes.add_type("text/markdown", ".md")


class _WithHeaders:
    def __init__(self, app: ASGIApp, headers: list[tuple[bytes, bytes]]):
        self.app, self.headers = app, headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.headers]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def static_site(folder: Path, *, spa: bool = False) -> ASGIApp:
    if not folder.is_dir():
        message = f"<p>{folder} 이(가) 없습니다. <code>make docs</code>를 실행하십시오.</p>"
        return Starlette(routes=[], exception_handlers={404: lambda *_: HTMLResponse(message, 404)})
    site = Starlette(routes=[Mount("/", StaticFiles(directory=folder, html=True))])
    return _WithHeaders(site, SPA_HEADERS if spa else DOCS_HEADERS)
