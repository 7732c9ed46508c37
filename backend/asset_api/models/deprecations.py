# GENERATED from api-spec/ by 'make gen' — do not edit
"""The deprecated operations: operation id -> (since, sunset), the days (ISO 8601, Korea time)
of the specs' `deprecated:`. The server sends Deprecation and Sunset headers on them
(asset_api/http/deprecation.py)."""

DEPRECATIONS: dict[str, tuple[str, str]] = {}
