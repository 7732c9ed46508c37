"""The ASGI app for `uvicorn asset_api.main:app` (settings from the environment)."""

from asset_api.app import create_app

app = create_app()
