"""What the generated files contain: the KIS-style page, openapi.json, the model modules."""

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from asset_api.specgen import docs
from tests.specgen.conftest import REPO_ROOT

MODELS_DIR = REPO_ROOT / "backend/asset_api/models"
REFERENCE_DIR = REPO_ROOT / "docs-site/docs/reference"
LAYOUT_HEADER = "| Element | 한글명 | Type | Required | Length | Description |"


def page(group: str, spec_id: str) -> str:
    return (REFERENCE_DIR / group / f"{spec_id}.md").read_text("utf-8")


def section(text: str, heading: str) -> str:
    """The text under a `#### heading` up to the next heading."""
    start = text.index(f"#### {heading}\n")
    end = text.find("\n#", start + 1)
    return text[start : end if end != -1 else None]


def test_get_auth_page_reads_like_the_kis_portal():
    text = page("auth", "get-auth")
    assert "<!-- GENERATED from api-spec/auth/get-auth.yaml by 'make gen'" in text[:200]
    assert "# 접근토큰발급 <small>[get-auth]</small>" in text
    basic = text[text.index("## 기본정보") : text.index("## 개요")]
    for label, value in [
        ("Method", "<code>POST</code>"),
        ("실전 Domain", "https://api.kfs.co.kr"),
        ("모의 Domain", "https://mockapi.kfs.co.kr"),
        ("URL", "<code>/asset-erp/v1/get-auth</code>"),
        ("Format", "JSON"),
        ("Content-Type", "application/json;charset=UTF-8"),
    ]:
        assert f"<tr><th>{label}</th><td>{value}</td></tr>" in basic
    for heading, first_row in [
        ("Request Header", "| content-type | 컨텐츠타입 | String | N | 40 |"),
        ("Request Body", "| grant_type | 권한부여타입 | String | Y | 18 |"),
        ("Response Body", "| return_code | 응답코드 | Integer | Y | 4 |"),
    ]:
        table = section(text, heading)
        assert LAYOUT_HEADER in table
        assert first_row in table
    assert "[1001](../return-codes.md#code-1001) | 401 | 유효하지 않은 앱키입니다" in text


def test_get_auth_page_has_example_and_sample_tabs():
    text = page("auth", "get-auth")
    assert '=== "Request"\n\n    ```http\n    POST /asset-erp/v1/get-auth HTTP/1.1' in text
    assert '=== "Response"\n\n    ```http\n    HTTP/1.1 200 OK' in text
    for tab in ('=== "curl"', '=== "Python"', '=== "JavaScript"'):
        assert tab in text


def test_nested_rows_follow_their_parent_indented():
    text = page("data", "balance")
    holdings = text.index("| holdings | 보유종목 | Object Array | Y |")
    first_child = text.index("| └&nbsp;code | 종목코드 | String | Y | 6 |")
    assert holdings < first_child
    assert text[holdings:first_child].count("\n") == 1  # right after the parent row


def test_oauth_pages_list_their_errors_instead_of_return_codes():
    text = page("oauth2", "oauth2-token")
    assert "| `invalid_client` | 401 |" in text
    assert "#### Response Error Body" in text
    assert "../return-codes.md#code-" not in text


def test_return_code_catalog_links_back_to_the_endpoints():
    text = (REFERENCE_DIR / "return-codes.md").read_text("utf-8")
    row = next(line for line in text.splitlines() if 'id="code-8006"' in line)
    assert "[balance](data/balance.md)" in row
    assert "`slow_down`" in text


def test_python_samples_compile(spec_set):
    for spec in spec_set.http_specs:
        sample = docs.endpoint_context(spec, spec_set)["samples"]["python"]
        compile(sample, f"{spec.id} sample", "exec")
    for spec in spec_set.websocket_specs:
        sample = docs.websocket_context(spec, spec_set)["samples"]["python"]
        compile(sample, f"{spec.id} sample", "exec")


def test_openapi_document(spec_set):
    document = json.loads((MODELS_DIR / "openapi.json").read_text("utf-8"))
    assert document["openapi"] == "3.1.0"
    assert [s["url"] for s in document["servers"]] == [
        spec_set.domains["real"],
        spec_set.domains["mock"],
    ]
    operations = {
        op["operationId"]: (path, method, op)
        for path, methods in document["paths"].items()
        for method, op in methods.items()
    }
    assert set(operations) == {spec.id for spec in spec_set.http_specs}
    _, _, token = operations["oauth2-token"]
    assert "application/x-www-form-urlencoded" in token["requestBody"]["content"]
    assert token["responses"]["401"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Oauth2TokenErrorResponse"
    }
    path, method, transactions = operations["transactions"]
    assert (path, method) == ("/asset-erp/v1/accounts/{account_no}/transactions", "get")
    parameters = {(p["in"], p["name"]) for p in transactions["parameters"]}
    assert {("path", "account_no"), ("query", "limit"), ("header", "next-key")} <= parameters
    assert transactions["security"] == [{"bearer": ["accounts"]}]
    assert set(transactions["responses"]) == {"200", "400", "401", "403", "404", "429", "503"}
    assert transactions["responses"]["429"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorResponse"
    }
    holdings = document["components"]["schemas"]["BalanceResponse"]["properties"]["holdings"]
    assert holdings["items"] == {"$ref": "#/components/schemas/BalanceHoldingsItem"}
    docs_copy = REPO_ROOT / "docs-site/docs/openapi.json"
    assert docs_copy.read_bytes() == (MODELS_DIR / "openapi.json").read_bytes()


def test_model_modules_are_marked_and_free_of_postponed_annotations():
    for module in sorted(MODELS_DIR.glob("*.py")):
        text = module.read_text("utf-8")
        assert text.startswith("# GENERATED from api-spec/"), module.name
        assert "from __future__" not in text, module.name  # FastAPI needs the real types
        assert not re.search(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}", text), "a timestamp"


def test_model_modules_pass_the_linter():
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(ruff), "check", "--quiet", str(MODELS_DIR)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_docs_site_builds_strictly(tmp_path):
    mkdocs = Path(sys.executable).parent / "mkdocs"
    result = subprocess.run(
        [
            str(mkdocs),
            "build",
            "--strict",
            "-f",
            str(REPO_ROOT / "docs-site/mkdocs.yml"),
            "-d",
            str(tmp_path / "site"),
        ],
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr
    assert (tmp_path / "site/reference/auth/get-auth/index.html").exists()


def test_asyncapi_document_describes_every_websocket_frame(spec_set):
    document = json.loads((MODELS_DIR / "asyncapi.json").read_text("utf-8"))
    assert document["asyncapi"] == "3.0.0"
    assert {s["protocol"] for s in document["servers"].values()} == {"wss"}
    assert (REPO_ROOT / "docs-site/docs/asyncapi.json").read_bytes() == (
        MODELS_DIR / "asyncapi.json"
    ).read_bytes()
    for spec in spec_set.websocket_specs:
        assert document["channels"][spec.id]["address"] == spec.path
        for message in spec.messages:
            component = document["components"]["messages"][f"{spec.id}-{message.id}"]
            # Each example frame of the spec passes the payload schema made from its rows.
            jsonschema.validate(message.example, component["payload"])
            action = document["operations"][f"{message.direction}-{spec.id}-{message.id}"]
            assert action["action"] == message.direction


def test_the_websocket_page_shows_ws_domains_frames_and_close_codes(spec_set):
    page = (REPO_ROOT / "docs-site/docs/reference/realtime/realtime.md").read_text("utf-8")
    assert "wss://" in page and "https://" in page  # the socket, and the approval key's call
    for spec in spec_set.websocket_specs:
        for message in spec.messages:
            assert f"### {message.title}" in page
        for close in spec.close_codes:
            assert f"| {close.code} |" in page
