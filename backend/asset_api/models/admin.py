# GENERATED from api-spec/admin/ by 'make gen' — do not edit
"""Models of the 관리자 API endpoints (api-spec/admin/)."""

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


def _whole_number(value: object) -> object:
    """JSON's 115.0 is the integer 115 (so JSON Schema says); true and "5" stay refused."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


# An Integer of a JSON body: strict, but a whole number written with a fraction is one.
JsonInt = Annotated[int, BeforeValidator(_whole_number)]


class AdminLoginRequest(BaseModel):
    """관리자 로그인 요청 본문 (POST /admin/v1/login)."""

    model_config = ConfigDict(extra="forbid")

    username: str = Field(max_length=40, min_length=1, pattern="^[^\\x00]*$", description="아이디")
    password: str = Field(
        max_length=200, min_length=1, pattern="^[^\\x00]*$", description="비밀번호"
    )


class AdminLoginResponse(BaseModel):
    """관리자 로그인 응답 본문 (POST /admin/v1/login)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    mfa_required: bool = Field(description="2단계인증필요")
    mfa_token: str | None = Field(default=None, description="2단계인증토큰")
    session: str | None = Field(default=None, description="관리자세션")
    expires_at: str | None = Field(default=None, description="만료일시")
    idle_timeout: int | None = Field(default=None, description="유휴시간제한")
    username: str = Field(description="아이디")
    role: Literal["owner", "operator", "viewer"] | None = Field(default=None, description="역할")


class AdminLoginMfaRequest(BaseModel):
    """관리자 로그인 2단계 인증 요청 본문 (POST /admin/v1/login/mfa)."""

    model_config = ConfigDict(extra="forbid")

    mfa_token: str = Field(
        max_length=100, min_length=1, pattern="^[^\\x00]*$", description="2단계인증토큰"
    )
    code: str = Field(max_length=20, min_length=1, pattern="^[^\\x00]*$", description="인증코드")


class AdminLoginMfaResponse(BaseModel):
    """관리자 로그인 2단계 인증 응답 본문 (POST /admin/v1/login/mfa)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    session: str = Field(description="관리자세션")
    expires_at: str = Field(description="만료일시")
    idle_timeout: int = Field(description="유휴시간제한")
    username: str = Field(description="아이디")
    role: Literal["owner", "operator", "viewer"] = Field(description="역할")
    recovery_codes_left: int = Field(description="남은복구코드수")


class AdminLogoutResponse(BaseModel):
    """관리자 로그아웃 응답 본문 (POST /admin/v1/logout)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")


class AdminLogoutAllResponse(BaseModel):
    """모든 세션 로그아웃 응답 본문 (POST /admin/v1/logout-all)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    sessions_ended: int = Field(description="종료된세션수")


class AdminMeResponse(BaseModel):
    """로그인 관리자 확인 응답 본문 (GET /admin/v1/me)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    username: str = Field(description="아이디")
    role: Literal["owner", "operator", "viewer"] = Field(description="역할")
    mfa_enabled: bool = Field(description="2단계인증여부")
    recovery_codes_left: int = Field(description="남은복구코드수")
    setup_required: list[Literal["password", "mfa"]] = Field(description="필요한설정")
    expires_at: str = Field(description="만료일시")
    idle_timeout: int = Field(description="유휴시간제한")


class AdminMeMfaResponse(BaseModel):
    """2단계 인증 등록 시작 응답 본문 (POST /admin/v1/me/mfa)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    secret: str = Field(description="비밀키")
    otpauth_uri: str = Field(description="등록URI")
    qr_svg: str = Field(description="QR코드")


class AdminMeMfaConfirmRequest(BaseModel):
    """2단계 인증 등록 확인 요청 본문 (POST /admin/v1/me/mfa/confirm)."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(max_length=6, min_length=6, pattern="^[0-9]{6}$", description="인증코드")


class AdminMeMfaConfirmResponse(BaseModel):
    """2단계 인증 등록 확인 응답 본문 (POST /admin/v1/me/mfa/confirm)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    recovery_codes: list[str] = Field(description="복구코드")


class AdminMePasswordRequest(BaseModel):
    """비밀번호 변경 요청 본문 (POST /admin/v1/me/password)."""

    model_config = ConfigDict(extra="forbid")

    current_password: str = Field(
        max_length=200, min_length=1, pattern="^[^\\x00]*$", description="현재비밀번호"
    )
    new_password: str = Field(
        max_length=200, min_length=10, pattern="^[^\\x00]*$", description="새비밀번호"
    )


class AdminMePasswordResponse(BaseModel):
    """비밀번호 변경 응답 본문 (POST /admin/v1/me/password)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    sessions_ended: int = Field(description="종료된세션수")


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

    q: str = Field(default=None, max_length=100, pattern="^[^\\x00]*$", description="검색어")
    status: Literal["active", "disabled"] = Field(default=None, description="상태")
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

    name: str = Field(max_length=100, min_length=1, pattern="^[^\\x00]*$", description="사용자명")
    email: str = Field(
        default=None, max_length=200, pattern="^[^@ \\x00]+@[^@ \\x00]+$", description="이메일"
    )
    all_accounts: bool = Field(default=False, strict=True, description="전체계좌여부")
    scopes: list[Literal["accounts", "market"]] = Field(default=None, description="권한")


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

    name: str = Field(
        default=None, max_length=100, min_length=1, pattern="^[^\\x00]*$", description="사용자명"
    )
    email: str | None = Field(
        default=None, max_length=200, pattern="^[^@ \\x00]+@[^@ \\x00]+$", description="이메일"
    )
    status: Literal["active", "disabled"] = Field(default=None, description="상태")
    all_accounts: bool = Field(default=None, strict=True, description="전체계좌여부")
    scopes: list[Literal["accounts", "market"]] = Field(default=None, description="권한")


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
    account_nos: list[Annotated[str, Field(pattern="^[^\\x00]*$")]] = Field(description="계좌번호")


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

    user_id: int = Field(default=None, ge=1, le=2147483647, description="사용자ID")
    status: Literal["active", "disabled", "revoked"] = Field(default=None, description="상태")
    expiring_days: int = Field(default=None, ge=1, le=365, description="만료예정일수")
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
    expires_at: str = Field(
        default=None, max_length=10, pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description="만료일"
    )
    rate_limit: JsonInt = Field(default=20, strict=True, ge=1, le=10000, description="호출한도")
    scopes: list[Literal["accounts", "market"]] = Field(default=None, description="권한")
    allowed_cidrs: list[
        Annotated[
            str,
            Field(
                pattern="^(((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])[.]){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(/(3[0-2]|[12]?[0-9]))?|(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,7}:|([0-9A-Fa-f]{1,4}:){1,6}:[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,5}(:[0-9A-Fa-f]{1,4}){1,2}|([0-9A-Fa-f]{1,4}:){1,4}(:[0-9A-Fa-f]{1,4}){1,3}|([0-9A-Fa-f]{1,4}:){1,3}(:[0-9A-Fa-f]{1,4}){1,4}|([0-9A-Fa-f]{1,4}:){1,2}(:[0-9A-Fa-f]{1,4}){1,5}|[0-9A-Fa-f]{1,4}:(:[0-9A-Fa-f]{1,4}){1,6}|:((:[0-9A-Fa-f]{1,4}){1,7}|:))(/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$"
            ),
        ]
    ] = Field(default=None, description="허용IP")


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

    status: Literal["active", "disabled"] = Field(default=None, description="상태")
    env: Literal["real", "mock"] = Field(default=None, description="환경")
    expires_at: str | None = Field(
        default=None, max_length=10, pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description="만료일"
    )
    rate_limit: JsonInt = Field(default=None, strict=True, ge=1, le=10000, description="호출한도")
    scopes: list[Literal["accounts", "market"]] = Field(default=None, description="권한")
    allowed_cidrs: list[
        Annotated[
            str,
            Field(
                pattern="^(((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])[.]){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(/(3[0-2]|[12]?[0-9]))?|(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,7}:|([0-9A-Fa-f]{1,4}:){1,6}:[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,5}(:[0-9A-Fa-f]{1,4}){1,2}|([0-9A-Fa-f]{1,4}:){1,4}(:[0-9A-Fa-f]{1,4}){1,3}|([0-9A-Fa-f]{1,4}:){1,3}(:[0-9A-Fa-f]{1,4}){1,4}|([0-9A-Fa-f]{1,4}:){1,2}(:[0-9A-Fa-f]{1,4}){1,5}|[0-9A-Fa-f]{1,4}:(:[0-9A-Fa-f]{1,4}){1,6}|:((:[0-9A-Fa-f]{1,4}){1,7}|:))(/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$"
            ),
        ]
    ] = Field(default=None, description="허용IP")


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

    grace_hours: JsonInt = Field(default=24, strict=True, ge=0, le=720, description="유예시간")


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

    action: str = Field(default=None, max_length=40, pattern="^[^\\x00]*$", description="작업")
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
    username: str | None = Field(default=None, description="관리자아이디")
    role: str | None = Field(default=None, description="역할")
    previous: str | None = Field(default=None, description="이전역할")
    sessions_ended: int | None = Field(default=None, description="종료세션수")
    second_factor: str | None = Field(default=None, description="2단계인증")
    reason: str | None = Field(default=None, description="실패사유")
    left: int | None = Field(default=None, description="남은복구코드")
    had_factor: bool | None = Field(default=None, description="등록되어있었음")
    recovery_code_count: int | None = Field(default=None, description="복구코드수")


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

    env: Literal["real", "mock"] = Field(default=None, description="환경")
    q: str = Field(default=None, max_length=100, pattern="^[^\\x00]*$", description="검색어")
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


class AdminAdminsListAdminsItem(BaseModel):
    """관리자 (admins)의 한 행."""

    admin_id: int = Field(description="관리자ID")
    username: str = Field(description="아이디")
    role: Literal["owner", "operator", "viewer"] = Field(description="역할")
    status: Literal["active", "disabled"] = Field(description="상태")
    mfa_enabled: bool = Field(description="2단계인증여부")
    password_change_required: bool = Field(description="비밀번호변경필요")
    active_sessions: int = Field(description="활성세션수")
    created_at: str = Field(description="등록일시")
    last_login_at: str | None = Field(default=None, description="최근로그인일시")


class AdminAdminsListResponse(BaseModel):
    """관리자 목록 응답 본문 (GET /admin/v1/admins)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    admins: list[AdminAdminsListAdminsItem] = Field(description="관리자")


class AdminAdminsCreateRequest(BaseModel):
    """관리자 등록 요청 본문 (POST /admin/v1/admins)."""

    model_config = ConfigDict(extra="forbid")

    username: str = Field(
        max_length=40, min_length=3, pattern="^[A-Za-z0-9._-]{3,40}$", description="아이디"
    )
    role: Literal["owner", "operator", "viewer"] = Field(default="operator", description="역할")


class AdminAdminsCreateResponseAdmin(BaseModel):
    """관리자 (admin)."""

    admin_id: int = Field(description="관리자ID")
    username: str = Field(description="아이디")
    role: Literal["owner", "operator", "viewer"] = Field(description="역할")
    status: Literal["active", "disabled"] = Field(description="상태")
    mfa_enabled: bool = Field(description="2단계인증여부")
    password_change_required: bool = Field(description="비밀번호변경필요")
    active_sessions: int = Field(description="활성세션수")
    created_at: str = Field(description="등록일시")
    last_login_at: str | None = Field(default=None, description="최근로그인일시")


class AdminAdminsCreateResponse(BaseModel):
    """관리자 등록 응답 본문 (POST /admin/v1/admins)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    password: str = Field(description="임시비밀번호")
    admin: AdminAdminsCreateResponseAdmin = Field(description="관리자")


class AdminAdminsUpdateRequest(BaseModel):
    """관리자 수정 요청 본문 (PATCH /admin/v1/admins/{admin_id})."""

    model_config = ConfigDict(extra="forbid")

    role: Literal["owner", "operator", "viewer"] = Field(default=None, description="역할")
    status: Literal["active", "disabled"] = Field(default=None, description="상태")


class AdminAdminsUpdateResponseAdmin(BaseModel):
    """관리자 (admin)."""

    admin_id: int = Field(description="관리자ID")
    username: str = Field(description="아이디")
    role: Literal["owner", "operator", "viewer"] = Field(description="역할")
    status: Literal["active", "disabled"] = Field(description="상태")
    mfa_enabled: bool = Field(description="2단계인증여부")
    password_change_required: bool = Field(description="비밀번호변경필요")
    active_sessions: int = Field(description="활성세션수")
    created_at: str = Field(description="등록일시")
    last_login_at: str | None = Field(default=None, description="최근로그인일시")


class AdminAdminsUpdateResponse(BaseModel):
    """관리자 수정 응답 본문 (PATCH /admin/v1/admins/{admin_id})."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    admin: AdminAdminsUpdateResponseAdmin = Field(description="관리자")


class AdminAdminsMfaResetResponseAdmin(BaseModel):
    """관리자 (admin)."""

    admin_id: int = Field(description="관리자ID")
    username: str = Field(description="아이디")
    role: Literal["owner", "operator", "viewer"] = Field(description="역할")
    status: Literal["active", "disabled"] = Field(description="상태")
    mfa_enabled: bool = Field(description="2단계인증여부")
    password_change_required: bool = Field(description="비밀번호변경필요")
    active_sessions: int = Field(description="활성세션수")
    created_at: str = Field(description="등록일시")
    last_login_at: str | None = Field(default=None, description="최근로그인일시")


class AdminAdminsMfaResetResponse(BaseModel):
    """2단계 인증 초기화 응답 본문 (POST /admin/v1/admins/{admin_id}/mfa-reset)."""

    return_code: int = Field(description="응답코드")
    return_msg: str = Field(description="응답메시지")
    admin: AdminAdminsMfaResetResponseAdmin = Field(description="관리자")


# The least admin role each operation needs (the specs' `role`): admin/deps.py enforces it.
OPERATION_ROLES: dict[str, str] = {
    "admin-accounts-list": "viewer",
    "admin-admins-create": "owner",
    "admin-admins-list": "owner",
    "admin-admins-mfa-reset": "owner",
    "admin-admins-update": "owner",
    "admin-audit-list": "viewer",
    "admin-dashboard": "viewer",
    "admin-keys-issue": "operator",
    "admin-keys-list": "viewer",
    "admin-keys-revoke": "operator",
    "admin-keys-rotate": "operator",
    "admin-keys-update": "operator",
    "admin-logout": "viewer",
    "admin-logout-all": "viewer",
    "admin-me": "viewer",
    "admin-me-mfa": "viewer",
    "admin-me-mfa-confirm": "viewer",
    "admin-me-password": "viewer",
    "admin-requests-get": "viewer",
    "admin-usage": "viewer",
    "admin-users-accounts": "operator",
    "admin-users-create": "operator",
    "admin-users-get": "viewer",
    "admin-users-list": "viewer",
    "admin-users-update": "operator",
}

# What an admin may call before finishing sign-in setup (the specs' `during_setup`).
SETUP_OPERATIONS: frozenset[str] = frozenset(
    {
        "admin-logout",
        "admin-logout-all",
        "admin-me",
        "admin-me-mfa",
        "admin-me-mfa-confirm",
        "admin-me-password",
    }
)
