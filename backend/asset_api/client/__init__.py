"""The Asset-API client for integrators, which speaks Kiwoom's REST API as well.

Depends on httpx and the standard library only (nothing of the server), so it can be copied
or vendored on its own. See docs-site/docs/guides/python-client.md.
"""

from asset_api.client.async_client import AsyncAssetApiClient
from asset_api.client.errors import (
    ApiError,
    AssetApiError,
    AuthenticationException,
    PaginationError,
    real_return_code,
)
from asset_api.client.tokens import KST, Token, parse_token_response

__all__ = [
    "KST",
    "ApiError",
    "AssetApiError",
    "AsyncAssetApiClient",
    "AuthenticationException",
    "PaginationError",
    "Token",
    "parse_token_response",
    "real_return_code",
]
