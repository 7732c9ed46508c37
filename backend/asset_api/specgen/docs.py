"""What the reference pages show, prepared for the Markdown templates."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from asset_api.specgen import samples
from asset_api.specgen.asyncapi import websocket_domain
from asset_api.specgen.spec import Group, Row, Spec, SpecSet

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


def endpoint_context(spec: Spec, spec_set: SpecSet) -> dict[str, Any]:
    return {
        "spec": spec,
        "basic_info": _basic_info(spec, spec_set),
        "request_tables": _tables(spec.request, REQUEST_TABLES),
        "response_tables": _tables(spec.response, RESPONSE_TABLES),
        "codes": _code_rows(spec, spec_set),
        "oauth_errors": bool(spec.errors),
        "examples": _examples(spec, spec_set),
        "samples": _samples(spec, spec_set),
    }


def websocket_context(spec: Spec, spec_set: SpecSet) -> dict[str, Any]:
    real, mock = (websocket_domain(spec_set.domains[env]) for env in ("real", "mock"))
    return {
        "spec": spec,
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
        "samples": {
            "python": samples.websocket_python_sample(
                spec_set.domains["real"], real, spec.path, SAMPLE_TR_ID
            ),
            "javascript": samples.websocket_javascript_sample(
                spec_set.domains["real"], real, spec.path, SAMPLE_TR_ID
            ),
        },
    }


def catalog_context(spec_set: SpecSet) -> dict[str, Any]:
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
    }


def index_context(spec_set: SpecSet) -> dict[str, Any]:
    return {
        "groups": [(g, spec_set.specs_of(g.name)) for g in spec_set.groups_with_specs()],
        "domains": spec_set.domains,
    }


def nav_context(spec_set: SpecSet) -> dict[str, Any]:
    sections: dict[str, list[tuple[Group, list[Spec]]]] = {}
    for group in spec_set.groups_with_specs():
        sections.setdefault(group.section, []).append((group, spec_set.specs_of(group.name)))
    return {"sections": sections, "page_path": page_path}


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
    json_response = bool(spec.response.get("body"))
    return {
        "curl": samples.curl_sample(request),
        "python": samples.python_sample(request, json_response),
        "javascript": samples.javascript_sample(request, json_response),
    }
