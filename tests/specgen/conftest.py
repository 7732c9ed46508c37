"""Fixtures of the spec generator tests: a copy of api-spec/ to break, and a way to run the CLI."""

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from asset_api.specgen.cli import main
from asset_api.specgen.spec import SpecSet, load_specs

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = REPO_ROOT / "api-spec"


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture(scope="session")
def spec_set() -> SpecSet:
    return load_specs(SPEC_DIR)


@pytest.fixture
def spec_copy(tmp_path) -> Path:
    """A private copy of api-spec/ that a test may break."""
    target = tmp_path / "api-spec"
    shutil.copytree(SPEC_DIR, target)
    return target


@pytest.fixture
def run_specgen(capsys):
    def run(*argv: str) -> Run:
        code = main(list(argv))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def edit(path: Path, old: str, new: str) -> None:
    """Replace one exact piece of a spec file, failing loudly if the piece is not there."""
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def deprecate(
    spec_dir: Path,
    spec_id: str,
    *,
    since: str = "2026-12-01",
    sunset: str = "2027-06-01",
    replacement: str | None = None,
    announce: bool = True,
) -> None:
    """Mark a spec of a copy of api-spec/ deprecated and (unless `announce` is false) add the
    changelog entry that announces it, as a change to a real spec would."""
    (path,) = spec_dir.glob(f"*/{spec_id}.yaml")
    block = f"deprecated:\n  since: {since}\n  sunset: {sunset}\n"
    if replacement:
        block += f"  replacement: {replacement}\n"
    path.write_text(path.read_text("utf-8").rstrip("\n") + "\n" + block, "utf-8")
    if announce:
        changelog = spec_dir / "_common/changelog.yaml"
        entry = (
            f"- date: {since}\n  title: {spec_id} 지원 종료 예정\n  changes:\n"
            f"    - kind: deprecated\n      endpoints: [{spec_id}]\n"
            f"      text: {spec_id}는 {sunset}부터 응답하지 않습니다.\n"
        )
        text = changelog.read_text("utf-8")
        first = text.index("\n- date:") + 1
        changelog.write_text(text[:first] + entry + text[first:], "utf-8")
