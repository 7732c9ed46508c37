"""One router per resource; this list wires them into the app."""

from asset_api.routes import health

ROUTERS = [health.router]
