"""Who may call what in the admin API: the least role each operation's spec names
(`role:`, generated into asset_api.models.admin), and the few operations an admin may call
before finishing setting up their sign-in (`during_setup:`)."""

from asset_api.admin.admins import Admin, role_at_least
from asset_api.errors import Forbidden
from asset_api.models.admin import OPERATION_ROLES, SETUP_OPERATIONS

# An operation without a spec (there should be none) is left to the most trusted role.
UNDECLARED_ROLE = "owner"
SETUP_STEPS = {
    "password": "임시 비밀번호를 먼저 바꾸십시오",
    "mfa": "2단계 인증을 먼저 등록하십시오",
}


def setup_required(admin: Admin, *, mfa_required: bool) -> list[str]:
    """What the admin must do before anything else: replace a one-time password, and (when
    second factors are required) enrol one."""
    steps = []
    if admin.password_change_required:
        steps.append("password")
    if mfa_required and not admin.mfa_enabled:
        steps.append("mfa")
    return steps


def check_access(admin: Admin, operation: str | None, *, mfa_required: bool) -> None:
    """8010 unless the admin may call `operation` (an operation id) now."""
    steps = setup_required(admin, mfa_required=mfa_required)
    if steps and operation not in SETUP_OPERATIONS:
        raise Forbidden(SETUP_STEPS[steps[0]])
    needed = OPERATION_ROLES.get(operation or "", UNDECLARED_ROLE)
    if not role_at_least(admin.role, needed):
        raise Forbidden(f"{needed} 역할이 필요합니다")
