"""Token responses in both dialects: Kiwoom's (which Asset-API's get-auth speaks) and OAuth 2.0.

Kiwoom (au10001, POST /oauth2/token) and Asset-API's /asset-erp/v1/get-auth answer

    {"return_code": 0, "return_msg": "정상적으로 처리되었습니다", "token": "…",
     "token_type": "Bearer", "expires_dt": "20251109235445"}

with `expires_dt` in Korea time (Asia/Seoul); Asset-API adds `expires_in`. Standard OAuth 2.0
answers `{"access_token", "token_type", "expires_in"}`. `parse_token_response` follows the steps
of ../shared/seeds/kiwoom-token-response.md: check the code, take the token, work out the expiry
(24 hours, with a warning, when it cannot), and log the outcome without the token.
"""

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from asset_api.client.errors import AuthenticationException, real_return_code

logger = logging.getLogger("asset_api.client")

KST = ZoneInfo("Asia/Seoul")
EXPIRES_DT_FORMAT = "%Y%m%d%H%M%S"
# Both Kiwoom's and Asset-API's tokens live 24 hours; the guess when the answer doesn't say.
FALLBACK_LIFETIME = timedelta(hours=24)
# What an `authorization: Bearer …` header can carry: visible ASCII, no spaces (RFC 6750's
# b64token is narrower still). Anything else would fail, or split the header, on every call.
TOKEN_TEXT = re.compile(r"[\x21-\x7e]+")


@dataclass(frozen=True, slots=True)
class Token:
    token: str = field(repr=False)  # never in a repr, a log line or a traceback
    token_type: str
    expires_at: datetime  # timezone-aware (Asia/Seoul)
    expires_in: int  # seconds left when the response was parsed

    @property
    def authorization(self) -> str:
        # Kiwoom sends token_type "bearer" at times; the scheme is case-insensitive (RFC 7235),
        # but "Bearer" is what every server documents.
        return f"Bearer {self.token}"

    def seconds_left(self, now: datetime) -> float:
        return (self.expires_at - now).total_seconds()


def parse_token_response(body: Mapping[str, Any], now: datetime | None = None) -> Token:
    """A token from a token endpoint's JSON body; AuthenticationException when there is none.

    `now` (timezone-aware; naive means Korea time) is when the response arrived.
    """
    if not isinstance(body, Mapping):
        raise AuthenticationException("Token response is not a JSON object")
    now = _korea_time(now or datetime.now(KST))
    _raise_for_error(body)
    token = body.get("token") or body.get("access_token")
    if not isinstance(token, str) or not token.strip():
        raise AuthenticationException("No token in response")
    if not TOKEN_TEXT.fullmatch(token):  # said without the token itself: it may be half right
        raise AuthenticationException(
            "Token in response is not a usable bearer token (not visible ASCII)"
        )
    expires_at = _expires_at(body, now)
    expires_in = int((expires_at - now).total_seconds())
    logger.info(
        "Access token acquired: expires_at=%s, remaining=%ss, msg=%s",
        expires_at.isoformat(timespec="seconds"),
        expires_in,
        body.get("return_msg"),
    )
    return Token(
        token=token,
        token_type=str(body.get("token_type") or "Bearer"),
        expires_at=expires_at,
        expires_in=expires_in,
    )


def _raise_for_error(body: Mapping[str, Any]) -> None:
    if "return_code" in body:
        code = real_return_code(body)
        if code != 0:
            message = str(body.get("return_msg") or "Unknown error")
            raise AuthenticationException(
                f"Token request failed: {message}", return_code=code, return_msg=message
            )
    elif "error" in body:  # RFC 6749 §5.2, the standard dialect's error answer
        message = str(body.get("error_description") or body["error"])
        raise AuthenticationException(f"Token request failed: {message}", return_msg=message)


def _expires_at(body: Mapping[str, Any], now: datetime) -> datetime:
    # A relative lifetime wins when there is one: it stays right when this machine's clock and
    # the server's disagree, which an absolute expires_dt does not (our authentication guide
    # recommends the same).
    expires_in = body.get("expires_in")
    if isinstance(expires_in, int) and not isinstance(expires_in, bool) and expires_in > 0:
        try:
            return now + timedelta(seconds=expires_in)
        except OverflowError:  # past the year 9999: not a lifetime; expires_dt may say better
            pass
    expires_dt = body.get("expires_dt")
    if expires_dt is None:
        return _fallback(now, "no expires_dt in token response")
    try:
        expires_at = datetime.strptime(str(expires_dt), EXPIRES_DT_FORMAT).replace(tzinfo=KST)
    except ValueError:
        return _fallback(now, f"unparsable expires_dt {expires_dt!r}")
    if expires_at <= now:
        # A token that is born expired says more about a clock than about the token; refreshing
        # on every call would only spam the issuer. If it really is dead, the first call gets
        # 8005/8006 and the client re-authenticates once.
        return _fallback(now, f"expires_dt {expires_dt} is not in the future")
    return expires_at


def _fallback(now: datetime, reason: str) -> datetime:
    hours = int(FALLBACK_LIFETIME.total_seconds() // 3600)
    logger.warning("Failed to parse token expiry (%s); assuming %d hours", reason, hours)
    return now + FALLBACK_LIFETIME


def _korea_time(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=KST)
    return moment.astimezone(KST)
