"""The spec generator: api-spec/*.yaml -> pydantic models, openapi.json and reference pages.

`python -m asset_api.specgen` writes the outputs into the tree; `--check` only compares and
exits 1 on any difference or invalid spec. The CLI's `asset-api spec gen` calls `main`.
"""

from asset_api.specgen.cli import main

__all__ = ["main"]
