"""The system endpoints (api-spec/system/): health."""
