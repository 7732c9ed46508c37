"""The models a spec yields: their names, their fields and the constraint of every field.

Both outputs that describe data, the pydantic modules and openapi.json, are rendered from the
ModelDefs built here, so a name or a constraint cannot differ between the two.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass

from pydantic import BaseModel

from asset_api.domain import CIDR_PATTERN
from asset_api.specgen.spec import Row, Spec

# Decimal travels as a JSON string; a character class instead of \. keeps the Python literal
# free of backslashes.
DECIMAL_PATTERN = "^-?[0-9]+([.][0-9]+)?$"
FORMAT_PATTERNS = {
    "date": "^[0-9]{8}$",  # YYYYMMDD
    "datetime": "^[0-9]{14}$",  # YYYYMMDDHHmmss
    "time": "^[0-9]{6}$",  # HHmmss
    "cidr": CIDR_PATTERN,
}
# Free text a client sends: anything but NUL, which PostgreSQL cannot store (the server would
# refuse it with 1501 anyway; this way the models and openapi.json say so).
TEXT_PATTERN = "^[^\\x00]*$"
# Names a field cannot take without shadowing pydantic's own attributes.
_RESERVED = set(dir(BaseModel))


@dataclass(frozen=True)
class FieldDef:
    """One attribute of a generated model."""

    row: Row
    attr: str  # the Python name; the wire name (row.element) becomes an alias when different
    nested: str | None  # model name of an Object / Object Array row
    # What clients send (request bodies, queries, headers) rather than what we send. Lengths
    # bind only the former: on ours they stay documentation, so a return_msg that names an
    # over-long field never turns the answer into a 500.
    request_side: bool = True
    # JSON request bodies carry real numbers and booleans: there `true` is no integer and
    # "5" no number (pydantic's lax mode would take both). Query strings and forms are text.
    strict: bool = False

    @property
    def alias(self) -> str | None:
        return self.row.element if self.attr != self.row.element else None

    @property
    def pattern(self) -> str | None:
        """The pattern of the value (of each item, for a String Array)."""
        row = self.row
        if row.pattern:
            return row.pattern
        if row.type == "Decimal":
            return DECIMAL_PATTERN
        # A network we send is PostgreSQL's own text of a cidr: checked only coming in.
        if row.format in FORMAT_PATTERNS and (row.format != "cidr" or self.request_side):
            return FORMAT_PATTERNS[row.format]
        if self.request_side and row.type in ("String", "String Array") and not row.enum:
            return TEXT_PATTERN
        return None

    @property
    def max_length(self) -> int | None:
        # An enum is already exact; a length on it would only repeat it.
        if self.request_side and self.row.type in ("String", "Decimal") and not self.row.enum:
            return self.row.length
        return None

    @property
    def min_length(self) -> int | None:
        return self.row.min_length if self.request_side else None

    @property
    def nullable(self) -> bool:
        """Whether null is a value of the field. What we send may leave any optional field
        null; what clients send only where the spec says `nullable: Y` (null then means
        "none"), otherwise an optional field is left out, and null is refused."""
        row = self.row
        if row.required or row.default is not None:
            return False
        return row.nullable if self.request_side else True


@dataclass(frozen=True)
class ModelDef:
    name: str
    doc: str
    forbid_extra: bool  # request models: a misspelled field is an error, not ignored
    fields: tuple[FieldDef, ...]

    @property
    def has_aliases(self) -> bool:
        return any(f.alias for f in self.fields)


@dataclass(frozen=True)
class SpecModels:
    """The top-level models of one spec; None where the spec has no such part."""

    request: str | None
    query: str | None
    response: str | None
    error_response: str | None


def pascal(text: str) -> str:
    """`get-auth` -> `GetAuth`, `holdings` -> `Holdings`, `oauth2-token` -> `Oauth2Token`."""
    words = text.replace("-", "_").split("_")
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def attribute_name(element: str) -> str:
    name = element.replace("-", "_")
    if keyword.iskeyword(name) or name in _RESERVED:
        name += "_"
    return name


def build_models(spec: Spec) -> tuple[list[ModelDef], SpecModels]:
    """All models of one spec, nested ones before the model that uses them."""
    builder = _Builder(spec)
    base = pascal(spec.id)
    top = SpecModels(
        request=builder.top_level(
            f"{base}Request",
            spec.request.get("body"),
            "요청 본문",
            request_side=True,
            strict=not spec.is_form,
        ),
        query=builder.top_level(
            f"{base}Query", spec.request.get("query"), "쿼리 파라미터", request_side=True
        ),
        response=builder.top_level(
            f"{base}Response", spec.response.get("body"), "응답 본문", request_side=False
        ),
        error_response=builder.top_level(
            f"{base}ErrorResponse",
            spec.response.get("error_body"),
            "오류 응답 본문",
            request_side=False,
        ),
    )
    return builder.models, top


def build_common_models(error_envelope: tuple[Row, ...]) -> list[ModelDef]:
    """`ErrorResponse`: the envelope every error of the public API answers with."""
    fields = tuple(
        FieldDef(row, attribute_name(row.element), None, request_side=False)
        for row in error_envelope
    )
    doc = "오류 응답 본문: return_code, return_msg, request_id (모든 envelope API 공통)."
    return [ModelDef("ErrorResponse", doc, forbid_extra=False, fields=fields)]


class _Builder:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.models: list[ModelDef] = []

    def top_level(
        self,
        name: str,
        rows: tuple[Row, ...] | None,
        what: str,
        *,
        request_side: bool,
        strict: bool = False,
    ) -> str | None:
        if not rows:
            return None
        doc = f"{self.spec.title} {what} ({self.spec.method} {self.spec.path})."
        # Top-level arrays are named after the spec (BalanceHoldingsItem), as the README says.
        self._add(name, doc, rows, request_side, pascal(self.spec.id), strict)
        return name

    def _add(
        self,
        name: str,
        doc: str,
        rows: tuple[Row, ...],
        request_side: bool,
        array_prefix: str,
        strict: bool,
    ) -> None:
        fields = tuple(self._field(name, row, request_side, array_prefix, strict) for row in rows)
        self.models.append(ModelDef(name, doc, request_side, fields))

    def _field(
        self, owner: str, row: Row, request_side: bool, array_prefix: str, strict: bool
    ) -> FieldDef:
        nested = None
        if row.type == "Object":
            nested = f"{owner}{pascal(row.element)}"
        elif row.type == "Object Array":
            nested = f"{array_prefix}{pascal(row.element)}Item"
        if nested:
            kind = "의 한 행" if row.type == "Object Array" else ""
            doc = f"{row.name} ({row.element}){kind}."
            self._add(nested, doc, row.fields, request_side, nested, strict)
        return FieldDef(
            row, attribute_name(row.element), nested, request_side=request_side, strict=strict
        )
