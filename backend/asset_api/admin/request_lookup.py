"""GET /admin/v1/requests/{request_id}: one recorded call, and why it got its return_code."""

import uuid
from typing import Any

import asyncpg

from asset_api.admin.korea_time import korea_row
from asset_api.errors import InvalidRequest, NotFound

SELECT_REQUEST = """
SELECT request_id::text AS request_id, at, method, path, status, return_code, return_msg,
       appkey, host(client_ip) AS client_ip, duration_ms
FROM request_log
WHERE request_id = $1
"""

# Why a call got its return_code, and what the admin can do about it: the answer to an
# integrator who reports "my call was refused" with its request_id.
EXPLANATIONS = {
    0: "정상 처리된 호출입니다. 거절되지 않았습니다.",
    1001: (
        "appkey가 없거나 secretkey가 틀렸습니다. 연동 담당자에게 발급된 appkey와 secretkey를 "
        "그대로 쓰는지 확인하게 하고, secretkey를 잃어버렸다면 앱키를 재발급(rotate)하십시오."
    ),
    1002: (
        "앱키가 사용중지 또는 폐기되었거나, 앱키를 가진 사용자가 사용중지되었습니다. 사용중지라면 "
        "앱키나 사용자를 다시 사용(active)으로 바꾸고, 폐기라면 새 앱키를 발급하십시오."
    ),
    1003: (
        "앱키의 유효기간이 지났습니다. 계속 쓰게 하려면 앱키의 만료일을 늦추거나 새 앱키를 "
        "발급하십시오."
    ),
    1004: (
        "호출한 IP가 앱키의 허용 IP 목록에 없습니다. 정상적인 호출이라면 이 호출의 IP를 "
        "앱키의 허용 IP(allowed_cidrs)에 추가하십시오."
    ),
    1501: (
        "요청 형식이 잘못되었습니다. 응답메시지에 표시된 항목을 API 레퍼런스에 맞게 고치도록 "
        "연동 담당자에게 알려주십시오."
    ),
    1700: (
        "호출 한도를 넘었거나 인증 실패가 반복되어 잠시 거절되었습니다. Retry-After 헤더의 "
        "초만큼 기다린 뒤 다시 호출하게 하고, 한도가 부족하다면 앱키의 호출 한도(rate_limit)를 "
        "올리십시오."
    ),
    1901: (
        "없는 경로, 계좌 또는 종목이거나, 이 사용자에게 허용되지 않은 계좌입니다. 계좌라면 "
        "사용자 상세에서 그 계좌가 허용되어 있는지와 앱키의 환경(real/mock)을 확인하십시오."
    ),
    8001: "관리자 로그인에 실패했습니다. 아이디와 비밀번호를 확인하십시오.",
    8002: "관리자 세션이 없거나 만료되었습니다. 다시 로그인하면 됩니다.",
    8003: (
        "관리자 로그인의 2단계 인증 코드가 틀렸거나 이미 쓴 코드입니다. OTP 앱의 새 코드를 "
        "넣게 하고, 휴대폰을 잃어버렸다면 복구 코드를 쓰거나 owner가 2단계 인증을 초기화하십시오."
    ),
    8005: (
        "접근토큰이 없거나, 형식이 틀렸거나, 폐기되었거나 알 수 없는 토큰입니다. 접근토큰을 새로 "
        "발급받아 authorization 헤더에 'Bearer 토큰' 형식으로 넣게 하십시오. 앱키를 폐기했다면 "
        "그 앱키의 토큰은 더 이상 쓸 수 없습니다."
    ),
    8006: (
        "접근토큰의 유효기간이 지났습니다. 토큰을 새로 발급받게 하십시오 (만료 전에 expires_dt를 "
        "보고 갱신하도록 안내하면 좋습니다)."
    ),
    8010: (
        "앱키에 이 API를 호출할 권한(scope)이 없습니다. 필요한 호출이라면 사용자와 앱키의 권한에 "
        "이 API의 권한(accounts 또는 market)을 추가하십시오. 관리자 API라면 관리자의 역할이 "
        "부족하거나, 2단계 인증 등록(또는 임시 비밀번호 변경)을 먼저 해야 합니다."
    ),
    9001: (
        "서버가 데이터베이스에 잠시 연결할 수 없었습니다. 호출한 쪽의 문제가 아니므로 잠시 후 "
        "다시 호출하게 하고, 계속되면 서버와 데이터베이스 상태를 확인하십시오."
    ),
    9999: (
        "서버 내부 오류입니다. 호출한 쪽의 문제가 아닐 수 있으니 이 request_id로 서버 로그를 "
        "확인하십시오."
    ),
}
UNKNOWN_CODE_EXPLANATION = (
    "응답코드 {code}에 대한 설명이 없습니다. "
    "응답메시지와 API 레퍼런스의 응답코드 표를 확인하십시오."
)


async def get_request(conn: asyncpg.Connection, *, request_id: str) -> dict[str, Any]:
    """The recorded call, with the Korean explanation of its return_code."""
    try:
        parsed = uuid.UUID(request_id)
    except ValueError:
        raise InvalidRequest("request_id: UUID 형식이 아닙니다") from None
    row = await conn.fetchrow(SELECT_REQUEST, parsed)
    if row is None:
        # Records are written about a second after the call; the spec tells the admin so.
        raise NotFound(f"요청 {request_id}")
    record = korea_row(row)
    record["duration_ms"] = f"{row['duration_ms']:.1f}"
    record["explanation"] = explain(row["return_code"])
    return record


def explain(return_code: int) -> str:
    return EXPLANATIONS.get(return_code) or UNKNOWN_CODE_EXPLANATION.format(code=return_code)
