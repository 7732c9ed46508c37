-- GET /admin/v1/keys: one page of the keys matching the filter, in the order asked for.
-- $4 page size, $5 offset.
/*:key_select*/
WHERE /*:keys_filter*/
/*:order_by*/
LIMIT $4 OFFSET $5
