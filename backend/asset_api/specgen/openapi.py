"""openapi.json (OpenAPI 3.1) of every endpoint, from the same ModelDefs as the pydantic modules."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from asset_api import __version__
from asset_api.specgen.schemas import FieldDef, ModelDef, SpecModels, attribute_name
from asset_api.specgen.spec import Row, Spec, SpecSet

JSON = "application/json"
# OpenAPI ignores header parameters with these names; authorization is a security scheme.
_NOT_PARAMETERS = {"accept", "authorization", "content-type"}
_RETRY_STATUSES = {429, 503}
SECURITY_SCHEMES = {
    "bearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "접근토큰발급(get-auth) 또는 /oauth2/token으로 받은 접근토큰",
    },
    "clientBasic": {
        "type": "http",
        "scheme": "basic",
        "description": "client_id(appkey)와 client_secret(secretkey)의 HTTP Basic 인증. "
        "본문의 client_id/client_secret으로 대신할 수 있습니다",
    },
    "adminSession": {
        "type": "http",
        "scheme": "bearer",
        "description": "관리자 로그인으로 받은 세션 토큰",
    },
}


def build_openapi(
    spec_set: SpecSet, models: dict[str, ModelDef], top: dict[str, SpecModels]
) -> dict[str, Any]:
    """The document; `models` by name (all groups plus ErrorResponse), `top` by spec id."""
    paths: dict[str, dict[str, Any]] = defaultdict(dict)
    for spec in spec_set.http_specs:
        paths[spec.path][spec.method.lower()] = _operation(spec, spec_set, top[spec.id])
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Asset-API",
            "version": __version__,
            "description": "접속키(appkey/secretkey)를 발급받은 사용자에게 자산 데이터를 "
            "REST로 제공합니다. 사람이 읽는 레퍼런스는 문서 사이트의 API 레퍼런스를 보십시오.",
        },
        "servers": [
            {"url": spec_set.domains["real"], "description": "실전"},
            {"url": spec_set.domains["mock"], "description": "모의"},
        ],
        "tags": [
            {"name": g.name, "description": f"{g.title}: {g.description}"}
            for g in spec_set.groups_with_specs()
            if any(not spec.is_websocket for spec in spec_set.specs_of(g.name))
        ],
        "paths": {path: paths[path] for path in sorted(paths)},
        "components": {
            "schemas": {name: model_schema(models[name]) for name in sorted(models)},
            "securitySchemes": SECURITY_SCHEMES,
        },
    }


def dump(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def model_schema(model: ModelDef) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "title": model.name,
        "description": model.doc,
        "properties": {f.row.element: field_schema(f) for f in model.fields},
    }
    required = [f.row.element for f in model.fields if f.row.required]
    if required:
        schema["required"] = required
    if model.forbid_extra:
        schema["additionalProperties"] = False
    return schema


def field_schema(field: FieldDef) -> dict[str, Any]:
    row = field.row
    schema = _value_schema(field)
    if field.nullable:
        schema = _nullable(schema)
    schema = {"title": row.name, **schema}
    if row.description:
        schema["description"] = row.description
    if row.default is not None:
        schema["default"] = row.default
    return schema


def _value_schema(field: FieldDef) -> dict[str, Any]:
    row = field.row
    if row.type == "Object":
        return {"$ref": _ref(field.nested)}
    if row.type == "Object Array":
        return {"type": "array", "items": {"$ref": _ref(field.nested)}}
    if row.type == "String Array":
        items: dict[str, Any] = {"type": "string"}
        if row.enum:
            items["enum"] = list(row.enum)
        elif field.pattern:
            items["pattern"] = field.pattern
        return {"type": "array", "items": items}
    schema: dict[str, Any] = {
        "type": {"String": "string", "Decimal": "string", "Integer": "integer"}.get(
            row.type, "boolean"
        )
    }
    constraints = {
        "enum": list(row.enum) if row.enum else None,
        "maxLength": field.max_length,
        "minLength": field.min_length,
        "pattern": field.pattern,
        "minimum": row.minimum,
        "maximum": row.maximum,
    }
    schema.update({k: v for k, v in constraints.items() if v is not None})
    return schema


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


def _ref(name: str | None) -> str:
    return f"#/components/schemas/{name}"


def _parameter_schema(row: Row) -> dict[str, Any]:
    """The schema of a header, path or query value; its words are on the parameter itself."""
    schema = field_schema(FieldDef(row, attribute_name(row.element), None))
    return {k: v for k, v in schema.items() if k not in ("title", "description")}


# --- operations ----------------------------------------------------------------------------


def _operation(spec: Spec, spec_set: SpecSet, top: SpecModels) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": spec.id,
        "tags": [spec.group],
        "summary": spec.title,
        "description": spec.overview.strip(),
    }
    parameters = _parameters(spec)
    if parameters:
        operation["parameters"] = parameters
    if top.request:
        operation["requestBody"] = _request_body(spec, top.request)
    operation["responses"] = _responses(spec, spec_set, top)
    security = _security(spec)
    if security is not None:
        operation["security"] = security
    if spec.role:
        operation["x-admin-role"] = spec.role
    if spec.during_setup:
        operation["x-during-setup"] = True
    if spec.deprecated is not None:
        operation["deprecated"] = True
        operation["x-sunset"] = spec.deprecated.sunset.isoformat()
    return operation


def _parameters(spec: Spec) -> list[dict[str, Any]]:
    parameters = []
    for location in ("path", "query", "header"):
        for row in spec.request.get(location, ()):
            if location == "header" and row.element in _NOT_PARAMETERS:
                continue
            parameters.append(
                {
                    "name": row.element,
                    "in": location,
                    "required": row.required or location == "path",
                    "description": f"{row.name}. {row.description}".strip(),
                    "schema": _parameter_schema(row),
                }
            )
    return parameters


def _request_body(spec: Spec, model_name: str) -> dict[str, Any]:
    media = spec.content_type.split(";")[0].strip()
    content: dict[str, Any] = {"schema": {"$ref": _ref(model_name)}}
    examples = {
        f"example{index}": {"summary": example["title"], "value": example["request"]["body"]}
        for index, example in enumerate(spec.examples, start=1)
        if example.get("request", {}).get("body")
    }
    if examples:
        content["examples"] = examples
    return {"required": True, "content": {media: content}}


def _responses(spec: Spec, spec_set: SpecSet, top: SpecModels) -> dict[str, Any]:
    responses = {str(spec.status): _success_response(spec, top.response)}
    error_schema = _ref(top.error_response or "ErrorResponse")
    for status, lines in sorted(_error_descriptions(spec, spec_set).items()):
        response: dict[str, Any] = {
            "description": "\n".join(lines),
            "headers": _error_headers(spec, status),
            "content": {JSON: {"schema": {"$ref": error_schema}}},
        }
        examples = _response_examples(spec, status)
        if examples:
            response["content"][JSON]["examples"] = examples
        responses[str(status)] = response
    return responses


def _success_response(spec: Spec, model_name: str | None) -> dict[str, Any]:
    response: dict[str, Any] = {"description": "정상"}
    headers = {
        row.element: {
            "description": f"{row.name}. {row.description}".strip(),
            "required": row.required,
            "schema": _parameter_schema(row),
        }
        for row in spec.response.get("header", ())
    }
    if headers:
        response["headers"] = headers
    if model_name:
        content: dict[str, Any] = {"schema": {"$ref": _ref(model_name)}}
        examples = _response_examples(spec, spec.status)
        if examples:
            content["examples"] = examples
        response["content"] = {JSON: content}
    return response


def _error_descriptions(spec: Spec, spec_set: SpecSet) -> dict[int, list[str]]:
    """For each error status, one line per return code (or OAuth error) it stands for."""
    by_status: dict[int, list[str]] = defaultdict(list)
    for code in spec.return_codes:
        entry = spec_set.return_codes[code]
        if entry.http != spec.status:
            by_status[entry.http].append(f"{code}: {entry.message} ({entry.when})")
    for error in spec.errors:
        by_status[error.http].append(f"{error.error}: {error.when}")
    return by_status


def _error_headers(spec: Spec, status: int) -> dict[str, Any]:
    headers: dict[str, Any] = {
        "x-request-id": {"description": "요청ID", "schema": {"type": "string"}},
    }
    if status in _RETRY_STATUSES:
        headers["retry-after"] = {
            "description": "다시 호출하기 전에 기다릴 초",
            "schema": {"type": "integer"},
        }
    if status == 401 and spec.auth != "none":
        headers["www-authenticate"] = {
            "description": "인증 방식과 오류 (RFC 6750 / RFC 6749)",
            "schema": {"type": "string"},
        }
    return headers


def _response_examples(spec: Spec, status: int) -> dict[str, Any]:
    return {
        f"example{index}": {"summary": example["title"], "value": example["response"]["body"]}
        for index, example in enumerate(spec.examples, start=1)
        if example["response"]["status"] == status and example["response"].get("body")
    }


def _security(spec: Spec) -> list[dict[str, list[str]]] | None:
    scopes = [spec.scope] if spec.scope else []
    if spec.auth == "bearer":
        return [{"bearer": scopes}]
    if spec.auth == "admin":
        return [{"adminSession": scopes}]
    if spec.auth == "client":
        # HTTP Basic, or no scheme at all when client_id/client_secret are in the body.
        return [{"clientBasic": []}, {}]
    return None
