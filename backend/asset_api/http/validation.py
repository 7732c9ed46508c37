"""Request validation beyond the generated models: pydantic/FastAPI validation errors as one
Korean sentence that names the field, and text PostgreSQL cannot store."""

import json
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.requests import Request

from asset_api.domain import CIDR_PATTERN
from asset_api.errors import InvalidRequest, echo

Model = TypeVar("Model", bound=BaseModel)

LOCATION_NAMES = {"body": "본문", "query": "쿼리", "path": "경로", "header": "헤더"}


async def json_body(request: Request, model: type[Model]) -> Model:
    """The request's JSON body as `model`, refused as FastAPI refuses a body parameter (1501
    naming the field), for the hot routes that FastAPI's body machinery does not see. As
    there: only an application/json (or +json) body is parsed, anything else reaches the
    model as bytes, which it refuses; an empty body is a missing one."""
    raw = await request.body()
    if not raw:
        raise InvalidRequest(describe_validation_errors([{"type": "missing", "loc": ("body",)}]))
    data: Any = raw
    if _is_json(request.headers.get("content-type", "")):
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # malformed, or more than the parser takes
            raise InvalidRequest("본문: JSON 형식이 올바르지 않습니다") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = [{**error, "loc": ("body", *error["loc"])} for error in exc.errors()]
        raise InvalidRequest(describe_validation_errors(errors)) from None


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    kind, _, subtype = media.partition("/")
    return kind == "application" and (subtype == "json" or subtype.endswith("+json"))


def describe_validation_errors(errors: Sequence[dict[str, Any]]) -> str:
    """'appkey: 필수 항목입니다' for the first error, with the count of the others."""
    if not errors:
        return "요청을 해석할 수 없습니다"
    first = errors[0]
    text = f"{_field_name(first)}: {_reason(first)}"
    if len(errors) > 1:
        text += f" 외 {len(errors) - 1}건"
    return text


def _field_name(error: dict[str, Any]) -> str:
    loc = [str(part) for part in error.get("loc", ())]
    if error.get("type") == "json_invalid":
        return "본문"
    if loc and loc[0] in LOCATION_NAMES:
        where, rest = loc[0], loc[1:]
        return ".".join(rest) if rest else LOCATION_NAMES[where]
    return ".".join(loc) or "요청"


def _reason(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    reasons = {
        "missing": "필수 항목입니다",
        "extra_forbidden": "허용되지 않는 항목입니다",
        "json_invalid": "JSON 형식이 올바르지 않습니다",
        "model_attributes_type": "JSON 객체여야 합니다",
        "dict_type": "JSON 객체여야 합니다",
        "model_type": "JSON 객체여야 합니다",
        "string_type": "문자열이어야 합니다",
        "int_type": "정수여야 합니다",
        "int_parsing": "정수여야 합니다",
        "int_from_float": "정수여야 합니다",
        "bool_type": "true 또는 false여야 합니다",
        "bool_parsing": "true 또는 false여야 합니다",
        "list_type": "배열이어야 합니다",
        "string_pattern_mismatch": _pattern_reason(error),
        "value_error": str(ctx.get("error", "값이 올바르지 않습니다")),
    }
    if kind in reasons:
        return reasons[kind]
    if kind == "string_too_long":
        return f"{ctx.get('max_length')}자 이하여야 합니다"
    if kind == "string_too_short":
        return f"{ctx.get('min_length')}자 이상이어야 합니다"
    if kind == "literal_error":
        return f"허용된 값은 {ctx.get('expected')}입니다"
    if kind in ("greater_than_equal", "greater_than"):
        return f"{ctx.get('ge', ctx.get('gt'))} 이상이어야 합니다"
    if kind in ("less_than_equal", "less_than"):
        return f"{ctx.get('le', ctx.get('lt'))} 이하여야 합니다"
    return "값이 올바르지 않습니다"


def _pattern_reason(error: dict[str, Any]) -> str:
    # A network is no secret: the entry at fault is named, as auth.keys.parse_cidrs does.
    if (error.get("ctx") or {}).get("pattern") == CIDR_PATTERN:
        return f"올바른 CIDR이 아닙니다 ({echo(str(error.get('input')))})"
    return "형식이 올바르지 않습니다"


def check_storable_text(model: BaseModel) -> None:
    """Refuse strings PostgreSQL cannot store (NUL, lone surrogates) with 1501 naming the field.

    pydantic accepts both from JSON or a query string; PostgreSQL would reject them with an
    error that would otherwise surface as a 500.
    """
    for field, value in model:
        for text in _strings(value):
            check_storable(field, text)


def check_storable(field: str, text: str) -> None:
    if "\x00" in text or not _is_utf8(text):
        raise InvalidRequest(f"{field}: 쓸 수 없는 문자가 들어 있습니다")


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        yield from (item for item in value if isinstance(item, str))


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
