# GENERATED from api-spec/_common/ by 'make gen' — do not edit
"""Models shared by every group: the error envelope of the public API."""

from pydantic import BaseModel, Field


class ErrorResponse(BaseModel):
    """오류 응답 본문: return_code, return_msg, request_id (모든 envelope API 공통)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    request_id: str = Field(description="요청ID")
