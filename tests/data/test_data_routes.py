"""Every endpoint whose spec names a scope refuses a request without a token, and a token
without that scope, whether the handler declares its caller to FastAPI or verifies it itself
(data/routes.py says why some do)."""

import re
from pathlib import Path

import pytest

from asset_api.specgen.spec import load_specs
from tests.data.conftest import bearer
from tests.helpers import issue_token

SPECS = load_specs(Path(__file__).resolve().parents[2] / "api-spec")
SCOPED = sorted((spec for spec in SPECS.specs if spec.scope), key=lambda spec: spec.id)
# Any value fits: the refusal comes before the path parameter is looked at.
SAMPLE_PATH = {"account_no": "1000000001", "code": "005930"}
OTHER_SCOPE = {"accounts": "market", "market": "accounts"}


def url(path: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: SAMPLE_PATH[m.group(1)], path)


@pytest.mark.parametrize("spec", SCOPED, ids=lambda spec: spec.id)
async def test_no_token_is_8005(client, dataset, spec):
    res = await client.request(spec.method, url(spec.path))
    assert res.status_code == 401, res.text
    assert res.json()["return_code"] == 8005
    assert res.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize("spec", SCOPED, ids=lambda spec: spec.id)
async def test_a_token_without_the_scope_is_8010(client, db, dataset, spec):
    token = await issue_token(
        client, db, env="real", all_accounts=True, scopes=[OTHER_SCOPE[spec.scope]]
    )
    res = await client.request(spec.method, url(spec.path), headers=bearer(token))
    assert res.status_code == 403, res.text
    assert res.json()["return_code"] == 8010


def test_the_scoped_endpoints_are_the_data_endpoints():
    assert {spec.id for spec in SCOPED} == {
        "accounts",
        "balance",
        "transactions",
        "realized-pnl",
        "daily-valuations",
        "instrument",
        "daily-prices",
    }
