"""What the reference pages show, prepared for the Markdown templates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Any

from asset_api.specgen import samples
from asset_api.specgen.asyncapi import websocket_domain
from asset_api.specgen.spec import ChangelogEntry, Group, Row, Spec, SpecSet

REFERENCE_DIR = "reference"
RETURN_CODES_PAGE = "return-codes.md"
FORMAT_NOTES = {"date": "YYYYMMDD", "datetime": "YYYYMMDDHHmmss", "time": "HHmmss"}
AUTH_LABELS = {
    "none": "없음",
    "bearer": "접근토큰 (authorization: Bearer)",
    "client": "클라이언트 인증 (HTTP Basic 또는 본문의 client_id/client_secret)",
    "admin": "관리자 세션 토큰 (authorization: Bearer)",
    "approval": "웹소켓 접속키 (첫 프레임의 header.approval_key)",
}
# Who may call an admin endpoint, by the least role its spec names.
ROLE_LABELS = {
    "viewer": "<code>viewer</code> 이상 (모든 관리자: viewer, operator, owner)",
    "operator": "<code>operator</code> 이상 (operator, owner)",
    "owner": "<code>owner</code>만",
}
DURING_SETUP_NOTE = (
    "로그인 설정(2단계 인증 등록, 임시 비밀번호 변경)을 마치기 전에도 호출할 수 있습니다"
)
DIRECTION_LABELS = {"send": "클라이언트 → 서버", "receive": "서버 → 클라이언트"}
# The LAYOUT sub-tables, in the order the KIS portal shows them.
REQUEST_TABLES = (
    ("header", "Header"),
    ("path", "Path Parameter"),
    ("query", "Query Parameter"),
    ("body", "Body"),
)
RESPONSE_TABLES = (("header", "Header"), ("body", "Body"), ("error_body", "Error Body"))
MESSAGE_TABLES = (("header", "header"), ("body", "body"))
SAMPLE_TR_ID = "transactions"
SAMPLE_TR_KEY = "5012345611"
CHANGELOG_PAGE = "changelog.md"  # relative to docs-site/docs/
CHANGE_LABELS = {
    "added": "추가",
    "changed": "변경",
    "deprecated": "지원 종료 예정",
    "removed": "삭제",
    "fixed": "수정",
    "security": "보안",
}
# The hand-written guides, by navigation section (nav.yml and llms.txt list them).
GUIDE_SECTIONS = {
    "시작하기": [
        ("빠른 시작", "guides/quickstart.md"),
        ("인증", "guides/authentication.md"),
        ("페이지네이션", "guides/pagination.md"),
        ("오류와 호출 한도", "guides/errors.md"),
        ("파이썬 클라이언트", "guides/python-client.md"),
    ],
    "운영": [("운영 가이드", "guides/operations.md")],
}
# The admin API is the SPA's, not the integrators': its pages get no 직접 호출 panel (the API
# refuses the docs' origin there), the Postman collection leaves it out, llms.txt lists it last.
INTERNAL_GROUPS = ("admin",)
# A relative Markdown link target: not a scheme (https:), an anchor or a root path.
RELATIVE_LINK = re.compile(r"\]\((?![a-z][a-z0-9+.-]*:|#|/)([^)\s]+)\)")


@dataclass(frozen=True)
class TableRow:
    element: str
    name: str
    type: str
    required: str
    length: str
    description: str


@dataclass(frozen=True)
class Table:
    title: str
    rows: list[TableRow]


@dataclass(frozen=True)
class CodeRow:
    code: str  # a return_code, or an OAuth error such as invalid_client
    http: int
    message: str
    when: str
    link: str | None  # into the return-code catalog


@dataclass(frozen=True)
class ExampleView:
    title: str
    description: str
    request: str
    response: str


def page_path(spec: Spec) -> str:
    """Relative to docs-site/docs/."""
    return f"{REFERENCE_DIR}/{spec.group}/{spec.id}.md"


def endpoint_context(spec: Spec, spec_set: SpecSet, *, plain: bool = False) -> dict[str, Any]:
    """`plain`: the Markdown copy for AI assistants (no HTML tables, tabs or panel)."""
    return {
        "spec": spec,
        "plain": plain,
        "basic_info": _basic_info(spec, spec_set),
        "deprecation": _deprecation(spec, spec_set),
        "changes": _changes_of(spec, spec_set),
        "request_tables": _tables(spec.request, REQUEST_TABLES),
        "response_tables": _tables(spec.response, RESPONSE_TABLES),
        "codes": _code_rows(spec, spec_set),
        "oauth_errors": bool(spec.errors),
        "examples": _examples(spec, spec_set),
        "try_it": None if plain else _try_it(spec, spec_set),
        "samples": _samples(spec, spec_set),
        "java_class": samples.java_class_name(spec.id),
        "markdown_copy": f"../{spec.id}.md",
    }


def websocket_context(spec: Spec, spec_set: SpecSet, *, plain: bool = False) -> dict[str, Any]:
    real, mock = (websocket_domain(spec_set.domains[env]) for env in ("real", "mock"))
    return {
        "spec": spec,
        "plain": plain,
        "deprecation": _deprecation(spec, spec_set),
        "changes": _changes_of(spec, spec_set),
        "java_class": samples.java_class_name(spec.id),
        "markdown_copy": f"../{spec.id}.md",
        "basic_info": [
            ("Protocol", "WebSocket"),
            ("실전 Domain", escape(real)),
            ("모의 Domain", escape(mock)),
            ("URL", f"<code>{escape(spec.path)}</code>"),
            ("Format", escape(spec.format)),
            ("Content-Type", escape(spec.content_type)),
            ("인증", AUTH_LABELS[spec.auth]),
        ],
        "request_tables": _tables(spec.request, REQUEST_TABLES),
        "messages": [
            {
                "title": m.title,
                "direction_label": DIRECTION_LABELS[m.direction],
                "description": m.description,
                "tables": _tables({"header": m.header, "body": m.body}, MESSAGE_TABLES),
                "example": samples.to_json(m.example),
            }
            for m in spec.messages
        ],
        "codes": _code_rows(spec, spec_set),
        "close_codes": spec.close_codes,
        "sample_tr_id": SAMPLE_TR_ID,
        "samples": samples.websocket_samples(
            http_domain=spec_set.domains["real"],
            ws_url=real + spec.path,
            tr_id=SAMPLE_TR_ID,
            tr_key=SAMPLE_TR_KEY,
            name=spec.id,
        ),
    }


def changelog_context(spec_set: SpecSet, *, plain: bool = False) -> dict[str, Any]:
    """The 변경 이력 page: every entry, and the endpoints deprecated now."""
    return {
        "plain": plain,
        "entries": [_entry_view(entry, spec_set, prefix="") for entry in spec_set.changelog],
        "deprecated": [
            {"spec": spec, "link": page_path(spec), **_deprecation(spec, spec_set, prefix="")}
            for spec in spec_set.specs
            if spec.deprecated is not None
        ],
    }


def catalog_context(spec_set: SpecSet, *, plain: bool = False) -> dict[str, Any]:
    """The return-code catalog, each code with the endpoints that can answer it."""
    users: dict[int, list[Spec]] = {code: [] for code in spec_set.return_codes}
    for spec in spec_set.specs:
        for code in spec.return_codes:
            users[code].append(spec)
    oauth_errors: dict[str, dict[str, Any]] = {}
    for spec in spec_set.specs:
        for error in spec.errors:
            entry = oauth_errors.setdefault(
                error.error, {"error": error.error, "http": set(), "specs": []}
            )
            entry["http"].add(error.http)
            if spec not in entry["specs"]:
                entry["specs"].append(spec)
    return {
        "codes": [(rc, users[rc.code]) for rc in spec_set.return_codes.values()],
        "oauth_errors": [
            {**e, "http": ", ".join(str(h) for h in sorted(e["http"]))}
            for _, e in sorted(oauth_errors.items())
        ],
        "page_link": lambda spec: f"{spec.group}/{spec.id}.md",
        "plain": plain,
    }


def index_context(spec_set: SpecSet, *, plain: bool = False) -> dict[str, Any]:
    return {
        "groups": [(g, spec_set.specs_of(g.name)) for g in spec_set.groups_with_specs()],
        "domains": spec_set.domains,
        "plain": plain,
    }


def nav_context(spec_set: SpecSet) -> dict[str, Any]:
    sections: dict[str, list[tuple[Group, list[Spec]]]] = {}
    for group in spec_set.groups_with_specs():
        sections.setdefault(group.section, []).append((group, spec_set.specs_of(group.name)))
    return {
        "sections": sections,
        "page_path": page_path,
        "guide_sections": GUIDE_SECTIONS,
        "domains": spec_set.domains,
    }


def llms_context(spec_set: SpecSet) -> dict[str, Any]:
    """llms.txt (llmstxt.org): the site for AI assistants, linking the Markdown copies."""
    groups = [(g, spec_set.specs_of(g.name)) for g in spec_set.groups_with_specs()]
    return {
        "domains": spec_set.domains,
        "guides": [guide for guides in GUIDE_SECTIONS.values() for guide in guides],
        "public_groups": [(g, s) for g, s in groups if g.name not in INTERNAL_GROUPS],
        "other_groups": [(g, s) for g, s in groups if g.name in INTERNAL_GROUPS],
        "page_path": page_path,
    }


# --- the parts of an endpoint page ---------------------------------------------------------


def _basic_info(spec: Spec, spec_set: SpecSet) -> list[tuple[str, str]]:
    """Label and HTML cell of each row of the 기본정보 table (an HTML table, like the portal's)."""
    auth = AUTH_LABELS[spec.auth]
    if spec.scope:
        auth += f", 권한(scope): <code>{escape(spec.scope)}</code>"
    rows = [
        ("Method", f"<code>{spec.method}</code>"),
        ("실전 Domain", escape(spec_set.domains["real"])),
        ("모의 Domain", escape(spec_set.domains["mock"])),
        ("URL", f"<code>{escape(spec.path)}</code>"),
        ("Format", escape(spec.format)),
        ("Content-Type", escape(spec.content_type)),
        ("인증", auth),
    ]
    if spec.role:
        role = ROLE_LABELS[spec.role]
        if spec.during_setup:
            role += f"<br>{DURING_SETUP_NOTE}"
        rows.append(("관리자 역할", role))
    return rows


def _tables(parts: dict[str, tuple[Row, ...]], order: tuple[tuple[str, str], ...]) -> list[Table]:
    return [
        Table(title, list(_flatten(parts[key], depth=0))) for key, title in order if parts.get(key)
    ]


def _flatten(rows: tuple[Row, ...], depth: int) -> Any:
    """Child rows right after their parent, the element name indented as on the KIS portal."""
    for row in rows:
        indent = "&emsp;" * (depth - 1) + "└&nbsp;" if depth else ""
        yield TableRow(
            element=indent + row.element,
            name=_cell(row.name),
            type=row.type,
            required="Y" if row.required else "N",
            length=str(row.length) if row.length is not None else "",
            description=_cell("<br>".join(_description_lines(row))),
        )
        yield from _flatten(row.fields, depth + 1)


def _description_lines(row: Row) -> list[str]:
    lines = [row.description] if row.description else []
    if row.enum:
        lines.append("허용값: " + ", ".join(f"`{v}`" for v in row.enum))
    if row.format in FORMAT_NOTES:
        lines.append(f"형식: {FORMAT_NOTES[row.format]}")
    elif row.pattern:
        lines.append(f"형식: `{row.pattern}`")
    if row.min_length is not None:
        fixed = row.min_length == row.length
        lines.append(f"{row.length}자 고정" if fixed else f"최소 {row.min_length}자")
    if row.minimum is not None or row.maximum is not None:
        low = "" if row.minimum is None else row.minimum
        high = "" if row.maximum is None else row.maximum
        lines.append(f"범위: {low} ~ {high}")
    if row.default is not None:
        lines.append(f"기본값: `{row.default}`")
    return lines


def _cell(text: str) -> str:
    """Table cells are one line; a pipe would end the cell."""
    return " ".join(text.split("\n")).replace("|", "\\|")


def _code_rows(spec: Spec, spec_set: SpecSet) -> list[CodeRow]:
    if spec.errors:
        return [CodeRow(e.error, e.http, "", e.when, None) for e in spec.errors]
    notes = {note.code: note.when for note in spec.code_notes}
    return [
        CodeRow(
            code=str(code),
            http=spec_set.return_codes[code].http,
            message=spec_set.return_codes[code].message,
            when=_cell(notes.get(code, spec_set.return_codes[code].when)),
            link=f"../{RETURN_CODES_PAGE}#code-{code}",
        )
        for code in spec.return_codes
    ]


def _examples(spec: Spec, spec_set: SpecSet) -> list[ExampleView]:
    views = []
    for example in spec.examples:
        request = samples.example_request(spec, spec_set.domains["real"], example)
        views.append(
            ExampleView(
                title=example["title"],
                description=example.get("description", ""),
                request=samples.http_request_text(request),
                response=samples.http_response_text(example["response"]),
            )
        )
    return views


def _samples(spec: Spec, spec_set: SpecSet) -> dict[str, str]:
    """Code for the first example, the one a reader copies to get started."""
    request = samples.example_request(spec, spec_set.domains["real"], spec.examples[0])
    return samples.http_samples(request, bool(spec.response.get("body")), spec.id)


# --- changes, deprecations and the 직접 호출 panel --------------------------------------------

PAGE_TO_ROOT = "../../"  # from docs/reference/<group>/<id>.md to docs/


def relink(markdown: str, prefix: str) -> str:
    """Relative links written from the docs root (`guides/errors.md`), as seen from a page
    `prefix` deeper."""
    return RELATIVE_LINK.sub(lambda m: f"]({prefix}{m.group(1)})", markdown) if prefix else markdown


def _entry_view(entry: ChangelogEntry, spec_set: SpecSet, prefix: str) -> dict[str, Any]:
    return {
        "date": entry.date.isoformat(),
        "title": entry.title,
        "changes": [
            {
                "label": CHANGE_LABELS[change.kind],
                "kind": change.kind,
                "text": relink(" ".join(change.text.split()), prefix),
                "endpoints": [
                    (spec_set.spec(e).title, prefix + page_path(spec_set.spec(e)))
                    for e in change.endpoints
                ],
                "fields": change.fields,
            }
            for change in entry.changes
        ],
    }


def _changes_of(spec: Spec, spec_set: SpecSet) -> list[dict[str, Any]]:
    """The changes that name this endpoint, for the block on its page."""
    return [
        {
            "date": entry.date.isoformat(),
            "label": CHANGE_LABELS[change.kind],
            "text": relink(" ".join(change.text.split()), PAGE_TO_ROOT),
            "fields": change.fields,
        }
        for entry, change in spec_set.changes_of(spec.id)
    ]


def _deprecation(spec: Spec, spec_set: SpecSet, prefix: str = PAGE_TO_ROOT) -> dict[str, Any]:
    deprecated = spec.deprecated
    if deprecated is None:
        return {}
    view: dict[str, Any] = {
        "since": deprecated.since.isoformat(),
        "sunset": deprecated.sunset.isoformat(),
        "note": relink(" ".join(deprecated.note.split()), prefix),
        "replacement": None,
    }
    if deprecated.replacement:
        other = spec_set.spec(deprecated.replacement)
        view["replacement"] = (other.title, other.id, prefix + page_path(other))
    return view


@dataclass(frozen=True)
class TryIt:
    """The first example as the editable fields of the 직접 호출 panel."""

    method: str
    auth: str  # none | bearer | client: which credentials the panel asks for
    body_kind: str  # none | json | form
    default_base: str  # the mock domain, unless the site's config.js says otherwise
    path: str
    query: str  # one name=value a line
    headers: str  # one "name: value" a line; the credentials are fields of their own
    body: str


def _try_it(spec: Spec, spec_set: SpecSet) -> TryIt | None:
    if spec.group in INTERNAL_GROUPS or spec.is_websocket:
        return None
    request = samples.example_request(spec, "", spec.examples[0])
    credentials = spec.auth in ("bearer", "client")
    headers = {
        name: value
        for name, value in request.headers.items()
        if not (credentials and name.lower() == "authorization")
    }
    body_kind = "none" if request.body is None else "form" if request.form else "json"
    if body_kind == "form":
        body = "\n".join(f"{name}={value}" for name, value in request.body.items())
    else:
        body = request.encoded_body
    return TryIt(
        method=spec.method,
        auth=spec.auth if credentials else "none",
        body_kind=body_kind,
        default_base=spec_set.domains["mock"],
        path=request.url,
        query="\n".join(f"{name}={value}" for name, value in request.query.items()),
        headers="\n".join(f"{name}: {value}" for name, value in headers.items()),
        body=body,
    )
