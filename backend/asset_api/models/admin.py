# GENERATED from api-spec/admin/ by 'make gen' — do not edit
"""Models of the 관리자 API endpoints (api-spec/admin/)."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class AdminLoginRequest(BaseModel):
    """관리자 로그인 요청 본문 (POST /admin/v1/login)."""

    model_config = ConfigDict(extra="forbid")

    username: str = Field(max_length=40, min_length=1, description="아이디")
    password: str = Field(max_length=200, min_length=1, description="비밀번호")


class AdminLoginResponse(BaseModel):
    """관리자 로그인 응답 본문 (POST /admin/v1/login)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    session: str = Field(description="관리자세션")
    expires_at: str = Field(description="만료일시")
    username: str = Field(description="아이디")


class AdminLogoutResponse(BaseModel):
    """관리자 로그아웃 응답 본문 (POST /admin/v1/logout)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")


class AdminMeResponse(BaseModel):
    """로그인 관리자 확인 응답 본문 (GET /admin/v1/me)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    username: str = Field(description="아이디")


class AdminDashboardResponseCounts(BaseModel):
    """현황 (counts)."""

    users: int = Field(description="사용자수")
    active_users: int = Field(description="사용중사용자수")
    keys: int = Field(description="앱키수")
    active_keys: int = Field(description="사용중앱키수")
    tokens_24h: int = Field(description="토큰발급수")
    requests_24h: int = Field(description="호출수")
    refusals_24h: int = Field(description="거절수")
    realtime_connections: int = Field(description="실시간연결수")


class AdminDashboardExpiringKeysItem(BaseModel):
    """만료예정앱키 (expiring_keys)의 한 행."""

    appkey: str = Field(description="앱키")
    user_id: int = Field(description="사용자ID")
    user_name: str = Field(description="사용자명")
    status: Literal["active", "disabled", "revoked"] = Field(description="상태")
    env: Literal["real", "mock"] = Field(description="환경")
    expires_at: str | None = Field(default=None, description="만료일시")
    rate_limit: int = Field(description="호출한도")
    scopes: list[Literal["accounts", "market"]] = Field(description="권한")
    allowed_cidrs: list[str] = Field(description="허용IP")
    created_at: str = Field(description="발급일시")
    rotated_at: str | None = Field(default=None, description="재발급일시")
    revoked_at: str | None = Field(default=None, description="폐기일시")
    last_used_at: str | None = Field(default=None, description="최근사용일시")
    last_used_ip: str | None = Field(default=None, description="최근사용IP")
    previous_valid_until: str | None = Field(default=None, description="이전시크릿유효기한")
    realtime_connections: int | None = Field(default=None, description="실시간연결수")


class AdminDashboardResponse(BaseModel):
    """대시보드 응답 본문 (GET /admin/v1/dashboard)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    counts: AdminDashboardResponseCounts = Field(description="현황")
    expiring_keys: list[AdminDashboardExpiringKeysItem] = Field(description="만료예정앱키")


class AdminUsersListQuery(BaseModel):
    """사용자 목록 쿼리 파라미터 (GET /admin/v1/users)."""

    model_config = ConfigDict(extra="forbid")

    q: str | None = Field(default=None, max_length=100, description="검색어")
    status: Literal["active", "disabled"] | None = Field(default=None, description="상태")
    page: int = Field(default=1, ge=1, le=100000, description="페이지")
    size: int = Field(default=20, ge=1, le=100, description="페이지크기")
    sort: Literal["user_id", "name", "created_at", "key_count"] = Field(
        default="created_at", description="정렬기준"
    )
    order: Literal["asc", "desc"] = Field(default="desc", description="정렬방향")


class AdminUsersListUsersItem(BaseModel):
    """사용자 (users)의 한 행."""

    user_id: int = Field(description="사용자ID")
    name: str = Field(description="사용자명")
    email: str | None = Field(default=None, description="이메일")
    status: Literal["active", "disabled"] = Field(description="상태")
    all_accounts: bool = Field(description="전체계좌여부")
    scopes: list[Literal["accounts", "market"]] = Field(description="권한")
    key_count: int = Field(description="앱키수")
    created_at: str = Field(description="등록일시")


class AdminUsersListResponse(BaseModel):
    """사용자 목록 응답 본문 (GET /admin/v1/users)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    total: int = Field(description="전체건수")
    page: int = Field(description="페이지")
    size: int = Field(description="페이지크기")
    users: list[AdminUsersListUsersItem] = Field(description="사용자")


class AdminUsersCreateRequest(BaseModel):
    """사용자 등록 요청 본문 (POST /admin/v1/users)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(max_length=100, min_length=1, description="사용자명")
    email: str | None = Field(
        default=None, max_length=200, pattern="^[^@ ]+@[^@ ]+$", description="이메일"
    )
    all_accounts: bool = Field(default=False, strict=True, description="전체계좌여부")
    scopes: list[Literal["accounts", "market"]] | None = Field(default=None, description="권한")


class AdminUsersCreateResponseUser(BaseModel):
    """사용자 (user)."""

    user_id: int = Field(description="사용자ID")
    name: str = Field(description="사용자명")
    email: str | None = Field(default=None, description="이메일")
    status: Literal["active", "disabled"] = Field(description="상태")
    all_accounts: bool = Field(description="전체계좌여부")
    scopes: list[Literal["accounts", "market"]] = Field(description="권한")
    key_count: int = Field(description="앱키수")
    created_at: str = Field(description="등록일시")


class AdminUsersCreateResponse(BaseModel):
    """사용자 등록 응답 본문 (POST /admin/v1/users)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    user: AdminUsersCreateResponseUser = Field(description="사용자")


class AdminUsersGetResponseUser(BaseModel):
    """사용자 (user)."""

    user_id: int = Field(description="사용자ID")
    name: str = Field(description="사용자명")
    email: str | None = Field(default=None, description="이메일")
    status: Literal["active", "disabled"] = Field(description="상태")
    all_accounts: bool = Field(description="전체계좌여부")
    scopes: list[Literal["accounts", "market"]] = Field(description="권한")
    key_count: int = Field(description="앱키수")
    created_at: str = Field(description="등록일시")


class AdminUsersGetAccountsItem(BaseModel):
    """허용계좌 (accounts)의 한 행."""

    account_no: str = Field(description="계좌번호")
    account_name: str = Field(description="계좌명")
    env: Literal["real", "mock"] = Field(description="환경")


class AdminUsersGetKeysItem(BaseModel):
    """앱키 (keys)의 한 행."""

    appkey: str = Field(description="앱키")
    user_id: int = Field(description="사용자ID")
    user_name: str = Field(description="사용자명")
    status: Literal["active", "disabled", "revoked"] = Field(description="상태")
    env: Literal["real", "mock"] = Field(description="환경")
    expires_at: str | None = Field(default=None, description="만료일시")
    rate_limit: int = Field(description="호출한도")
    scopes: list[Literal["accounts", "market"]] = Field(description="권한")
    allowed_cidrs: list[str] = Field(description="허용IP")
    created_at: str = Field(description="발급일시")
    rotated_at: str | None = Field(default=None, description="재발급일시")
    revoked_at: str | None = Field(default=None, description="폐기일시")
    last_used_at: str | None = Field(default=None, description="최근사용일시")
    last_used_ip: str | None = Field(default=None, description="최근사용IP")
    previous_valid_until: str | None = Field(default=None, description="이전시크릿유효기한")
    realtime_connections: int | None = Field(default=None, description="실시간연결수")


class AdminUsersGetResponse(BaseModel):
    """사용자 상세 응답 본문 (GET /admin/v1/users/{user_id})."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    user: AdminUsersGetResponseUser = Field(description="사용자")
    accounts: list[AdminUsersGetAccountsItem] = Field(description="허용계좌")
    keys: list[AdminUsersGetKeysItem] = Field(description="앱키")


class AdminUsersUpdateRequest(BaseModel):
    """사용자 수정 요청 본문 (PATCH /admin/v1/users/{user_id})."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=100, min_length=1, description="사용자명")
    email: str | None = Field(
        default=None, max_length=200, pattern="^[^@ ]+@[^@ ]+$", description="이메일"
    )
    status: Literal["active", "disabled"] | None = Field(default=None, description="상태")
    all_accounts: bool | None = Field(default=None, strict=True, description="전체계좌여부")
    scopes: list[Literal["accounts", "market"]] | None = Field(default=None, description="권한")


class AdminUsersUpdateResponseUser(BaseModel):
    """사용자 (user)."""

    user_id: int = Field(description="사용자ID")
    name: str = Field(description="사용자명")
    email: str | None = Field(default=None, description="이메일")
    status: Literal["active", "disabled"] = Field(description="상태")
    all_accounts: bool = Field(description="전체계좌여부")
    scopes: list[Literal["accounts", "market"]] = Field(description="권한")
    key_count: int = Field(description="앱키수")
    created_at: str = Field(description="등록일시")


class AdminUsersUpdateResponse(BaseModel):
    """사용자 수정 응답 본문 (PATCH /admin/v1/users/{user_id})."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    user: AdminUsersUpdateResponseUser = Field(description="사용자")


class AdminUsersAccountsRequest(BaseModel):
    """사용자 계좌 허용 요청 본문 (PUT /admin/v1/users/{user_id}/accounts)."""

    model_config = ConfigDict(extra="forbid")

    env: Literal["real", "mock"] = Field(description="환경")
    account_nos: list[str] = Field(description="계좌번호")


class AdminUsersAccountsAccountsItem(BaseModel):
    """허용계좌 (accounts)의 한 행."""

    account_no: str = Field(description="계좌번호")
    account_name: str = Field(description="계좌명")
    env: Literal["real", "mock"] = Field(description="환경")


class AdminUsersAccountsResponse(BaseModel):
    """사용자 계좌 허용 응답 본문 (PUT /admin/v1/users/{user_id}/accounts)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    accounts: list[AdminUsersAccountsAccountsItem] = Field(description="허용계좌")


class AdminKeysListQuery(BaseModel):
    """앱키 목록 쿼리 파라미터 (GET /admin/v1/keys)."""

    model_config = ConfigDict(extra="forbid")

    user_id: int | None = Field(default=None, ge=1, le=2147483647, description="사용자ID")
    status: Literal["active", "disabled", "revoked"] | None = Field(
        default=None, description="상태"
    )
    expiring_days: int | None = Field(default=None, ge=1, le=365, description="만료예정일수")
    page: int = Field(default=1, ge=1, le=100000, description="페이지")
    size: int = Field(default=20, ge=1, le=100, description="페이지크기")
    sort: Literal["created_at", "expires_at", "last_used_at"] = Field(
        default="created_at", description="정렬기준"
    )
    order: Literal["asc", "desc"] = Field(default="desc", description="정렬방향")


class AdminKeysListKeysItem(BaseModel):
    """앱키 (keys)의 한 행."""

    appkey: str = Field(description="앱키")
    user_id: int = Field(description="사용자ID")
    user_name: str = Field(description="사용자명")
    status: Literal["active", "disabled", "revoked"] = Field(description="상태")
    env: Literal["real", "mock"] = Field(description="환경")
    expires_at: str | None = Field(default=None, description="만료일시")
    rate_limit: int = Field(description="호출한도")
    scopes: list[Literal["accounts", "market"]] = Field(description="권한")
    allowed_cidrs: list[str] = Field(description="허용IP")
    created_at: str = Field(description="발급일시")
    rotated_at: str | None = Field(default=None, description="재발급일시")
    revoked_at: str | None = Field(default=None, description="폐기일시")
    last_used_at: str | None = Field(default=None, description="최근사용일시")
    last_used_ip: str | None = Field(default=None, description="최근사용IP")
    previous_valid_until: str | None = Field(default=None, description="이전시크릿유효기한")
    realtime_connections: int | None = Field(default=None, description="실시간연결수")


class AdminKeysListResponse(BaseModel):
    """앱키 목록 응답 본문 (GET /admin/v1/keys)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    total: int = Field(description="전체건수")
    page: int = Field(description="페이지")
    size: int = Field(description="페이지크기")
    keys: list[AdminKeysListKeysItem] = Field(description="앱키")


class AdminKeysIssueRequest(BaseModel):
    """앱키 발급 요청 본문 (POST /admin/v1/users/{user_id}/keys)."""

    model_config = ConfigDict(extra="forbid")

    env: Literal["real", "mock"] = Field(default="real", description="환경")
    expires_at: str | None = Field(
        default=None, max_length=10, pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description="만료일"
    )
    rate_limit: int = Field(default=20, strict=True, ge=1, le=10000, description="호출한도")
    scopes: list[Literal["accounts", "market"]] | None = Field(default=None, description="권한")
    allowed_cidrs: list[str] | None = Field(default=None, description="허용IP")


class AdminKeysIssueResponseKey(BaseModel):
    """앱키정보 (key)."""

    appkey: str = Field(description="앱키")
    user_id: int = Field(description="사용자ID")
    user_name: str = Field(description="사용자명")
    status: Literal["active", "disabled", "revoked"] = Field(description="상태")
    env: Literal["real", "mock"] = Field(description="환경")
    expires_at: str | None = Field(default=None, description="만료일시")
    rate_limit: int = Field(description="호출한도")
    scopes: list[Literal["accounts", "market"]] = Field(description="권한")
    allowed_cidrs: list[str] = Field(description="허용IP")
    created_at: str = Field(description="발급일시")
    rotated_at: str | None = Field(default=None, description="재발급일시")
    revoked_at: str | None = Field(default=None, description="폐기일시")
    last_used_at: str | None = Field(default=None, description="최근사용일시")
    last_used_ip: str | None = Field(default=None, description="최근사용IP")
    previous_valid_until: str | None = Field(default=None, description="이전시크릿유효기한")
    realtime_connections: int | None = Field(default=None, description="실시간연결수")


class AdminKeysIssueResponse(BaseModel):
    """앱키 발급 응답 본문 (POST /admin/v1/users/{user_id}/keys)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    appkey: str = Field(description="앱키")
    secretkey: str = Field(description="시크릿키")
    key: AdminKeysIssueResponseKey = Field(description="앱키정보")


class AdminKeysUpdateRequest(BaseModel):
    """앱키 수정 요청 본문 (PATCH /admin/v1/keys/{appkey})."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["active", "disabled"] | None = Field(default=None, description="상태")
    env: Literal["real", "mock"] | None = Field(default=None, description="환경")
    expires_at: str | None = Field(
        default=None, max_length=10, pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description="만료일"
    )
    rate_limit: int | None = Field(
        default=None, strict=True, ge=1, le=10000, description="호출한도"
    )
    scopes: list[Literal["accounts", "market"]] | None = Field(default=None, description="권한")
    allowed_cidrs: list[str] | None = Field(default=None, description="허용IP")


class AdminKeysUpdateResponseKey(BaseModel):
    """앱키정보 (key)."""

    appkey: str = Field(description="앱키")
    user_id: int = Field(description="사용자ID")
    user_name: str = Field(description="사용자명")
    status: Literal["active", "disabled", "revoked"] = Field(description="상태")
    env: Literal["real", "mock"] = Field(description="환경")
    expires_at: str | None = Field(default=None, description="만료일시")
    rate_limit: int = Field(description="호출한도")
    scopes: list[Literal["accounts", "market"]] = Field(description="권한")
    allowed_cidrs: list[str] = Field(description="허용IP")
    created_at: str = Field(description="발급일시")
    rotated_at: str | None = Field(default=None, description="재발급일시")
    revoked_at: str | None = Field(default=None, description="폐기일시")
    last_used_at: str | None = Field(default=None, description="최근사용일시")
    last_used_ip: str | None = Field(default=None, description="최근사용IP")
    previous_valid_until: str | None = Field(default=None, description="이전시크릿유효기한")
    realtime_connections: int | None = Field(default=None, description="실시간연결수")


class AdminKeysUpdateResponse(BaseModel):
    """앱키 수정 응답 본문 (PATCH /admin/v1/keys/{appkey})."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    key: AdminKeysUpdateResponseKey = Field(description="앱키정보")


class AdminKeysRotateRequest(BaseModel):
    """secretkey 재발급 요청 본문 (POST /admin/v1/keys/{appkey}/rotate)."""

    model_config = ConfigDict(extra="forbid")

    grace_hours: int = Field(default=24, strict=True, ge=0, le=720, description="유예시간")


class AdminKeysRotateResponseKey(BaseModel):
    """앱키정보 (key)."""

    appkey: str = Field(description="앱키")
    user_id: int = Field(description="사용자ID")
    user_name: str = Field(description="사용자명")
    status: Literal["active", "disabled", "revoked"] = Field(description="상태")
    env: Literal["real", "mock"] = Field(description="환경")
    expires_at: str | None = Field(default=None, description="만료일시")
    rate_limit: int = Field(description="호출한도")
    scopes: list[Literal["accounts", "market"]] = Field(description="권한")
    allowed_cidrs: list[str] = Field(description="허용IP")
    created_at: str = Field(description="발급일시")
    rotated_at: str | None = Field(default=None, description="재발급일시")
    revoked_at: str | None = Field(default=None, description="폐기일시")
    last_used_at: str | None = Field(default=None, description="최근사용일시")
    last_used_ip: str | None = Field(default=None, description="최근사용IP")
    previous_valid_until: str | None = Field(default=None, description="이전시크릿유효기한")
    realtime_connections: int | None = Field(default=None, description="실시간연결수")


class AdminKeysRotateResponse(BaseModel):
    """secretkey 재발급 응답 본문 (POST /admin/v1/keys/{appkey}/rotate)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    appkey: str = Field(description="앱키")
    secretkey: str = Field(description="시크릿키")
    key: AdminKeysRotateResponseKey = Field(description="앱키정보")


class AdminKeysRevokeResponseKey(BaseModel):
    """앱키정보 (key)."""

    appkey: str = Field(description="앱키")
    user_id: int = Field(description="사용자ID")
    user_name: str = Field(description="사용자명")
    status: Literal["active", "disabled", "revoked"] = Field(description="상태")
    env: Literal["real", "mock"] = Field(description="환경")
    expires_at: str | None = Field(default=None, description="만료일시")
    rate_limit: int = Field(description="호출한도")
    scopes: list[Literal["accounts", "market"]] = Field(description="권한")
    allowed_cidrs: list[str] = Field(description="허용IP")
    created_at: str = Field(description="발급일시")
    rotated_at: str | None = Field(default=None, description="재발급일시")
    revoked_at: str | None = Field(default=None, description="폐기일시")
    last_used_at: str | None = Field(default=None, description="최근사용일시")
    last_used_ip: str | None = Field(default=None, description="최근사용IP")
    previous_valid_until: str | None = Field(default=None, description="이전시크릿유효기한")
    realtime_connections: int | None = Field(default=None, description="실시간연결수")


class AdminKeysRevokeResponse(BaseModel):
    """앱키 폐기 응답 본문 (POST /admin/v1/keys/{appkey}/revoke)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    key: AdminKeysRevokeResponseKey = Field(description="앱키정보")


class AdminUsageQuery(BaseModel):
    """일별 사용량 쿼리 파라미터 (GET /admin/v1/usage)."""

    model_config = ConfigDict(extra="forbid")

    days: int = Field(default=14, ge=1, le=90, description="기간")


class AdminUsageDaysItem(BaseModel):
    """일별사용량 (days)의 한 행."""

    date: str = Field(description="일자")
    requests: int = Field(description="호출수")
    refusals: int = Field(description="거절수")


class AdminUsageResponse(BaseModel):
    """일별 사용량 응답 본문 (GET /admin/v1/usage)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    days: list[AdminUsageDaysItem] = Field(description="일별사용량")


class AdminAuditListQuery(BaseModel):
    """감사 로그 쿼리 파라미터 (GET /admin/v1/audit)."""

    model_config = ConfigDict(extra="forbid")

    action: str | None = Field(default=None, max_length=40, description="작업")
    page: int = Field(default=1, ge=1, le=100000, description="페이지")
    size: int = Field(default=20, ge=1, le=100, description="페이지크기")


class AdminAuditListEntriesItemDetail(BaseModel):
    """상세 (detail)."""

    user_id: int | None = Field(default=None, description="사용자ID")
    name: str | None = Field(default=None, description="사용자명")
    email: str | None = Field(default=None, description="이메일")
    status: str | None = Field(default=None, description="상태")
    all_accounts: bool | None = Field(default=None, description="전체계좌여부")
    scopes: list[str] | None = Field(default=None, description="권한")
    env: str | None = Field(default=None, description="환경")
    account_nos: list[str] | None = Field(default=None, description="계좌번호")
    accounts: list[str] | None = Field(default=None, description="계좌번호")
    expires_at: str | None = Field(default=None, description="만료일시")
    rate_limit: int | None = Field(default=None, description="호출한도")
    allowed_cidrs: list[str] | None = Field(default=None, description="허용IP")
    grace_hours: int | None = Field(default=None, description="유예시간")
    previous_valid_until: str | None = Field(default=None, description="이전시크릿유효기한")
    revoked_tokens: int | None = Field(default=None, description="폐기토큰수")
    bootstrap: bool | None = Field(default=None, description="최초관리자")


class AdminAuditListEntriesItem(BaseModel):
    """기록 (entries)의 한 행."""

    id: int = Field(description="기록ID")
    at: str = Field(description="일시")
    actor: str = Field(description="작업자")
    action: str = Field(description="작업")
    target_type: str = Field(description="대상유형")
    target_id: str = Field(description="대상ID")
    detail: AdminAuditListEntriesItemDetail = Field(description="상세")
    client_ip: str | None = Field(default=None, description="작업자IP")


class AdminAuditListResponse(BaseModel):
    """감사 로그 응답 본문 (GET /admin/v1/audit)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    total: int = Field(description="전체건수")
    page: int = Field(description="페이지")
    size: int = Field(description="페이지크기")
    entries: list[AdminAuditListEntriesItem] = Field(description="기록")


class AdminRequestsGetResponseRequest(BaseModel):
    """호출기록 (request)."""

    request_id: str = Field(description="요청ID")
    at: str = Field(description="호출일시")
    method: str = Field(description="메서드")
    path: str = Field(description="경로")
    status: int = Field(description="HTTP상태")
    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    appkey: str | None = Field(default=None, description="앱키")
    client_ip: str | None = Field(default=None, description="호출IP")
    duration_ms: str = Field(pattern="^-?[0-9]+([.][0-9]+)?$", description="처리시간")
    explanation: str = Field(description="설명")


class AdminRequestsGetResponse(BaseModel):
    """요청 조회 응답 본문 (GET /admin/v1/requests/{request_id})."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    request: AdminRequestsGetResponseRequest = Field(description="호출기록")


class AdminAccountsListQuery(BaseModel):
    """계좌 목록 쿼리 파라미터 (GET /admin/v1/accounts)."""

    model_config = ConfigDict(extra="forbid")

    env: Literal["real", "mock"] | None = Field(default=None, description="환경")
    q: str | None = Field(default=None, max_length=100, description="검색어")
    page: int = Field(default=1, ge=1, le=100000, description="페이지")
    size: int = Field(default=20, ge=1, le=100, description="페이지크기")


class AdminAccountsListAccountsItem(BaseModel):
    """계좌 (accounts)의 한 행."""

    account_no: str = Field(description="계좌번호")
    account_name: str = Field(description="계좌명")
    broker: str = Field(description="증권사")
    env: Literal["real", "mock"] = Field(description="환경")


class AdminAccountsListResponse(BaseModel):
    """계좌 목록 응답 본문 (GET /admin/v1/accounts)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    total: int = Field(description="전체건수")
    page: int = Field(description="페이지")
    size: int = Field(description="페이지크기")
    accounts: list[AdminAccountsListAccountsItem] = Field(description="계좌")
