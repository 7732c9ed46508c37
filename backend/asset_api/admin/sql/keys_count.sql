-- GET /admin/v1/keys: how many keys match the filter.
SELECT count(*) FROM api_keys k WHERE /*:keys_filter*/
