"""The `asset-api` console script: one module per command group, wired in main.py."""
