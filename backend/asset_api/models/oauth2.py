# GENERATED from api-spec/oauth2/ by 'make gen' — do not edit
"""Models of the OAuth 2.0 endpoints (api-spec/oauth2/)."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Oauth2TokenRequest(BaseModel):
    """접근토큰발급 (OAuth 2.0) 요청 본문 (POST /oauth2/token)."""

    model_config = ConfigDict(extra="forbid")

    grant_type: Literal["client_credentials"] = Field(description="권한부여타입")
    client_id: str = Field(
        default=None, max_length=36, pattern="^[^\\x00]*$", description="클라이언트ID"
    )
    client_secret: str = Field(
        default=None, max_length=180, pattern="^[^\\x00]*$", description="클라이언트시크릿"
    )
    scope: str = Field(default=None, max_length=200, pattern="^[^\\x00]*$", description="권한범위")


class Oauth2TokenResponse(BaseModel):
    """접근토큰발급 (OAuth 2.0) 응답 본문 (POST /oauth2/token)."""

    access_token: str = Field(description="접근토큰")
    token_type: str = Field(description="토큰유형")
    expires_in: int = Field(description="유효기간")
    expires_dt: str = Field(pattern="^[0-9]{14}$", description="만료일시")
    scope: str = Field(description="권한범위")


class Oauth2TokenErrorResponse(BaseModel):
    """접근토큰발급 (OAuth 2.0) 오류 응답 본문 (POST /oauth2/token)."""

    error: str = Field(description="오류코드")
    error_description: str = Field(description="오류설명")
    return_code: int = Field(description="응답코드")
    request_id: str = Field(description="요청ID")


class Oauth2RevokeRequest(BaseModel):
    """접근토큰폐기 (OAuth 2.0) 요청 본문 (POST /oauth2/revoke)."""

    model_config = ConfigDict(extra="forbid")

    token: str = Field(max_length=1000, pattern="^[^\\x00]*$", description="접근토큰")
    token_type_hint: str = Field(
        default=None, max_length=20, pattern="^[^\\x00]*$", description="토큰유형힌트"
    )
    client_id: str = Field(
        default=None, max_length=36, pattern="^[^\\x00]*$", description="클라이언트ID"
    )
    client_secret: str = Field(
        default=None, max_length=180, pattern="^[^\\x00]*$", description="클라이언트시크릿"
    )


class Oauth2RevokeErrorResponse(BaseModel):
    """접근토큰폐기 (OAuth 2.0) 오류 응답 본문 (POST /oauth2/revoke)."""

    error: str = Field(description="오류코드")
    error_description: str = Field(description="오류설명")
    return_code: int = Field(description="응답코드")
    request_id: str = Field(description="요청ID")


class Oauth2IntrospectRequest(BaseModel):
    """접근토큰조회 (OAuth 2.0) 요청 본문 (POST /oauth2/introspect)."""

    model_config = ConfigDict(extra="forbid")

    token: str = Field(max_length=1000, pattern="^[^\\x00]*$", description="접근토큰")
    token_type_hint: str = Field(
        default=None, max_length=20, pattern="^[^\\x00]*$", description="토큰유형힌트"
    )
    client_id: str = Field(
        default=None, max_length=36, pattern="^[^\\x00]*$", description="클라이언트ID"
    )
    client_secret: str = Field(
        default=None, max_length=180, pattern="^[^\\x00]*$", description="클라이언트시크릿"
    )


class Oauth2IntrospectResponse(BaseModel):
    """접근토큰조회 (OAuth 2.0) 응답 본문 (POST /oauth2/introspect)."""

    active: bool = Field(description="유효여부")
    client_id: str | None = Field(default=None, description="클라이언트ID")
    token_type: str | None = Field(default=None, description="토큰유형")
    scope: str | None = Field(default=None, description="권한범위")
    exp: int | None = Field(default=None, description="만료시각")
    iat: int | None = Field(default=None, description="발급시각")


class Oauth2IntrospectErrorResponse(BaseModel):
    """접근토큰조회 (OAuth 2.0) 오류 응답 본문 (POST /oauth2/introspect)."""

    error: str = Field(description="오류코드")
    error_description: str = Field(description="오류설명")
    return_code: int = Field(description="응답코드")
    request_id: str = Field(description="요청ID")
