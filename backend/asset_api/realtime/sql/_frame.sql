-- An event of realtime_events `e` as the frame sent to subscribers, rendered once per process:
-- {"header": {"tr_id", "tr_key", "seq"}, "body": {the row's fields}}.
'{"header":{"tr_id":' || to_json(e.tr_id) || ',"tr_key":' || to_json(e.tr_key)
    || ',"seq":' || e.seq || '},"body":' || e.body::text || '}'
