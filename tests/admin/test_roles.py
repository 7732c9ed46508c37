"""Every admin endpoint answers exactly as its spec's `role` says: 8010 to each role below it,
and no 8010 to the role it names; before an admin has set up their sign-in, only the endpoints
marked `during_setup` are open (in the manner of tests/data/test_data_routes.py)."""

import re
from pathlib import Path

import httpx
import pytest

from asset_api.admin.admins import ROLES
from asset_api.app import create_app
from asset_api.models.admin import OPERATION_ROLES, SETUP_OPERATIONS
from asset_api.specgen.spec import load_specs
from tests.admin.conftest import session_as

SPECS = load_specs(Path(__file__).resolve().parents[2] / "api-spec")
ADMIN_SPECS = sorted((s for s in SPECS.specs if s.auth == "admin"), key=lambda s: s.id)
# Any value fits: the refusal comes before the path parameter is looked at.
SAMPLE_PATH = {
    "user_id": "1",
    "admin_id": "1",
    "appkey": "AAK" + "x" * 33,
    "request_id": "6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e",
}


def url(path: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: SAMPLE_PATH[m.group(1)], path)


async def call(client: httpx.AsyncClient, spec, headers: dict[str, str]) -> httpx.Response:
    body = {} if spec.method in ("POST", "PUT", "PATCH") else None
    return await client.request(spec.method, url(spec.path), headers=headers, json=body)


async def test_each_role_below_the_specs_is_refused_with_8010(client, db):
    """One app for all the endpoints (an app per endpoint cost a second each); every call gets
    a session of its own, since logout and logout-all end theirs."""
    wrong = []
    for spec in ADMIN_SPECS:
        for role in ROLES:
            res = await call(client, spec, await session_as(db, f"{role}-{spec.id}", role))
            allowed = ROLES.index(role) >= ROLES.index(spec.role)
            body = res.json()
            if allowed and res.status_code in (401, 403):
                wrong.append(f"{spec.id}: {role} was refused: {body}")
            if not allowed and (
                res.status_code != 403
                or body["return_code"] != 8010
                or f"{spec.role} 역할이 필요합니다" not in body["return_msg"]
            ):
                wrong.append(f"{spec.id}: {role} was not refused with 8010: {body}")
    assert wrong == []


def test_the_server_enforces_the_roles_the_specs_declare():
    assert OPERATION_ROLES == {spec.id: spec.role for spec in ADMIN_SPECS}
    assert {spec.id for spec in ADMIN_SPECS if spec.during_setup} == SETUP_OPERATIONS


def test_the_roles_divide_the_work_as_the_contract_says():
    roles = {spec.id: spec.role for spec in ADMIN_SPECS}
    # viewer: reads only; operator: users, keys, grants; owner: the admins.
    for spec in ADMIN_SPECS:
        if spec.method == "GET":
            assert roles[spec.id] in ("viewer", "owner"), spec.id
        if spec.id.startswith(("admin-users-", "admin-keys-")) and spec.method != "GET":
            assert roles[spec.id] == "operator", spec.id
        if spec.id.startswith("admin-admins-"):
            assert roles[spec.id] == "owner", spec.id


@pytest.fixture
async def mfa_client(settings, db, migrated):
    """The app as production runs it: second factors required."""
    app = create_app(
        settings.model_copy(update={"admin_mfa_required": True}), database_url=migrated
    )
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 5555))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            yield c


async def test_before_enrolling_a_second_factor_only_setup_is_open(mfa_client, db):
    wrong = []
    for spec in ADMIN_SPECS:
        res = await call(mfa_client, spec, await session_as(db, f"new-{spec.id}", "owner"))
        body = res.json()
        if spec.during_setup and res.status_code in (401, 403):
            wrong.append(f"{spec.id}: refused during setup: {body}")
        if not spec.during_setup and (
            res.status_code != 403 or "2단계 인증을 먼저 등록하십시오" not in body["return_msg"]
        ):
            wrong.append(f"{spec.id}: open before the second factor: {body}")
    assert wrong == []
