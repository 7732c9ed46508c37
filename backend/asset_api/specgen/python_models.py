"""Source text of the pydantic modules (`asset_api.models.<group>`), before ruff formats it."""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment

from asset_api.specgen.schemas import FieldDef, ModelDef

SCALARS = {"String": "str", "Decimal": "str", "Integer": "int", "Boolean": "bool"}


@dataclass(frozen=True)
class RenderedField:
    attr: str
    annotation: str
    field_call: str


@dataclass(frozen=True)
class RenderedModel:
    name: str
    doc: str
    config: str  # arguments of ConfigDict(...), empty when the defaults do
    fields: tuple[RenderedField, ...]


def render_module(
    env: Environment,
    *,
    source: str,
    doc: str,
    models: list[ModelDef],
    roles: dict[str, str] | None = None,
    setup_operations: list[str] | None = None,
) -> str:
    """One models module; `roles` (operation id -> least admin role) and `setup_operations`
    for a group of admin endpoints, which the server enforces from these tables."""
    rendered = [_render_model(m) for m in models]
    annotations = " ".join(f.annotation for m in rendered for f in m.fields)
    uses_json_int = "JsonInt" in annotations.split()
    pydantic_names = ["BaseModel", "Field"]
    if uses_json_int:
        pydantic_names.insert(0, "BeforeValidator")
    if any(m.config for m in rendered):
        pydantic_names.insert(1, "ConfigDict")
    return env.get_template("models.py.j2").render(
        source=source,
        doc=doc,
        models=rendered,
        uses_literal="Literal[" in annotations,
        uses_annotated="Annotated[" in annotations or uses_json_int,
        uses_json_int=uses_json_int,
        pydantic_names=sorted(pydantic_names),
        roles=dict(sorted((roles or {}).items())),
        setup_operations=sorted(setup_operations or ()),
    )


# Scalars a JSON body must send as themselves (no `true` for 1, no "5" for 5).
STRICT_TYPES = ("Integer", "Boolean")


def annotation(field: FieldDef) -> str:
    row = field.row
    if row.type == "Object":
        base = field.nested
    elif row.type == "Object Array":
        base = f"list[{field.nested}]"
    elif row.type == "String Array":
        if row.enum:
            item = _literal(row.enum)
        elif field.pattern:
            item = f"Annotated[str, Field(pattern={field.pattern!r})]"
        else:
            item = "str"
        base = f"list[{item}]"
    elif row.enum:
        base = _literal(row.enum)
    elif field.strict and row.type == "Integer":
        base = "JsonInt"
    else:
        base = SCALARS[row.type]
    # An optional field that may not be null still defaults to None (left out); pydantic does
    # not validate a default, and refuses an explicit null.
    return f"{base} | None" if field.nullable else str(base)


def field_call(field: FieldDef) -> str:
    row = field.row
    args = []
    if row.default is not None:
        args.append(f"default={row.default!r}")
    elif not row.required:
        args.append("default=None")
    if field.alias:
        args.append(f"alias={field.alias!r}")
    if field.max_length is not None:
        args.append(f"max_length={field.max_length}")
    if field.min_length is not None:
        args.append(f"min_length={field.min_length}")
    if field.pattern and row.type != "String Array":  # an array's pattern is its items'
        args.append(f"pattern={field.pattern!r}")
    if field.strict and row.type in STRICT_TYPES:
        args.append("strict=True")
    if row.minimum is not None:
        args.append(f"ge={row.minimum}")
    if row.maximum is not None:
        args.append(f"le={row.maximum}")
    args.append(f"description={row.name!r}")
    return f"Field({', '.join(args)})"


def _literal(values: tuple[str | int, ...]) -> str:
    return f"Literal[{', '.join(repr(v) for v in values)}]"


def _render_model(model: ModelDef) -> RenderedModel:
    config = []
    if model.forbid_extra:
        config.append('extra="forbid"')
    if model.has_aliases:
        # Wire names that are not Python names (cont-yn) travel as aliases both ways.
        config += ["validate_by_name=True", "serialize_by_alias=True"]
    fields = tuple(RenderedField(f.attr, annotation(f), field_call(f)) for f in model.fields)
    return RenderedModel(model.name, _docstring(model.doc), ", ".join(config), fields)


def _docstring(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
