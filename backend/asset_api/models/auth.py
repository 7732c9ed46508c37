# GENERATED from api-spec/auth/ by 'make gen' — do not edit
"""Models of the 접근토큰 (키움 방식) endpoints (api-spec/auth/)."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class GetAuthRequest(BaseModel):
    """접근토큰발급 요청 본문 (POST /asset-erp/v1/get-auth)."""

    model_config = ConfigDict(extra="forbid")

    grant_type: Literal["client_credentials"] = Field(description="권한부여타입")
    appkey: str = Field(max_length=36, min_length=36, pattern="^[^\\x00]*$", description="앱키")
    secretkey: str = Field(
        max_length=180, min_length=180, pattern="^[^\\x00]*$", description="시크릿키"
    )


class GetAuthResponse(BaseModel):
    """접근토큰발급 응답 본문 (POST /asset-erp/v1/get-auth)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    token: str = Field(description="접근토큰")
    token_type: str = Field(description="토큰유형")
    expires_dt: str = Field(pattern="^[0-9]{14}$", description="만료일시")
    expires_in: int = Field(description="유효기간")


class RevokeAuthRequest(BaseModel):
    """접근토큰폐기 요청 본문 (POST /asset-erp/v1/revoke-auth)."""

    model_config = ConfigDict(extra="forbid")

    appkey: str = Field(max_length=36, min_length=36, pattern="^[^\\x00]*$", description="앱키")
    secretkey: str = Field(
        max_length=180, min_length=180, pattern="^[^\\x00]*$", description="시크릿키"
    )
    token: str = Field(max_length=1000, pattern="^[^\\x00]*$", description="접근토큰")


class RevokeAuthResponse(BaseModel):
    """접근토큰폐기 응답 본문 (POST /asset-erp/v1/revoke-auth)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")


class GetApprovalRequest(BaseModel):
    """실시간 (웹소켓) 접속키 발급 요청 본문 (POST /asset-erp/v1/get-approval)."""

    model_config = ConfigDict(extra="forbid")

    grant_type: Literal["client_credentials"] = Field(description="권한부여타입")
    appkey: str = Field(max_length=36, min_length=36, pattern="^[^\\x00]*$", description="앱키")
    secretkey: str = Field(
        max_length=180, min_length=180, pattern="^[^\\x00]*$", description="시크릿키"
    )


class GetApprovalResponse(BaseModel):
    """실시간 (웹소켓) 접속키 발급 응답 본문 (POST /asset-erp/v1/get-approval)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    approval_key: str = Field(description="웹소켓 접속키")
    expires_dt: str = Field(pattern="^[0-9]{14}$", description="만료일시")
    expires_in: int = Field(description="유효기간")
