"""The HTTP side of the data endpoints' hot path: their connection and their response bodies.

Two choices here trade a little convention for a shorter request (figures: CPU time per
balance call inside the app process, measured with the ASGI app called directly):

- `connection()` takes the pooled connection inside the handler instead of through the
  `deps.Conn` dependency. Same pool, same timeout, same errors (an unreachable database is
  still 9001), but without FastAPI's machinery for dependencies with `yield`, which costs
  about 55 µs a request (of ~280), and the connection goes back to the pool before the
  response is sent rather than after.
- The data queries render their rows as JSON (`row_to_json`: compact, column order kept,
  integers as numbers, rates as the strings the query made of them) and hand it over as
  UTF-8 bytes (`convert_to(..., 'UTF8')`, a bytea); `object_response` and `list_response`
  only wrap those bytes in the envelope. No row is decoded into Python objects to be
  validated and encoded again (about 45 µs on the balance call, more on a page of
  transactions), and no body is decoded into a str to be encoded back (for the 4.6 KB of a
  20-holding balance, 110,000 of the call's 1,050,000 instructions, counted with callgrind).
  The shapes are the generated models of api-spec/data/:
  the routes declare them as response_model (so the OpenAPI document and the docs say so),
  and tests/data validates every body against them.
"""

import json
from collections.abc import Iterable

from fastapi import Request, Response

from asset_api.db.pool import Lease
from asset_api.errors import SUCCESS_CODE, SUCCESS_MSG

# '{"return_code":0,"return_msg":"정상적으로 처리되었습니다"' — the envelope, left open.
_ENVELOPE = json.dumps(
    {"return_code": SUCCESS_CODE, "return_msg": SUCCESS_MSG},
    ensure_ascii=False,
    separators=(",", ":"),
)[:-1].encode()
MEDIA_TYPE = "application/json"


def connection(request: Request) -> Lease:
    """`async with connection(request) as conn:` a pooled connection, waiting for one no
    longer than `db_connect_timeout` (then 9001). `deps.Conn` gives the same one."""
    state = request.app.state
    return state.pool.acquire(timeout=state.settings.db_connect_timeout)


def object_response(fields: bytes, headers: dict[str, str] | None = None) -> Response:
    """The envelope followed by the fields of `fields`, a JSON object."""
    if not fields.startswith(b"{"):
        raise ValueError("expected a JSON object")
    rest = fields[1:].lstrip()
    body = _ENVELOPE + (b"}" if rest.startswith(b"}") else b"," + rest)
    return Response(body, media_type=MEDIA_TYPE, headers=headers)


def list_response(
    name: str, items: Iterable[bytes], headers: dict[str, str] | None = None
) -> Response:
    """The envelope with one array, `name`, of the JSON values `items`."""
    body = b"".join((_ENVELOPE, b',"', name.encode(), b'":[', b",".join(items), b"]}"))
    return Response(body, media_type=MEDIA_TYPE, headers=headers)
