"""The spec generator: api-spec/*.yaml -> pydantic models, openapi.json and reference pages.

`python -m asset_api.specgen` (specgen/cli.py) writes the outputs into the tree; `--check`
only compares and exits 1 on any difference or invalid spec. The CLI's `asset-api spec gen`
calls the same `main`. Importing a part (spec.py, say) does not import the rest.
"""
