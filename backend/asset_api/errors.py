"""The one error hierarchy. Every failure a client can see is an AppError with a return_code.

The codes, HTTP statuses and messages are the catalog of design/CONTRACT.md, kept in
api-spec/_common/return-codes.yaml as well (a test keeps the two equal).
"""

from typing import ClassVar


class AppError(Exception):
    return_code: ClassVar[int] = 9999
    http_status: ClassVar[int] = 500
    message: ClassVar[str] = "서버 내부 오류가 발생했습니다"

    def __init__(self, detail: str | None = None, *, headers: dict[str, str] | None = None):
        # `detail` is appended to the message for the client: it names the field, never a secret.
        self.detail = detail
        self.headers = headers or {}
        super().__init__(self.return_msg)

    @property
    def return_msg(self) -> str:
        return f"{self.message} ({self.detail})" if self.detail else self.message


class InvalidAppKey(AppError):
    return_code, http_status, message = 1001, 401, "유효하지 않은 앱키입니다"


class AppKeyDisabled(AppError):
    return_code, http_status, message = 1002, 403, "사용이 중지된 앱키입니다"


class AppKeyExpired(AppError):
    return_code, http_status, message = 1003, 403, "만료된 앱키입니다"


class IpNotAllowed(AppError):
    return_code, http_status, message = 1004, 403, "허용되지 않은 IP입니다"


class InvalidRequest(AppError):
    return_code, http_status, message = 1501, 400, "요청 형식이 올바르지 않습니다"


class BodyTooLarge(InvalidRequest):
    http_status = 413


class ClientGone(InvalidRequest):
    """The client hung up before its request was whole: nothing is answered; the record says
    499, as nginx logs it."""

    http_status = 499


class RequestLineTooLong(InvalidRequest):
    http_status = 414


class HeadersTooLarge(InvalidRequest):
    http_status = 431


class RateLimited(AppError):
    return_code, http_status, message = 1700, 429, "허용된 요청 개수를 초과하였습니다"

    def __init__(self, retry_after: int, detail: str | None = None):
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after))})


class NotFound(AppError):
    return_code, http_status, message = 1901, 404, "존재하지 않는 자원입니다"


class AdminLoginFailed(AppError):
    return_code, http_status, message = 8001, 401, "아이디 또는 비밀번호가 올바르지 않습니다"


class AdminSessionRequired(AppError):
    return_code, http_status, message = 8002, 401, "관리자 로그인이 필요합니다"


class AdminCodeRejected(AppError):
    return_code, http_status, message = 8003, 401, "인증 코드가 올바르지 않습니다"


class InvalidToken(AppError):
    return_code, http_status, message = 8005, 401, "유효하지 않은 토큰입니다"


class TokenExpired(AppError):
    return_code, http_status, message = 8006, 401, "만료된 토큰입니다"


class Forbidden(AppError):
    return_code, http_status, message = 8010, 403, "권한이 없는 요청입니다"


class ServiceUnavailable(AppError):
    return_code, http_status, message = 9001, 503, "일시적으로 서비스를 이용할 수 없습니다"

    def __init__(self, retry_after: int, detail: str | None = None):
        # settings.retry_after_seconds: the one place the wait is chosen.
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after))})


class InternalError(AppError):
    pass


# How much of a value from the request (a path, an account number) a message may repeat.
MAX_ECHO = 64


def echo(value: str) -> str:
    """`value` as a message may repeat it: cut to MAX_ECHO characters, the cut marked."""
    return value if len(value) <= MAX_ECHO else value[:MAX_ECHO] + "…"


# The detail of the 1501 for text PostgreSQL cannot store (db.pool.UNSTORABLE_INPUT_ERRORS).
UNSTORABLE_INPUT_DETAIL = "저장할 수 없는 문자가 포함되어 있습니다"

SUCCESS_CODE = 0
SUCCESS_MSG = "정상적으로 처리되었습니다"

ALL_ERRORS: tuple[type[AppError], ...] = (
    InvalidAppKey,
    AppKeyDisabled,
    AppKeyExpired,
    IpNotAllowed,
    InvalidRequest,
    RateLimited,
    NotFound,
    AdminLoginFailed,
    AdminSessionRequired,
    AdminCodeRejected,
    InvalidToken,
    TokenExpired,
    Forbidden,
    ServiceUnavailable,
    InternalError,
)
