# GENERATED from api-spec/ by 'make gen' — do not edit
"""Request and response models generated from the YAML specs of api-spec/.

One module per spec folder; see api-spec/README.md ("Generated names") for the naming rules.

- `asset_api.models.common`: Models shared by every group: the error envelope of the public API.
- `asset_api.models.auth`: Models of the 접근토큰 (키움 방식) endpoints (api-spec/auth/).
- `asset_api.models.oauth2`: Models of the OAuth 2.0 endpoints (api-spec/oauth2/).
- `asset_api.models.data`: Models of the 자산 데이터 endpoints (api-spec/data/).
- `asset_api.models.system`: Models of the 시스템 endpoints (api-spec/system/).
- `asset_api.models.admin`: Models of the 관리자 API endpoints (api-spec/admin/).
- `asset_api.models.deprecations`: the deprecated operations and their days (the specs'
  `deprecated:`), for the server's Deprecation and Sunset headers.
"""
