#!/usr/bin/env python3
"""Vendor the SPA's third-party files from the npm registry at pinned versions.

Run only to add or upgrade a library (this is the one step that needs Node.js's `npm`):

    python3 frontend/vendor/fetch_vendor.py

For each package, `npm pack name@version` downloads the tarball and checks it against the
registry's integrity; the listed files are copied byte for byte (renamed with their version)
and VERSIONS.json records package, version, tarball integrity and each file's sha384. The
`integrity` attributes in index.html must equal those hashes: tests/e2e/test_static.py checks it.
Serving the SPA and running the tests need no Node.js: the vendored files are committed.
"""

import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent

# package, version, [(path inside the tarball, vendored file name, what it is for)]
PACKAGES = [
    ("jquery", "4.0.0", [("package/dist/jquery.min.js", "jquery-4.0.0.min.js", "DOM, events")]),
    (
        "handlebars",
        "4.7.10",
        [
            (
                "package/dist/handlebars.runtime.min.js",
                "handlebars.runtime-4.7.10.min.js",
                "runs the precompiled templates (served)",
            ),
            (
                "package/dist/handlebars.min.js",
                "handlebars-4.7.10.min.js",
                "compiler, used only by frontend/tools/build_templates.py (not served to admins)",
            ),
        ],
    ),
    (
        "bootstrap",
        "5.3.9",
        [
            ("package/dist/css/bootstrap.min.css", "bootstrap-5.3.9.min.css", "layout, components"),
            (
                "package/dist/js/bootstrap.bundle.min.js",
                "bootstrap.bundle-5.3.9.min.js",
                "modals, collapse, dropdowns (Popper included)",
            ),
        ],
    ),
]


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def main() -> int:
    entries = []
    with tempfile.TemporaryDirectory(prefix="asset-api-vendor-") as tmp:
        for name, version, files in PACKAGES:
            packed = subprocess.run(  # noqa: S603 - fixed arguments; npm from PATH (S607)
                ["npm", "pack", f"{name}@{version}", "--json", "--pack-destination", tmp],  # noqa: S607
                check=True,
                capture_output=True,
                text=True,
                cwd=tmp,
            )
            info = json.loads(packed.stdout)[0]
            with tarfile.open(Path(tmp) / info["filename"]) as tar:
                for inner, vendored, purpose in files:
                    data = tar.extractfile(inner).read()
                    (VENDOR / vendored).write_bytes(data)
                    entries.append(
                        {
                            "file": vendored,
                            "package": name,
                            "version": version,
                            "path_in_package": inner.removeprefix("package/"),
                            "tarball_integrity": info["integrity"],
                            "integrity": sri(data),
                            "purpose": purpose,
                        }
                    )
                    print(f"{vendored:40} {sri(data)}")
    (VENDOR / "VERSIONS.json").write_text(json.dumps(entries, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
