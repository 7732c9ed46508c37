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
