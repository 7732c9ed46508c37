"""The JSON envelope every public response starts with."""

from fastapi.responses import JSONResponse

from asset_api.errors import AppError

# Answers that carry a secret, a token or a session: no cache may keep them (RFC 6749 §5.1).
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def error_response(error: AppError, request_id: str) -> JSONResponse:
    body = {
        "return_code": error.return_code,
        "return_msg": error.return_msg,
        "request_id": request_id,
    }
    headers = dict(error.headers)
    if error.http_status == 503 and "Retry-After" not in headers:
        headers["Retry-After"] = "5"
    return JSONResponse(body, status_code=error.http_status, headers=headers)
