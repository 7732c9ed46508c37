"""`python -m asset_api.specgen [--check]`: the command line of the generator."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from asset_api.specgen.generate import Comparison, apply, compare, render_outputs, write_scratch
from asset_api.specgen.spec import SpecError, load_specs

FIX_HINT = "run 'make gen' and commit the result"


def default_root() -> Path:
    """The project root: where this package sits in an editable install, else the cwd."""
    checkout = Path(__file__).resolve().parents[3]
    return checkout if (checkout / "api-spec").is_dir() else Path.cwd()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m asset_api.specgen",
        description="Generate models, openapi.json and reference pages from api-spec/.",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if a spec is invalid or a generated file is out of date",
    )
    parser.add_argument("--root", type=Path, default=None, help="project root (default: found)")
    parser.add_argument("--spec-dir", type=Path, default=None, help="default: ROOT/api-spec")
    parser.add_argument("--out", type=Path, default=None, help="output root (default: ROOT)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    root = args.root or default_root()
    spec_dir = args.spec_dir or root / "api-spec"
    out = args.out or root
    try:
        outputs = render_outputs(load_specs(spec_dir))
    except SpecError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(
            f"{len(error.problems)} problem(s) in the specs; nothing was generated", file=sys.stderr
        )
        return 1
    with tempfile.TemporaryDirectory(prefix="specgen-") as scratch_dir:
        scratch = Path(scratch_dir)
        write_scratch(outputs, scratch, root)
        comparison = compare(outputs, scratch, out)
        if args.check:
            return _report_check(comparison)
        apply(comparison, scratch, out)
    _report_write(comparison, len(outputs))
    return 0


def _report_check(comparison: Comparison) -> int:
    if comparison.clean:
        return 0
    for label, paths in (
        ("differs", comparison.changed),
        ("missing", comparison.missing),
        ("stale", comparison.stale),
    ):
        for path in paths:
            print(f"{label}: {path}", file=sys.stderr)
    print(f"generated files are out of date; {FIX_HINT}", file=sys.stderr)
    return 1


def _report_write(comparison: Comparison, total: int) -> None:
    written = len(comparison.changed) + len(comparison.missing)
    if comparison.clean:
        print(f"{total} generated files, all up to date")
        return
    print(f"{total} generated files: wrote {written}, removed {len(comparison.stale)}")
    for path in comparison.changed + comparison.missing:
        print(f"  wrote {path}")
    for path in comparison.stale:
        print(f"  removed {path}")
