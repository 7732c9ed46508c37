"""Small static servers for `make run`: the admin SPA and the built docs site.

In production any static web server serves these folders; this only saves a newcomer
from setting one up.
"""

from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles


def static_site(folder: Path, *, spa: bool = False) -> Starlette:
    if not folder.is_dir():
        message = f"<p>{folder} 이(가) 없습니다. <code>make docs</code>를 실행하십시오.</p>"
        return Starlette(routes=[], exception_handlers={404: lambda *_: HTMLResponse(message, 404)})
    return Starlette(routes=[Mount("/", StaticFiles(directory=folder, html=True))])
