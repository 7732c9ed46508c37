"""Every example of the public specs, replayed against the running backend.

The examples' credentials, tokens and account numbers are placeholders; the replay puts real
ones in where the example expects success (or the state its error needs), sends the request,
and checks the status, the return_code and the body against the spec's generated models.
"""

import base64
import importlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from asset_api.ingest.demo import load_demo
from asset_api.models.common import ErrorResponse
from asset_api.specgen.schemas import build_models
from asset_api.specgen.spec import load_specs
from tests.helpers import Credentials, get_token, make_key

SPEC_DIR = Path(__file__).resolve().parents[2] / "api-spec"
PUBLIC_GROUPS = ("auth", "oauth2", "data", "system")
# Examples whose precondition a replay cannot set up; each is covered by its own test.
NOT_REPLAYED = {
    ("health", "데이터베이스 장애"): "tests/db/test_outage.py stops the database",
    ("metrics", "정상"): "tests/system/test_metrics.py reads it from an allowed address",
}
CREDENTIAL_FIELDS = {"appkey", "client_id"}
SECRET_FIELDS = {"secretkey", "client_secret"}


def public_examples():
    specs = load_specs(SPEC_DIR)
    for spec in specs.specs:
        if spec.group not in PUBLIC_GROUPS:
            continue
        for example in spec.examples:
            if "response" in example:
                yield pytest.param(spec, example, id=f"{spec.id}:{example.get('title', '')}")


@dataclass
class World:
    """The real state the placeholders are swapped for."""

    creds: Credentials
    expired_token: str
    accounts_only_token: str
    account_no: str


@pytest.fixture
async def world(client, db) -> World:
    await load_demo(db, "real")
    account_no = await db.fetchval("SELECT min(account_no) FROM accounts WHERE env = 'real'")
    creds = await make_key(db, all_accounts=True)
    await get_token(client, creds)
    expiring = await make_key(db, all_accounts=True)
    expired_token = await get_token(client, expiring)
    await db.execute(
        "UPDATE access_tokens SET expires_at = now() - interval '1 second' "
        "WHERE key_id = (SELECT id FROM api_keys WHERE appkey = $1)",
        expiring.appkey,
    )
    narrow = await make_key(db, all_accounts=True, scopes=["accounts"])
    return World(creds, expired_token, await get_token(client, narrow), account_no)


def expected_code(example: dict):
    body = example["response"].get("body")
    return body.get("return_code") if isinstance(body, dict) else None


def wants_success(example: dict) -> bool:
    return example["response"]["status"] < 300 and expected_code(example) in (0, None)


def realise_headers(spec, example, world: World) -> dict[str, str]:
    headers = {k: str(v) for k, v in ((example.get("request") or {}).get("header") or {}).items()}
    headers.pop("next-key", None)  # an opaque key of the example's data; replaced below
    headers.pop("cont-yn", None)
    if "authorization" not in headers:
        return headers
    if spec.auth == "bearer":
        # The token a refusal needs; every other answer (0, 1501, 1901) needs a valid one.
        code = expected_code(example)
        token = {8006: world.expired_token, 8010: world.accounts_only_token}.get(
            code, world.creds.token
        )
        if code != 8005:
            headers["authorization"] = f"Bearer {token}"
    elif headers["authorization"].startswith("Basic") and wants_success(example):
        pair = f"{world.creds.appkey}:{world.creds.secretkey}".encode()
        headers["authorization"] = "Basic " + base64.b64encode(pair).decode()
    return headers


def realise_body(example, world: World):
    body = (example.get("request") or {}).get("body")
    if not isinstance(body, dict) or not wants_success(example):
        return body
    body = dict(body)
    for name in CREDENTIAL_FIELDS & body.keys():
        body[name] = world.creds.appkey
    for name in SECRET_FIELDS & body.keys():
        body[name] = world.creds.secretkey
    if "token" in body and example["response"].get("body", {}).get("active") is not False:
        body["token"] = world.creds.token
    return body


def realise_path(spec, example, world: World) -> str:
    params = {k: str(v) for k, v in ((example.get("request") or {}).get("path") or {}).items()}
    if "account_no" in params and wants_success(example):
        params["account_no"] = world.account_no
    return spec.path.format(**params)


async def send(client, spec, example, world: World, extra_headers=None):
    request = example.get("request") or {}
    kwargs = {
        "headers": realise_headers(spec, example, world) | (extra_headers or {}),
        "params": request.get("query") or None,
    }
    body = realise_body(example, world) if request else None
    if body is not None:
        kwargs["data" if spec.is_form else "json"] = body
    return await client.request(spec.method, realise_path(spec, example, world), **kwargs)


def check_body(spec, example, res) -> None:
    _, top = build_models(spec)
    module = importlib.import_module(f"asset_api.models.{spec.group}")
    body = res.json()
    if res.status_code < 300:
        if top.response:
            getattr(module, top.response).model_validate(body)
        else:
            assert body == example["response"]["body"]
    elif top.error_response:
        getattr(module, top.error_response).model_validate(body)
    else:
        ErrorResponse.model_validate(body)
        assert body["request_id"] == res.headers["x-request-id"]


@pytest.mark.parametrize(("spec", "example"), list(public_examples()))
async def test_example_replays_against_the_backend(client, world, spec, example):
    reason = NOT_REPLAYED.get((spec.id, example.get("title")))
    if reason:
        pytest.skip(reason)
    res = await send(client, spec, example, world)
    if res.status_code == 200 and res.headers.get("cont-yn") == "Y":
        # A "next page" example: replay the continuation with the key the server gave.
        next_headers = {"cont-yn": "Y", "next-key": res.headers["next-key"]}
        res = await send(client, spec, example, world, next_headers)

    assert res.status_code == example["response"]["status"], res.text
    code = expected_code(example)
    if code is not None:
        assert res.json()["return_code"] == code, res.text
    if (
        isinstance(example["response"].get("body"), dict)
        and "active" in example["response"]["body"]
    ):
        assert res.json()["active"] == example["response"]["body"]["active"]
    check_body(spec, example, res)
