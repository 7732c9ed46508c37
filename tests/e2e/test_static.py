"""The SPA's files, checked without a browser: vendored libraries match their recorded hashes
and the integrity attributes, nothing inline, escaped templates only, one fetch caller, no
localStorage — and (with Chromium) the committed precompiled templates are up to date."""

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from tests.conftest import REPO_ROOT

FRONTEND = REPO_ROOT / "frontend"
VENDOR = FRONTEND / "vendor"
OWN_JS = sorted(p for p in (FRONTEND / "js").rglob("*.js") if p.name != "templates.js")
TEMPLATES = sorted((FRONTEND / "templates").glob("*.hbs"))


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.script_text.append(data)


def index_tags() -> Tags:
    parser = Tags()
    parser.feed((FRONTEND / "index.html").read_text(encoding="utf-8"))
    return parser


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def test_vendored_files_match_their_recorded_hashes():
    entries = json.loads((VENDOR / "VERSIONS.json").read_text())
    assert {e["package"] for e in entries} == {"jquery", "handlebars", "bootstrap"}
    for entry in entries:
        assert re.fullmatch(r"\d+\.\d+\.\d+", entry["version"]), entry
        assert entry["tarball_integrity"].startswith("sha512-"), entry
        assert sri((VENDOR / entry["file"]).read_bytes()) == entry["integrity"], entry["file"]
    recorded = {e["file"] for e in entries}
    on_disk = {p.name for p in VENDOR.iterdir() if p.suffix in {".js", ".css"}}
    assert on_disk == recorded


def test_index_loads_vendored_files_with_their_integrity():
    entries = {e["file"]: e for e in json.loads((VENDOR / "VERSIONS.json").read_text())}
    loaded = []
    for tag, attrs in index_tags().tags:
        url = attrs.get("src") if tag == "script" else attrs.get("href") if tag == "link" else None
        if url and url.startswith("vendor/"):
            name = url.removeprefix("vendor/")
            assert attrs.get("integrity") == entries[name]["integrity"], name
            assert attrs.get("crossorigin") == "anonymous", name
            loaded.append(name)
    # The full compiler is for frontend/tools/build_templates.py only; admins get the runtime.
    assert "handlebars-4.7.10.min.js" not in loaded
    assert sorted(loaded) == sorted(n for n in entries if n != "handlebars-4.7.10.min.js")


def test_csp_forbids_inline_script_eval_and_inline_style():
    metas = [a for t, a in index_tags().tags if t == "meta" and a.get("http-equiv")]
    csp = next(a["content"] for a in metas if a["http-equiv"] == "Content-Security-Policy")
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert directives["default-src"] == ["'none'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["form-action"] == ["'none'"]
    assert "unsafe" not in csp


def test_no_inline_script_handler_or_style_in_markup():
    parser = index_tags()
    assert parser.script_text == []
    for tag, attrs in parser.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "style" not in attrs, (tag, attrs)
        if tag == "script":
            assert attrs.get("src"), attrs
    for path in TEMPLATES:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\{\{\{|\{\{~?\s*&", text), f"{path.name}: unescaped output"
        assert not re.search(r"<script|\son\w+\s*=|\sstyle\s*=", text, re.I), path.name
        assert "javascript:" not in text.lower(), path.name


def test_only_api_js_fetches_and_nothing_uses_local_storage_or_eval():
    for path in OWN_JS:
        code = path.read_text(encoding="utf-8")
        if path.name != "api.js":
            assert not re.search(r"\bfetch\s*\(", code), path.name
        assert not re.search(r"localStorage\s*[.\[]|document\.cookie", code), path.name
        assert not re.search(
            r"\beval\s*\(|new Function|innerHTML|insertAdjacentHTML|document\.write", code
        ), path.name
        assert not re.search(r"SafeString\s*\(|escapeExpression", code), path.name
        assert code.lstrip().startswith("//") and "'use strict'" in code, path.name


@pytest.mark.e2e
def test_precompiled_templates_are_up_to_date():
    if not os.path.exists("/usr/bin/chromium") and not os.environ.get("CI"):
        pytest.skip("/usr/bin/chromium not installed")
    result = subprocess.run(
        [sys.executable, str(FRONTEND / "tools" / "build_templates.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
