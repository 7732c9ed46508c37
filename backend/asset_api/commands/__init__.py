"""CLI command groups; each module has `register(subparsers)`."""

from asset_api.commands import admin, data, db, serve, spec, sync

ALL = [serve, db, spec, admin, data, sync]
