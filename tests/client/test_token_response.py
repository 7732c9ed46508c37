"""parse_token_response: the seed's steps (../shared/seeds/kiwoom-token-response.md), exactly."""

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from asset_api.client import KST, AuthenticationException, parse_token_response

SEED_TOKEN = (
    "R22y0dDGXMrL56ZKARtZnO4_tlCVr7ZGliUmv_dLZGN5NJ1-HrWpUEj0yC7KvLDlVY4Dvkgl75iIpOA4UxbNPA"
)
# The seed's success answer, received exactly 24 hours before its expires_dt (Korea time).
SUCCESS = {
    "return_code": 0,
    "return_msg": "정상적으로 처리되었습니다",
    "token": SEED_TOKEN,
    "token_type": "Bearer",
    "expires_dt": "20251109235445",
}
NOW = datetime(2025, 11, 8, 23, 54, 45, tzinfo=KST)


def test_success_takes_token_and_korea_time_expiry():
    token = parse_token_response(SUCCESS, now=NOW)
    assert token.token == SEED_TOKEN
    assert token.token_type == "Bearer"
    assert token.expires_at == datetime(2025, 11, 9, 23, 54, 45, tzinfo=KST)
    assert token.expires_at.utcoffset() == timedelta(hours=9)
    assert token.expires_in == 86_400


def test_expires_dt_is_korea_time_whatever_the_callers_zone():
    new_york_now = NOW.astimezone(ZoneInfo("America/New_York"))
    token = parse_token_response(SUCCESS, now=new_york_now)
    assert token.expires_in == 86_400
    assert token.expires_at.tzinfo == KST


def test_success_logs_expiry_remaining_and_message_but_never_the_token(caplog):
    with caplog.at_level(logging.INFO, logger="asset_api.client"):
        token = parse_token_response(SUCCESS, now=NOW)
    assert caplog.messages == [
        "Access token acquired: expires_at=2025-11-09T23:54:45+09:00, remaining=86400s, "
        "msg=정상적으로 처리되었습니다"
    ]
    assert SEED_TOKEN not in caplog.text
    assert SEED_TOKEN not in repr(token)


def test_return_code_other_than_zero_raises_with_the_message():
    with pytest.raises(AuthenticationException) as caught:
        parse_token_response({"return_code": 1001, "return_msg": "유효하지 않은 앱키입니다"})
    assert caught.value.return_code == 1001
    assert caught.value.return_msg == "유효하지 않은 앱키입니다"
    assert "유효하지 않은 앱키입니다" in str(caught.value)


def test_bracketed_code_in_the_message_is_the_real_code():
    body = {"return_code": 3, "return_msg": "인증에 실패했습니다[8005:Token이 유효하지 않습니다]"}
    with pytest.raises(AuthenticationException) as caught:
        parse_token_response(body)
    assert caught.value.return_code == 8005
    assert caught.value.return_msg == body["return_msg"]


@pytest.mark.parametrize("token", [None, "", "   "])
def test_missing_or_empty_token_raises(token):
    body = {key: value for key, value in SUCCESS.items() if key != "token"}
    if token is not None:
        body["token"] = token
    with pytest.raises(AuthenticationException, match="^No token in response$"):
        parse_token_response(body, now=NOW)


@pytest.mark.parametrize(
    ("expires_dt", "reason"),
    [
        ("20251108120000", "is not in the future"),  # already past when it arrived
        ("2025-11-09 23:54:45", "unparsable"),  # KIS's format, not Kiwoom's
        ("20251332250000", "unparsable"),  # no 32 November
        (None, "no expires_dt"),
    ],
)
def test_unusable_expires_dt_falls_back_to_24_hours_with_a_warning(expires_dt, reason, caplog):
    body = dict(SUCCESS, expires_dt=expires_dt)
    if expires_dt is None:
        del body["expires_dt"]
    with caplog.at_level(logging.WARNING, logger="asset_api.client"):
        token = parse_token_response(body, now=NOW)
    assert token.expires_in == 86_400
    assert token.expires_at == NOW + timedelta(hours=24)
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert reason in caplog.records[0].getMessage()


def test_asset_api_expires_in_wins_over_a_skewed_clock():
    # This machine's clock is 10 minutes fast; the server's relative lifetime still holds.
    body = dict(SUCCESS, expires_in=86_400)
    skewed_now = NOW + timedelta(minutes=10)
    token = parse_token_response(body, now=skewed_now)
    assert token.expires_in == 86_400
    assert token.expires_at == skewed_now + timedelta(hours=24)


def test_standard_oauth_shape():
    body = {"access_token": "abc", "token_type": "bearer", "expires_in": 3600}
    token = parse_token_response(body, now=NOW)
    assert (token.token, token.expires_in) == ("abc", 3600)
    assert token.authorization == "Bearer abc"


def test_standard_oauth_error():
    body = {"error": "invalid_client", "error_description": "client authentication failed"}
    with pytest.raises(AuthenticationException, match="client authentication failed"):
        parse_token_response(body)


def test_not_an_object():
    with pytest.raises(AuthenticationException):
        parse_token_response(["token"])  # type: ignore[arg-type]


@pytest.mark.parametrize("code", ["--5", "+-1", "²", "9" * 5000, "1_000"])
def test_an_unreadable_return_code_is_an_authentication_error(code):
    with pytest.raises(AuthenticationException) as caught:
        parse_token_response({"return_code": code, "return_msg": "실패"}, now=NOW)
    assert caught.value.return_code is None
    assert "실패" in str(caught.value)


def test_an_expires_in_past_the_calendar_falls_back_to_24_hours(caplog):
    with caplog.at_level(logging.WARNING, logger="asset_api.client"):
        token = parse_token_response(dict(SUCCESS, expires_in=10**14), now=NOW)
    assert token.expires_at == datetime(2025, 11, 9, 23, 54, 45, tzinfo=KST)  # expires_dt
    with caplog.at_level(logging.WARNING, logger="asset_api.client"):
        body = dict(SUCCESS, expires_in=10**14, expires_dt=None)
        token = parse_token_response(body, now=NOW)
    assert token.expires_at == NOW + timedelta(hours=24)


@pytest.mark.parametrize("token", ["토큰abc", "abc def", "abc\r\nX-Evil: 1", "abc\n", "abc\x00"])
def test_a_token_that_cannot_go_in_a_header_is_refused_without_echoing_it(token):
    with pytest.raises(AuthenticationException) as caught:
        parse_token_response(dict(SUCCESS, token=token), now=NOW)
    assert token not in str(caught.value)
    assert "not a usable bearer token" in str(caught.value)
