"""What the client raises, and how it reads the code out of a broker-dialect envelope."""

import re
from collections.abc import Mapping
from typing import Any

# Kiwoom sometimes answers with a small category number in `return_code` and the real
# four-digit code in brackets inside the message (BROKER-APIS.md, "Return codes"):
#   {"return_code": 3, "return_msg": "인증에 실패했습니다[8005:Token이 유효하지 않습니다]"}
# The bracketed code is the one that says what to do, so it wins.
BRACKETED_CODE = re.compile(r"\[(\d{4}):[^\]]*\]")
CODE_TEXT = re.compile(r"^[+-]?[0-9]{1,18}$")


def real_return_code(body: Mapping[str, Any]) -> int | None:
    """The code that says what happened: 0 on success, the bracketed code when the message has
    one, else `return_code` itself; None when the envelope has no usable code at all."""
    code = _as_int(body.get("return_code"))
    if code == 0:
        return 0
    match = BRACKETED_CODE.search(str(body.get("return_msg") or ""))
    if match is not None:
        return int(match.group(1))
    return code


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):  # JSON true is not a code
        return None
    if isinstance(value, int):
        return value
    # ASCII digits, one sign at most: str.isdigit() also takes "²", which int() refuses.
    if isinstance(value, str) and CODE_TEXT.match(value.strip()):
        return int(value)
    return None


class AssetApiError(Exception):
    """Base of everything the client raises. Carries what the server said, when it said it."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        return_code: int | None = None,
        return_msg: str | None = None,
        request_id: str | None = None,
    ):
        super().__init__(message)
        self.status_code = status_code
        self.return_code = return_code
        self.return_msg = return_msg
        self.request_id = request_id


class AuthenticationException(AssetApiError):
    """No usable token: the token request failed, or its answer had no token in it."""


class ApiError(AssetApiError):
    """A data call was answered with an error (after the client's one re-authentication and
    its bounded waits on rate limits)."""


class PaginationError(AssetApiError):
    """The server's continuation headers would make the walk loop or never end."""
