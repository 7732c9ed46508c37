"""A Postman collection (format v2.1) of the integrators' endpoints, from their specs.

The domain is the `{{baseUrl}}` variable (the mock domain; the real one is in the
description), the bearer token the collection's `{{token}}` variable, which the access token
request fills in from its response; the credentials of the examples are `{{appkey}}` and
`{{secretkey}}`. Each request is its spec's first example, and each example of the spec is a
saved response. The admin API (the SPA's) and the websocket, which v2.1 cannot describe, are
left out.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from asset_api.specgen import samples
from asset_api.specgen.docs import INTERNAL_GROUPS
from asset_api.specgen.spec import Spec, SpecSet

SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
CREDENTIAL_FIELDS = {"appkey": "{{appkey}}", "client_id": "{{appkey}}"}
SECRET_FIELDS = {"secretkey": "{{secretkey}}", "client_secret": "{{secretkey}}"}
BASIC_CREDENTIALS = "{{appkey}}:{{secretkey}}"
# The access token request stores the token for every other request of the collection.
STORE_TOKEN = [
    "const body = pm.response.json();",
    "const token = body.token || body.access_token;",
    'if (token) { pm.collectionVariables.set("token", token); }',
]
TOKEN_REQUESTS = ("get-auth", "oauth2-token")


def build_collection(spec_set: SpecSet) -> dict[str, Any]:
    folders = []
    for group in spec_set.groups_with_specs():
        if group.name in INTERNAL_GROUPS:
            continue
        items = [_item(spec) for spec in spec_set.specs_of(group.name) if not spec.is_websocket]
        if items:
            folders.append({"name": group.title, "description": group.description, "item": items})
    return {
        "info": {
            "name": "Asset-API",
            "description": (
                "Asset-API의 연동용 API입니다. baseUrl은 모의 도메인이며, 실전은 "
                f"{spec_set.domains['real']}입니다. appkey와 secretkey를 변수에 넣고 "
                "접근토큰발급을 먼저 호출하면 token 변수가 채워집니다. api-spec/에서 생성됩니다."
            ),
            "schema": SCHEMA,
        },
        "auth": {"type": "bearer", "bearer": [_kv("token", "{{token}}", "string")]},
        "variable": [
            _kv("baseUrl", spec_set.domains["mock"], "string"),
            _kv("appkey", "", "string"),
            _kv("secretkey", "", "string"),
            _kv("token", "", "string"),
        ],
        "item": folders,
    }


def dump(collection: dict[str, Any]) -> str:
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def _kv(key: str, value: str, kind: str | None = None) -> dict[str, str]:
    entry = {"key": key, "value": value}
    if kind:
        entry["type"] = kind
    return entry


def _item(spec: Spec) -> dict[str, Any]:
    item: dict[str, Any] = {
        "name": spec.title,
        "request": _request(spec, spec.examples[0]),
        "response": [_saved_response(spec, example) for example in spec.examples],
    }
    if spec.id in TOKEN_REQUESTS:
        script = {"type": "text/javascript", "exec": STORE_TOKEN}
        item["event"] = [{"listen": "test", "script": script}]
    return item


def _request(spec: Spec, example: dict[str, Any]) -> dict[str, Any]:
    request = samples.example_request(spec, "{{baseUrl}}", example)
    headers = [
        _kv(name, str(value))
        for name, value in request.headers.items()
        if name.lower() != "authorization"  # the auth below says it
    ]
    path_values = (example.get("request") or {}).get("path") or {}
    path = spec.path
    for name in spec.path_params:
        path = path.replace("{" + name + "}", f":{name}")
    url: dict[str, Any] = {
        "raw": "{{baseUrl}}" + path + _query_text(request.query),
        "host": ["{{baseUrl}}"],
        "path": path.strip("/").split("/"),
    }
    if request.query:
        url["query"] = [_kv(name, str(value)) for name, value in request.query.items()]
    if spec.path_params:
        url["variable"] = [_kv(name, str(path_values.get(name, ""))) for name in spec.path_params]
    result: dict[str, Any] = {
        "method": spec.method,
        "header": headers,
        "url": url,
        "description": spec.summary,
    }
    auth = _auth(spec)
    if auth is not None:
        result["auth"] = auth
    body = _body(request)
    if body is not None:
        result["body"] = body
    return result


def _auth(spec: Spec) -> dict[str, Any] | None:
    """None: the collection's bearer token."""
    if spec.auth == "bearer":
        return None
    if spec.auth == "client":
        appkey, secretkey = BASIC_CREDENTIALS.split(":")
        return {
            "type": "basic",
            "basic": [_kv("username", appkey, "string"), _kv("password", secretkey, "string")],
        }
    return {"type": "noauth"}


def _body(request: samples.ExampleRequest) -> dict[str, Any] | None:
    if request.body is None:
        return None
    values = {
        name: CREDENTIAL_FIELDS.get(name) or SECRET_FIELDS.get(name) or value
        for name, value in request.body.items()
    }
    if request.form:
        return {"mode": "urlencoded", "urlencoded": [_kv(k, str(v)) for k, v in values.items()]}
    return {
        "mode": "raw",
        "raw": samples.to_json(values),
        "options": {"raw": {"language": "json"}},
    }


def _query_text(query: dict[str, Any]) -> str:
    # Postman keeps the raw URL readable: its variables ({{x}}) must not be percent-encoded.
    return "?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else ""


def _saved_response(spec: Spec, example: dict[str, Any]) -> dict[str, Any]:
    response = example["response"]
    body = response.get("body")
    headers = [_kv(name, str(value)) for name, value in (response.get("header") or {}).items()]
    if body is not None:
        headers.insert(0, _kv("content-type", "application/json"))
    return {
        "name": example["title"],
        "originalRequest": _request(spec, example),
        "status": HTTPStatus(response["status"]).phrase,
        "code": response["status"],
        "_postman_previewlanguage": "json",
        "header": headers,
        "body": samples.to_json(body) if body is not None else "",
    }
