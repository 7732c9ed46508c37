"""Every example of every spec against the generated models: the docs show only what the API
accepts and answers, and every field an example shows is a documented one."""

import importlib
from typing import Any

import pytest
from pydantic import BaseModel

from asset_api.models.common import ErrorResponse
from asset_api.specgen.schemas import SpecModels, build_models
from asset_api.specgen.spec import Row, Spec, load_specs
from tests.specgen.conftest import SPEC_DIR

# Response headers any error may carry besides the documented ones.
ERROR_HEADERS = {"x-request-id", "retry-after", "www-authenticate", "cache-control", "pragma"}

SPECS = load_specs(SPEC_DIR)
EXAMPLES = [
    pytest.param(spec, example, id=f"{spec.id}:{example['title']}")
    for spec in SPECS.specs
    for example in spec.examples
]


def shows_a_bad_request(example: dict) -> bool:
    """An example of 1501 (invalid_request, unsupported_grant_type) shows a request the models
    reject on purpose."""
    body = example["response"].get("body") or {}
    refusals = (None, "invalid_request", "unsupported_grant_type")
    return body.get("return_code") == 1501 and body.get("error") in refusals


ACCEPTED_REQUEST_EXAMPLES = [p for p in EXAMPLES if not shows_a_bad_request(p.values[1])]


def model(spec: Spec, name: str | None) -> type[BaseModel] | None:
    if name is None:
        return None
    return getattr(importlib.import_module(f"asset_api.models.{spec.group}"), name)


def top_models(spec: Spec) -> SpecModels:
    return build_models(spec)[1]


def undocumented(value: Any, rows: tuple[Row, ...], where: str = "") -> list[str]:
    """Keys of `value` (recursively) that no row documents."""
    if not isinstance(value, dict):
        return []
    by_element = {row.element: row for row in rows}
    found = []
    for key, item in value.items():
        if key not in by_element:
            found.append(f"{where}{key}")
            continue
        children = by_element[key].fields
        items = item if isinstance(item, list) else [item]
        for child in items:
            found += undocumented(child, children, f"{where}{key}.")
    return found


def lower_keys(mapping: dict[str, str] | None) -> set[str]:
    return {name.lower() for name in (mapping or {})}


@pytest.mark.parametrize(("spec", "example"), ACCEPTED_REQUEST_EXAMPLES)
def test_request_body_and_query_validate(spec, example):
    request = example.get("request") or {}
    names = top_models(spec)
    for part, model_name in (("body", names.request), ("query", names.query)):
        value = request.get(part)
        request_model = model(spec, model_name)
        if request_model is None:
            assert not value, f"the spec has no request {part}, the example has one"
        elif value is not None:
            request_model.model_validate(value, strict=True)


@pytest.mark.parametrize(("spec", "example"), EXAMPLES)
def test_request_headers_and_path_are_documented(spec, example):
    request = example.get("request") or {}
    documented = {row.element for row in spec.request.get("header", ())}
    required = {row.element for row in spec.request.get("header", ()) if row.required}
    headers = lower_keys(request.get("header"))
    assert headers <= documented, f"undocumented headers {headers - documented}"
    if request.get("body") is not None or spec.request.get("query") or spec.path_params:
        # An example that shows a request shows a complete one.
        assert required - {"content-type"} <= headers
    assert set(request.get("path") or {}) == set(spec.path_params)


@pytest.mark.parametrize(("spec", "example"), EXAMPLES)
def test_response_validates(spec, example):
    response = example["response"]
    body = response.get("body")
    names = top_models(spec)
    if response["status"] == spec.status:
        response_model = model(spec, names.response)
        if response_model is None:
            assert not body, "the spec has no response body, the example has one"
        else:
            response_model.model_validate(body, strict=True)
            assert undocumented(body, spec.response["body"]) == []
        headers = lower_keys(response.get("header"))
        documented = {row.element for row in spec.response.get("header", ())}
        assert headers <= documented, f"undocumented headers {headers - documented}"
        return
    if names.error_response:
        model(spec, names.error_response).model_validate(body, strict=True)
        assert undocumented(body, spec.response["error_body"]) == []
        assert body["error"] in {e.error for e in spec.errors}
    else:
        ErrorResponse.model_validate(body, strict=True)
        extra_rows = spec.response.get("body", ())  # /health answers its own fields on 503
        assert undocumented(body, (*SPECS.error_envelope, *extra_rows)) == []
        assert body["return_code"] in spec.return_codes
    headers = response.get("header") or {}
    assert lower_keys(headers) <= ERROR_HEADERS | {r.element for r in spec.response["header"]}
    if "x-request-id" in headers:
        assert body["request_id"] == headers["x-request-id"]


@pytest.mark.parametrize("spec", SPECS.http_specs, ids=lambda s: s.id)
def test_every_spec_shows_a_success_example_first(spec):
    assert spec.examples[0]["response"]["status"] == spec.status


def test_request_models_forbid_unknown_fields():
    from pydantic import ValidationError

    from asset_api.models.auth import GetAuthRequest

    body = SPECS.specs[0].examples[0]["request"]["body"]
    with pytest.raises(ValidationError, match="grant_typo"):
        GetAuthRequest.model_validate({**body, "grant_typo": "x"})


def test_query_models_apply_defaults_and_ranges():
    from pydantic import ValidationError

    from asset_api.models.data import TransactionsQuery

    query = TransactionsQuery.model_validate({"start_date": "20261101", "end_date": "20261120"})
    assert query.limit == 100 and query.kind is None
    with pytest.raises(ValidationError):
        TransactionsQuery.model_validate({"start_date": "2026-11-01", "end_date": "20261120"})
    with pytest.raises(ValidationError):
        TransactionsQuery.model_validate(
            {"start_date": "20261101", "end_date": "20261120", "limit": 501}
        )
