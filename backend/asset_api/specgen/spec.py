"""The specs as Python objects: what `api-spec/` holds once loaded, validated and expanded.

Loading never stops at the first problem: every invalid file and field is reported, each as
`api-spec/<file>.yaml: <json path>: <message>`, so one `make gen` shows all that is wrong.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, ValidationError

COMMON_DIR = "_common"
SCHEMA_FILE = "spec.schema.json"
REQUEST_PARTS = ("header", "path", "query", "body")
RESPONSE_PARTS = ("header", "body", "error_body")
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
PATH_PARAM = re.compile(r"{([^}]+)}")


@dataclass(frozen=True)
class SpecProblem:
    """One thing wrong with one spec file, printed as `file: where: message`."""

    file: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}"


class SpecError(Exception):
    """Raised with every problem found, so that one run reports all of them."""

    def __init__(self, problems: list[SpecProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Row:
    """One FIELD of the README: a row of a LAYOUT table (after `ref` expansion)."""

    element: str
    name: str
    type: str
    required: bool
    description: str
    length: int | None = None
    min_length: int | None = None
    pattern: str | None = None
    enum: tuple[str | int, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    default: str | int | bool | None = None
    format: str | None = None
    nullable: bool = False  # request rows: null is a value (README: nullable)
    fields: tuple[Row, ...] = ()

    @property
    def is_object(self) -> bool:
        return self.type in ("Object", "Object Array")


@dataclass(frozen=True)
class ReturnCode:
    code: int
    http: int
    message: str
    when: str


@dataclass(frozen=True)
class OAuthError:
    """An error of a non-envelope error body (`errors:` in a spec)."""

    error: str
    http: int
    when: str


@dataclass(frozen=True)
class Message:
    """One kind of frame of a websocket spec."""

    id: str
    title: str
    direction: str  # send: client to server; receive: server to client
    description: str
    header: tuple[Row, ...]
    body: tuple[Row, ...]
    example: dict[str, Any]


@dataclass(frozen=True)
class CloseCode:
    code: int
    when: str


@dataclass(frozen=True)
class Deprecation:
    """`deprecated:` of a spec: the days (Korea time) it was deprecated and stops answering."""

    since: datetime.date
    sunset: datetime.date
    replacement: str | None
    note: str


@dataclass(frozen=True)
class Change:
    """One change of a changelog entry."""

    kind: str  # added | changed | deprecated | removed | fixed | security
    endpoints: tuple[str, ...]
    fields: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class ChangelogEntry:
    """One dated entry of _common/changelog.yaml."""

    date: datetime.date
    title: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class Group:
    name: str
    title: str
    section: str
    description: str
    endpoint_order: tuple[str, ...] = ()


@dataclass
class Spec:
    """One endpoint: one YAML file under api-spec/<group>/."""

    file: str  # "api-spec/auth/get-auth.yaml", as printed in messages and page footers
    group: str
    id: str
    title: str
    summary: str
    method: str
    path: str
    format: str
    content_type: str
    auth: str
    role: str | None  # admin endpoints: the least admin role that may call it
    during_setup: bool  # admin endpoints: callable before the admin has finished setting up
    scope: str | None
    status: int
    overview: str
    request: dict[str, tuple[Row, ...]]
    response: dict[str, tuple[Row, ...]]
    return_codes: tuple[int, ...]
    errors: tuple[OAuthError, ...]
    examples: list[dict[str, Any]]
    protocol: str = "http"  # or "websocket": then `messages` instead of a response
    messages: tuple[Message, ...] = ()
    close_codes: tuple[CloseCode, ...] = ()
    # websocket only: what some return codes mean on this socket (its page shows these)
    code_notes: tuple[CloseCode, ...] = ()
    deprecated: Deprecation | None = None

    @property
    def is_websocket(self) -> bool:
        return self.protocol == "websocket"

    @property
    def is_form(self) -> bool:
        return self.content_type.startswith(FORM_CONTENT_TYPE)

    @property
    def path_params(self) -> list[str]:
        return PATH_PARAM.findall(self.path)


@dataclass
class SpecSet:
    """Everything under api-spec/: the shared parts and the endpoints, grouped and ordered."""

    domains: dict[str, str]
    return_codes: dict[int, ReturnCode]
    common_fields: dict[str, tuple[Row, ...]]
    groups: list[Group]
    changelog: list[ChangelogEntry] = field(default_factory=list)
    specs: list[Spec] = field(default_factory=list)

    def specs_of(self, group: str) -> list[Spec]:
        return [s for s in self.specs if s.group == group]

    def spec(self, spec_id: str) -> Spec:
        return next(s for s in self.specs if s.id == spec_id)

    def changes_of(self, spec_id: str) -> list[tuple[ChangelogEntry, Change]]:
        """The changes that name an endpoint, newest first."""
        return [
            (entry, change)
            for entry in self.changelog
            for change in entry.changes
            if spec_id in change.endpoints
        ]

    @property
    def http_specs(self) -> list[Spec]:
        """The specs of request/response endpoints: the models and openapi.json."""
        return [s for s in self.specs if not s.is_websocket]

    @property
    def websocket_specs(self) -> list[Spec]:
        """The specs of websockets: their pages and asyncapi.json."""
        return [s for s in self.specs if s.is_websocket]

    def groups_with_specs(self) -> list[Group]:
        return [g for g in self.groups if self.specs_of(g.name)]

    @property
    def error_envelope(self) -> tuple[Row, ...]:
        return self.common_fields["error-envelope"]


# --- loading -------------------------------------------------------------------------------


def load_specs(spec_dir: Path) -> SpecSet:
    """Load, validate and expand every spec under `spec_dir` (the api-spec folder)."""
    loader = _Loader(spec_dir)
    spec_set = loader.load()
    if loader.problems:
        raise SpecError(loader.problems)
    return spec_set


class _TextDatesLoader(yaml.SafeLoader):
    """YAML's safe loader, except that 2026-12-01 stays the text the schema expects (a spec's
    days are strings in JSON Schema and openapi.json alike); _day() reads them."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Loader:
    def __init__(self, spec_dir: Path) -> None:
        self.spec_dir = spec_dir
        self.problems: list[SpecProblem] = []
        self.schema = json.loads((spec_dir / COMMON_DIR / SCHEMA_FILE).read_text("utf-8"))

    def load(self) -> SpecSet:
        spec_set = SpecSet(
            domains=self._load_common("domains.yaml", "domains") or {},
            return_codes={
                rc["code"]: ReturnCode(**rc)
                for rc in self._load_common("return-codes.yaml", "returnCodes") or []
            },
            common_fields={
                name: tuple(_to_row(row) for row in rows)
                for name, rows in (self._load_common("fields.yaml", "commonFields") or {}).items()
            },
            groups=[
                Group(
                    name=g["group"],
                    title=g["title"],
                    section=g["section"],
                    description=g["description"],
                    endpoint_order=tuple(g.get("endpoints", ())),
                )
                for g in self._load_common("groups.yaml", "groups") or []
            ],
            changelog=[
                _to_entry(entry) for entry in self._load_common("changelog.yaml", "changelog") or []
            ],
        )
        if self.problems:  # the specs cannot be checked against broken shared parts
            return spec_set
        for path in self._spec_files():
            spec = self._load_spec(path, spec_set)
            if spec is not None:
                spec_set.specs.append(spec)
        _check_across_specs(spec_set, self.problems)
        spec_set.specs = _ordered(spec_set)
        return spec_set

    def _rel(self, path: Path) -> str:
        return f"api-spec/{path.relative_to(self.spec_dir).as_posix()}"

    def _spec_files(self) -> list[Path]:
        return sorted(
            p
            for p in self.spec_dir.glob("*/*.yaml")
            if not p.parent.name.startswith("_")  # _common holds shared parts, not endpoints
        )

    def _read_yaml(self, path: Path) -> Any:
        try:
            return yaml.load(path.read_text("utf-8"), Loader=_TextDatesLoader)  # noqa: S506
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark else "(file)"
            self.problems.append(SpecProblem(self._rel(path), where, f"invalid YAML: {exc}"))
            return None

    def _validate(self, path: Path, document: Any, definition: str | None) -> bool:
        """Validate against the whole schema (a spec) or one of its $defs (a shared file)."""
        schema = self.schema if definition is None else self._definition(definition)
        errors = Draft202012Validator(schema).iter_errors(document)
        found = sorted({p for error in errors for p in _describe(error)})
        self.problems += [SpecProblem(self._rel(path), where, msg) for where, msg in found]
        return not found

    def _definition(self, name: str) -> dict[str, Any]:
        return {"$defs": self.schema["$defs"], "$ref": f"#/$defs/{name}"}

    def _load_common(self, filename: str, definition: str) -> Any:
        path = self.spec_dir / COMMON_DIR / filename
        document = self._read_yaml(path)
        if document is None or not self._validate(path, document, definition):
            return None
        return document

    def _load_spec(self, path: Path, spec_set: SpecSet) -> Spec | None:
        document = self._read_yaml(path)
        if document is None or not self._validate(path, document, None):
            return None
        file = self._rel(path)
        rows = _RowExpander(file, spec_set.common_fields, self.problems)
        request = document.get("request", {})
        response = document.get("response", {})
        spec = Spec(
            file=file,
            group=path.parent.name,
            id=document["id"],
            title=document["title"],
            summary=document.get("summary", ""),
            method=document["method"],
            path=document["path"],
            format=document["format"],
            content_type=document["content_type"],
            auth=document["auth"],
            role=document.get("role"),
            during_setup=document.get("during_setup", False),
            scope=document.get("scope"),
            status=document.get("status", 200),
            overview=document["overview"],
            request={
                part: rows.expand(request[part], f"request.{part}")
                for part in REQUEST_PARTS
                if part in request
            },
            response={
                part: rows.expand(response[part], f"response.{part}")
                for part in RESPONSE_PARTS
                if part in response
            },
            return_codes=tuple(document.get("return_codes", ())),
            errors=tuple(OAuthError(**e) for e in document.get("errors", ())),
            examples=document.get("examples", []),
            protocol=document.get("protocol", "http"),
            messages=tuple(
                Message(
                    id=m["id"],
                    title=m["title"],
                    direction=m["direction"],
                    description=m["description"],
                    header=rows.expand(m.get("header", []), f"messages[{i}].header"),
                    body=rows.expand(m["body"], f"messages[{i}].body"),
                    example=m["example"],
                )
                for i, m in enumerate(document.get("messages", ()))
            ),
            close_codes=tuple(CloseCode(**c) for c in document.get("close_codes", ())),
            code_notes=tuple(CloseCode(**c) for c in document.get("code_notes", ())),
            deprecated=_to_deprecation(document.get("deprecated")),
        )
        _check_spec(spec, path, spec_set, self.problems)
        return spec


class _RowExpander:
    """Turns the raw rows of one spec into Fields, replacing `{ref: NAME}` by the shared rows."""

    def __init__(
        self, file: str, common: dict[str, tuple[Row, ...]], problems: list[SpecProblem]
    ) -> None:
        self.file = file
        self.common = common
        self.problems = problems

    def expand(self, rows: list[dict[str, Any]], where: str) -> tuple[Row, ...]:
        expanded: list[Row] = []
        for index, row in enumerate(rows):
            if "ref" not in row:
                children = self.expand(row.get("fields", []), f"{where}[{index}].fields")
                expanded.append(_to_row(row, children))
            elif row["ref"] in self.common:
                expanded += self.common[row["ref"]]
            else:
                known = ", ".join(sorted(self.common))
                self.problems.append(
                    SpecProblem(
                        self.file,
                        f"{where}[{index}].ref",
                        f"unknown ref {row['ref']!r} (_common/fields.yaml has: {known})",
                    )
                )
        return tuple(expanded)


def _day(text: str) -> datetime.date:
    """A YYYY-MM-DD the schema let through; a day that does not exist (2026-02-30) becomes
    date.min, which the checks name."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return datetime.date.min


def _to_deprecation(document: dict[str, Any] | None) -> Deprecation | None:
    if document is None:
        return None
    return Deprecation(
        since=_day(document["since"]),
        sunset=_day(document["sunset"]),
        replacement=document.get("replacement"),
        note=document.get("note", ""),
    )


def _to_entry(entry: dict[str, Any]) -> ChangelogEntry:
    return ChangelogEntry(
        date=_day(entry["date"]),
        title=entry["title"],
        changes=tuple(
            Change(
                kind=c["kind"],
                endpoints=tuple(c.get("endpoints", ())),
                fields=tuple(c.get("fields", ())),
                text=c["text"],
            )
            for c in entry["changes"]
        ),
    )


def _to_row(row: dict[str, Any], children: tuple[Row, ...] = ()) -> Row:
    return Row(
        element=row["element"],
        name=row["name"],
        type=row["type"],
        required=row["required"] == "Y",
        description=row["description"],
        length=row.get("length"),
        min_length=row.get("min_length"),
        pattern=row.get("pattern"),
        enum=tuple(row["enum"]) if "enum" in row else None,
        minimum=row.get("minimum"),
        maximum=row.get("maximum"),
        default=row.get("default"),
        format=row.get("format"),
        nullable=row.get("nullable") == "Y",
        fields=children,
    )


# --- schema errors as readable messages ----------------------------------------------------


def json_path(parts: Any) -> str:
    """`request.body[1].length` for the deque of keys and indexes jsonschema reports."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _join(parts: Any, key: str) -> str:
    return json_path([*parts, key])


def _describe(error: ValidationError) -> list[tuple[str, str]]:
    """(where, message) pairs for one schema error, naming the offending field itself."""
    path = list(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        unknown = sorted(set(error.instance) - set(allowed))
        hint = f" (allowed: {', '.join(allowed)})" if allowed else ""
        return [(_join(path, key), f"unknown field{hint}") for key in unknown]
    if error.validator == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return [(_join(path, key), "required field is missing") for key in missing]
    if error.validator == "not" and "required" in error.validator_value:
        key = error.validator_value["required"][0]
        return [(_join(path, key), "only allowed when type is Object or Object Array")]
    if error.validator == "enum":
        allowed = ", ".join(json.dumps(v, ensure_ascii=False) for v in error.validator_value)
        return [(json_path(path), f"must be one of {allowed}; got {error.instance!r}")]
    return [(json_path(path), error.message)]


# --- checks the schema cannot express ------------------------------------------------------

Report = Callable[[str, str], None]  # problem(where, message) for the spec being checked


def _check_spec(spec: Spec, path: Path, spec_set: SpecSet, problems: list[SpecProblem]) -> None:
    def problem(where: str, message: str) -> None:
        problems.append(SpecProblem(spec.file, where, message))

    if spec.id != path.stem:
        problem("id", f"must equal the file name {path.stem!r}")
    if spec.auth == "bearer" and not spec.scope:
        problem("scope", "required when auth is bearer")
    if spec.scope and spec.auth not in ("bearer", "admin"):
        problem("scope", "only allowed when auth is bearer or admin")
    if spec.auth == "admin" and not spec.role:
        problem("role", "required when auth is admin (the least role that may call it)")
    for key, given in (("role", spec.role), ("during_setup", spec.during_setup)):
        if given and spec.auth != "admin":
            problem(key, "only allowed when auth is admin")
    if bool(spec.return_codes) == bool(spec.errors):
        problem("return_codes", "give either return_codes or errors (with response.error_body)")
    if spec.errors and "error_body" not in spec.response:
        problem("response.error_body", "required when errors are given")
    for index, code in enumerate(spec.return_codes):
        if code not in spec_set.return_codes:
            problem(f"return_codes[{index}]", f"{code} is not in _common/return-codes.yaml")
    declared = [f.element for f in spec.request.get("path", ())]
    if sorted(declared) != sorted(spec.path_params):
        problem(
            "request.path",
            f"rows {declared} do not match the parameters {spec.path_params} of {spec.path}",
        )
    if spec.method == "GET" and "body" in spec.request:
        problem("request.body", "a GET request has no body")
    for side, parts in (("request", spec.request), ("response", spec.response)):
        for part, rows in parts.items():
            _check_rows(rows, f"{side}.{part}", problem)
    for index, example in enumerate(spec.examples):
        _check_example_status(spec, spec_set, example, f"examples[{index}]", problem)
    if spec.is_websocket:
        _check_websocket(spec, problem)
    if spec.deprecated is not None:
        _check_deprecation(spec.deprecated, problem)


def _check_deprecation(deprecated: Deprecation, problem: Report) -> None:
    for key in ("since", "sunset"):
        if getattr(deprecated, key) == datetime.date.min:
            problem(f"deprecated.{key}", "not a day of the calendar")
    if datetime.date.min < deprecated.sunset <= deprecated.since:
        problem("deprecated.sunset", "must be later than deprecated.since")


def _check_websocket(spec: Spec, problem: Report) -> None:
    if spec.method != "GET":
        problem("method", "a websocket starts with GET (the upgrade request)")
    if spec.auth != "approval":
        problem("auth", "a websocket is authenticated by its approval key: auth: approval")
    for index, note in enumerate(spec.code_notes):
        if note.code not in spec.return_codes:
            problem(f"code_notes[{index}].code", f"{note.code} is not in return_codes")
    seen: set[str] = set()
    for index, message in enumerate(spec.messages):
        if message.id in seen:
            problem(f"messages[{index}].id", f"duplicate message id {message.id!r}")
        seen.add(message.id)
        for part, rows in (("header", message.header), ("body", message.body)):
            _check_rows(rows, f"messages[{index}].{part}", problem)
            _check_example_fields(message.example.get(part) or {}, rows,
                                  f"messages[{index}].example.{part}", problem)  # fmt: skip


def _check_example_fields(value: Any, rows: tuple[Row, ...], where: str, problem: Report) -> None:
    """Every field an example frame shows is a row of its table, and every required row is
    there (the message examples have no model to be validated against)."""
    if not isinstance(value, dict):
        problem(where, "must be an object")
        return
    known = {row.element: row for row in rows}
    for name in value:
        if name not in known:
            problem(where, f"{name!r} is not a row of the table")
    for row in rows:
        if row.required and row.element not in value:
            problem(where, f"required row {row.element!r} is missing")
        elif row.type == "Object" and row.element in value:
            _check_example_fields(value[row.element], row.fields, f"{where}.{row.element}", problem)


def _check_rows(rows: tuple[Row, ...], where: str, problem: Report) -> None:
    seen: set[str] = set()
    for row in rows:
        if row.element in seen:
            problem(where, f"element {row.element!r} appears twice")
        seen.add(row.element)
        if row.minimum is not None and row.maximum is not None and row.minimum > row.maximum:
            problem(where, f"{row.element}: minimum is greater than maximum")
        if row.required and row.default is not None:
            problem(where, f"{row.element}: a required field cannot have a default")
        _check_rows(row.fields, f"{where}.{row.element}", problem)


def _check_example_status(
    spec: Spec, spec_set: SpecSet, example: dict[str, Any], where: str, problem: Report
) -> None:
    """An example answers with the success status or with the status of a listed error."""
    status = example["response"]["status"]
    body = example["response"].get("body") or {}
    if status == spec.status:
        return
    if spec.errors:
        allowed = {e.http for e in spec.errors}
        if status not in allowed:
            problem(f"{where}.response.status", f"{status} is not the status of a listed error")
        return
    code = body.get("return_code")
    if code not in spec.return_codes:
        problem(f"{where}.response.body.return_code", f"{code!r} is not in return_codes")
    elif spec_set.return_codes[code].http != status:
        expected = spec_set.return_codes[code].http
        problem(f"{where}.response.status", f"return_code {code} is answered with {expected}")


def _check_across_specs(spec_set: SpecSet, problems: list[SpecProblem]) -> None:
    group_names = {g.name for g in spec_set.groups}
    first_by_id: dict[str, Spec] = {}
    first_by_route: dict[tuple[str, str], Spec] = {}
    for spec in spec_set.specs:
        if spec.group not in group_names:
            problems.append(
                SpecProblem(spec.file, "(file)", f"folder {spec.group!r} is not in groups.yaml")
            )
        if spec.id in first_by_id:
            other = first_by_id[spec.id].file
            problems.append(SpecProblem(spec.file, "id", f"duplicate id (also in {other})"))
        first_by_id.setdefault(spec.id, spec)
        # FastAPI matches /a/{x} and /a/{y} alike, so parameter names do not make a route unique.
        route = (spec.method, PATH_PARAM.sub("{}", spec.path))
        if route in first_by_route:
            other = first_by_route[route].file
            message = f"duplicate {spec.method} {spec.path} (also in {other})"
            problems.append(SpecProblem(spec.file, "path", message))
        first_by_route.setdefault(route, spec)
    for spec in spec_set.specs:
        replacement = spec.deprecated.replacement if spec.deprecated else None
        if replacement is not None and (replacement == spec.id or replacement not in first_by_id):
            problems.append(
                SpecProblem(
                    spec.file, "deprecated.replacement", f"{replacement!r} is no other spec's id"
                )
            )
    _check_changelog(spec_set, first_by_id, problems)
    for group in spec_set.groups:
        for index, endpoint in enumerate(group.endpoint_order):
            if endpoint not in first_by_id or first_by_id[endpoint].group != group.name:
                problems.append(
                    SpecProblem(
                        "api-spec/_common/groups.yaml",
                        f"[{group.name}].endpoints[{index}]",
                        f"no spec {endpoint!r} in api-spec/{group.name}/",
                    )
                )


CHANGELOG_FILE = "api-spec/_common/changelog.yaml"


def _check_changelog(
    spec_set: SpecSet, by_id: dict[str, Spec], problems: list[SpecProblem]
) -> None:
    """Entries newest first, each naming endpoints that exist and fields they have (a removed
    field is gone, so its change is not checked for it); every deprecated spec announced."""

    def problem(where: str, message: str) -> None:
        problems.append(SpecProblem(CHANGELOG_FILE, where, message))

    announced: set[str] = set()
    for index, entry in enumerate(spec_set.changelog):
        if entry.date == datetime.date.min:
            problem(f"[{index}].date", "not a day of the calendar")
        elif index and entry.date > spec_set.changelog[index - 1].date:
            problem(f"[{index}].date", "entries must be newest first")
        for number, change in enumerate(entry.changes):
            where = f"[{index}].changes[{number}]"
            for endpoint in change.endpoints:
                if endpoint not in by_id:
                    problem(f"{where}.endpoints", f"no spec {endpoint!r}")
            if change.kind == "deprecated":
                announced.update(change.endpoints)
            if change.kind == "removed" or not change.fields:
                continue
            names = {
                name for endpoint in change.endpoints if endpoint in by_id
                for name in _element_names(by_id[endpoint])
            }  # fmt: skip
            for name in change.fields:
                if name not in names:
                    problem(f"{where}.fields", f"{name!r} is a field of none of its endpoints")
    for spec in spec_set.specs:
        if spec.deprecated is not None and spec.id not in announced:
            message = "a deprecated spec needs a changelog change of kind deprecated naming it"
            problems.append(SpecProblem(spec.file, "deprecated", message))


def _element_names(spec: Spec) -> set[str]:
    """Every wire name of a spec's tables, nested rows and websocket frames included."""
    tables = [*spec.request.values(), *spec.response.values()]
    tables += [part for m in spec.messages for part in (m.header, m.body)]
    names: set[str] = set()
    pending = [row for table in tables for row in table]
    while pending:
        row = pending.pop()
        names.add(row.element)
        pending += row.fields
    return names


def _ordered(spec_set: SpecSet) -> list[Spec]:
    """Group order of groups.yaml; within a group the listed ids first, then by path."""
    group_rank = {g.name: i for i, g in enumerate(spec_set.groups)}
    endpoint_rank = {
        endpoint: i for g in spec_set.groups for i, endpoint in enumerate(g.endpoint_order)
    }
    unlisted = len(endpoint_rank)
    return sorted(
        spec_set.specs,
        key=lambda s: (
            group_rank.get(s.group, len(group_rank)),
            endpoint_rank.get(s.id, unlisted),
            s.path,
            s.method,
        ),
    )
