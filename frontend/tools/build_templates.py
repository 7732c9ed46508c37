#!/usr/bin/env python3
"""Precompile frontend/templates/*.hbs into frontend/js/templates.js (committed).

    .venv/bin/python frontend/tools/build_templates.py          # after editing a template
    .venv/bin/python frontend/tools/build_templates.py --check  # exit 1 when templates.js is stale

Why precompile: Handlebars compiles a template into JavaScript with `new Function`, which a
Content-Security-Policy allows only with 'unsafe-eval'. Precompiled, the SPA runs on the small
Handlebars runtime under `script-src 'self'` alone. The compiler is the vendored
handlebars.min.js (the very version of the runtime), run in Debian's Chromium through
Playwright, so neither Node.js nor npm is needed, and the same input gives the same bytes.

`<name>.hbs` becomes `App.templates["<name>"]`; `_<name>.hbs` is also registered as the
partial `<name>`. Triple-stash output (`{{{ }}}` or `{{& }}`) is refused: everything is escaped.
"""

import argparse
import json
import re
import sys
from pathlib import Path

FRONTEND = Path(__file__).resolve().parents[1]
TEMPLATES = FRONTEND / "templates"
OUTPUT = FRONTEND / "js" / "templates.js"
COMPILER = FRONTEND / "vendor" / "handlebars-4.7.10.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
UNESCAPED = re.compile(r"\{\{\{|\{\{~?\s*&")

HEADER = """\
// GENERATED from frontend/templates/*.hbs by 'python frontend/tools/build_templates.py'
// — do not edit. Compiled by Handlebars {version}; run by the vendored runtime.
(function () {{
  'use strict';
  const App = (window.App = window.App || {{}});
  const template = window.Handlebars.template;
  const templates = (App.templates = {{}});
"""
FOOTER = """\
  for (const name of Object.keys(templates)) {
    if (name.startsWith('_')) window.Handlebars.registerPartial(name.slice(1), templates[name]);
  }
})();
"""


def sources() -> dict[str, str]:
    found = {}
    for path in sorted(TEMPLATES.glob("*.hbs")):
        text = path.read_text(encoding="utf-8")
        if UNESCAPED.search(text):
            raise SystemExit(
                f"{path}: unescaped output ({{{{{{ }}}}}} or {{{{& }}}}) is not allowed"
            )
        found[path.stem] = text
    return found


def render() -> str:
    from playwright.sync_api import sync_playwright

    templates = sources()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.add_script_tag(content=COMPILER.read_text(encoding="utf-8"))
            version = page.evaluate("() => Handlebars.VERSION")
            compiled = page.evaluate(
                "(sources) => Object.fromEntries(Object.entries(sources).map("
                "([name, src]) => [name, Handlebars.precompile(src)]))",
                templates,
            )
        finally:
            browser.close()
    lines = [HEADER.format(version=version)]
    for name in templates:
        lines.append(f"  templates[{json.dumps(name)}] = template({compiled[name]});\n")
    lines.append(FOOTER)
    return "".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when templates.js is stale")
    args = parser.parse_args()
    text = render()
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(
                f"{OUTPUT} is stale: run python frontend/tools/build_templates.py", file=sys.stderr
            )
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(FRONTEND.parent)} ({len(sources())} templates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
