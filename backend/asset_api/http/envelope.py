"""The JSON envelope every public response starts with: `return_code`, `return_msg`, and for
an error `request_id`.

Data responses are built from bytes PostgreSQL rendered. Two choices here trade a little
convention for a shorter request: the data queries render their rows as JSON (`row_to_json`:
compact, column order kept, integers as numbers, rates as the strings the query made of them)
and hand it over as UTF-8 bytes (`convert_to(..., 'UTF8')`, a bytea); `object_response` and
`list_response` only wrap those bytes in the envelope. No row is decoded into Python objects
to be validated and encoded again, and no body is decoded into a str to be encoded back. The
shapes are the generated models of api-spec/data/: the routes declare them as
response_model (so the OpenAPI document and the docs say so), and tests/data validates every
body against them.
"""

import json
from collections.abc import Iterable
from typing import Any

from fastapi.responses import JSONResponse, Response

from asset_api.errors import SUCCESS_CODE, SUCCESS_MSG, AppError

# Answers that carry a secret, a token or a session: no cache may keep them (RFC 6749 §5.1).
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}

# '{"return_code":0,"return_msg":"정상적으로 처리되었습니다"' — the envelope, left open.
_ENVELOPE = json.dumps(
    {"return_code": SUCCESS_CODE, "return_msg": SUCCESS_MSG},
    ensure_ascii=False,
    separators=(",", ":"),
)[:-1].encode()
MEDIA_TYPE = "application/json"


def ok() -> dict[str, Any]:
    """The success envelope's fields, for a response model."""
    return {"return_code": SUCCESS_CODE, "return_msg": SUCCESS_MSG}


def error_response(error: AppError, request_id: str) -> JSONResponse:
    body = {
        "return_code": error.return_code,
        "return_msg": error.return_msg,
        "request_id": request_id,
    }
    return JSONResponse(body, status_code=error.http_status, headers=dict(error.headers))


def object_response(fields: bytes, headers: dict[str, str] | None = None) -> Response:
    """The envelope followed by the fields of `fields`, a JSON object."""
    if not fields.startswith(b"{"):
        raise ValueError("expected a JSON object")
    rest = fields[1:].lstrip()
    body = _ENVELOPE + (b"}" if rest.startswith(b"}") else b"," + rest)
    return Response(body, media_type=MEDIA_TYPE, headers=headers)


def list_response(
    name: str,
    items: Iterable[bytes],
    headers: dict[str, str] | None = None,
    *,
    summary: bytes | None = None,
) -> Response:
    """The envelope with one array, `name`, of the JSON values `items`; after the envelope and
    before the array, the JSON object `summary` when given (the account reports')."""
    head = b',"summary":' + summary if summary is not None else b""
    body = b"".join((_ENVELOPE, head, b',"', name.encode(), b'":[', b",".join(items), b"]}"))
    return Response(body, media_type=MEDIA_TYPE, headers=headers)
