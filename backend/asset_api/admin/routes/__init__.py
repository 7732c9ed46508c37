"""The admin API (api-spec/admin/), one router per resource."""
