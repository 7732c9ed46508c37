# GENERATED from api-spec/system/ by 'make gen' — do not edit
"""Models of the 시스템 endpoints (api-spec/system/)."""

from typing import Literal

from pydantic import BaseModel, Field


class HealthResponse(BaseModel):
    """서비스상태조회 응답 본문 (GET /health)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    request_id: str | None = Field(default=None, description="요청ID")
    status: Literal["ok", "degraded"] = Field(description="서비스상태")
    database: Literal["ok", "down"] = Field(description="데이터베이스상태")


class HealthLiveResponse(BaseModel):
    """프로세스상태조회 응답 본문 (GET /health/live)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    status: Literal["ok"] = Field(description="서비스상태")
