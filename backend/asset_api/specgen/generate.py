"""From a loaded SpecSet to the generated files, and from those files to the tree.

Every output is first written into a scratch folder (where ruff formats the Python), then
either copied over the tree (`make gen`) or compared with it (`make gen-check`), so the two
modes cannot disagree about what the output is.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from asset_api.specgen import asyncapi, docs, openapi, postman, python_models
from asset_api.specgen.schemas import ModelDef, SpecModels, build_common_models, build_models
from asset_api.specgen.spec import SpecError, SpecProblem, SpecSet

MODELS_DIR = "backend/asset_api/models"
DOCS_DIR = "docs-site/docs"
REFERENCE_DIR = f"{DOCS_DIR}/{docs.REFERENCE_DIR}"
NAV_FILE = "docs-site/nav.yml"
# The Markdown copies of the generated pages, for AI assistants (llms.txt links them): outside
# docs/, where MkDocs would make pages of them; its build hook copies them into the site.
MARKDOWN_DIR = "docs-site/markdown"
POSTMAN_FILE = f"{DOCS_DIR}/asset-api.postman_collection.json"
# Folders whose every file of these kinds is generated: a file there that the generator no
# longer writes (a deleted spec) is stale and gets removed.
OWNED = {
    MODELS_DIR: ("*.py", "*.json"),
    REFERENCE_DIR: ("**/*.md",),
    MARKDOWN_DIR: ("**/*.md",),
}


@dataclass
class Comparison:
    changed: list[str] = field(default_factory=list)  # in both, different bytes
    missing: list[str] = field(default_factory=list)  # generated, not in the tree
    stale: list[str] = field(default_factory=list)  # in the tree, no longer generated

    @property
    def clean(self) -> bool:
        return not (self.changed or self.missing or self.stale)


def template_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("asset_api.specgen", "templates"),
        autoescape=False,  # Markdown, YAML and Python, not HTML  # noqa: S701
        undefined=StrictUndefined,  # a typo in a template fails instead of printing nothing
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["yaml_str"] = lambda text: json.dumps(text, ensure_ascii=False)
    return env


def render_outputs(spec_set: SpecSet) -> dict[str, str]:
    """Every generated file by its path relative to the project root; Python not yet formatted."""
    env = template_environment()
    modules, top = _models_by_module(spec_set)
    outputs = {
        f"{MODELS_DIR}/{module}.py": python_models.render_module(
            env,
            source=source,
            doc=doc,
            models=models,
            roles={s.id: s.role for s in spec_set.specs_of(module) if s.role},
            setup_operations=[s.id for s in spec_set.specs_of(module) if s.during_setup],
        )
        for module, (source, doc, models) in modules.items()
    }
    outputs[f"{MODELS_DIR}/__init__.py"] = env.get_template("models-init.py.j2").render(
        modules=[{"name": name, "what": doc} for name, (_, doc, _) in modules.items()]
    )
    all_models = {m.name: m for _, _, models in modules.values() for m in models}
    document = openapi.dump(openapi.build_openapi(spec_set, all_models, top))
    outputs[f"{MODELS_DIR}/openapi.json"] = document
    outputs[f"{DOCS_DIR}/openapi.json"] = document
    pages = [
        ("websocket.md.j2" if spec.is_websocket else "endpoint.md.j2", docs.page_path(spec),
         partial(docs.websocket_context if spec.is_websocket else docs.endpoint_context,
                 spec, spec_set))
        for spec in spec_set.specs
    ]  # fmt: skip
    pages += [
        ("return-codes.md.j2", f"{docs.REFERENCE_DIR}/{docs.RETURN_CODES_PAGE}",
         partial(docs.catalog_context, spec_set)),
        ("reference-index.md.j2", f"{docs.REFERENCE_DIR}/index.md",
         partial(docs.index_context, spec_set)),
        ("changelog.md.j2", docs.CHANGELOG_PAGE, partial(docs.changelog_context, spec_set)),
    ]  # fmt: skip
    for template, page, context in pages:
        # Each page twice: for the site, and (plain) its Markdown copy.
        outputs[f"{DOCS_DIR}/{page}"] = env.get_template(template).render(context(plain=False))
        outputs[f"{MARKDOWN_DIR}/{page}"] = env.get_template(template).render(context(plain=True))
    events = asyncapi.dump(asyncapi.build_asyncapi(spec_set))
    outputs[f"{MODELS_DIR}/asyncapi.json"] = events
    outputs[f"{DOCS_DIR}/asyncapi.json"] = events
    outputs[f"{MODELS_DIR}/deprecations.py"] = env.get_template("deprecations.py.j2").render(
        deprecations=[
            (s.id, s.deprecated.since.isoformat(), s.deprecated.sunset.isoformat())
            for s in spec_set.specs
            if s.deprecated is not None
        ]
    )
    outputs[POSTMAN_FILE] = postman.dump(postman.build_collection(spec_set))
    outputs[f"{DOCS_DIR}/llms.txt"] = env.get_template("llms.txt.j2").render(
        docs.llms_context(spec_set)
    )
    outputs[NAV_FILE] = env.get_template("nav.yml.j2").render(docs.nav_context(spec_set))
    return outputs


def _models_by_module(
    spec_set: SpecSet,
) -> tuple[dict[str, tuple[str, str, list[ModelDef]]], dict[str, SpecModels]]:
    """module name -> (source folder, docstring, models), and the top-level names per spec id."""
    common = build_common_models(spec_set.error_envelope)
    modules = {
        "common": (
            "api-spec/_common/",
            "Models shared by every group: the error envelope of the public API.",
            common,
        )
    }
    top: dict[str, SpecModels] = {}
    # One namespace for all modules: openapi.json puts every model into one components map.
    owner = {m.name: "api-spec/_common/fields.yaml" for m in common}
    problems = []
    for group in spec_set.groups_with_specs():
        models: list[ModelDef] = []
        http_specs = [spec for spec in spec_set.specs_of(group.name) if not spec.is_websocket]
        if not http_specs:
            continue  # a group of websockets only: its frames are in asyncapi.json
        for spec in http_specs:
            spec_models, top[spec.id] = build_models(spec)
            for model in spec_models:
                if model.name in owner:
                    message = (
                        f"model name {model.name} is generated twice (also {owner[model.name]})"
                    )
                    problems.append(SpecProblem(spec.file, "(models)", message))
                owner.setdefault(model.name, spec.file)
            models += spec_models
        doc = f"Models of the {group.title} endpoints (api-spec/{group.name}/)."
        modules[group.name] = (f"api-spec/{group.name}/", doc, models)
    if problems:
        raise SpecError(problems)
    return modules, top


# --- the scratch folder and the tree -------------------------------------------------------


def write_scratch(outputs: dict[str, str], scratch: Path, project_root: Path) -> None:
    for relative, text in outputs.items():
        target = scratch / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    python_files = [scratch / r for r in sorted(outputs) if r.endswith(".py")]
    ruff_format(python_files, project_root)


def ruff_format(files: list[Path], project_root: Path) -> None:
    """Format with the project's own ruff settings, so `make lint` agrees with the output."""
    ruff = Path(sys.executable).parent / "ruff"
    if not ruff.exists():
        found = shutil.which("ruff")
        if found is None:
            raise RuntimeError("ruff not found next to the Python or on PATH; run 'make install'")
        ruff = Path(found)
    config = project_root / "pyproject.toml"
    settings = ["--config", str(config)] if config.exists() else ["--isolated", "--line-length=100"]
    subprocess.run(  # noqa: S603 (fixed arguments, our own file names)
        [str(ruff), "format", "--quiet", *settings, *map(str, files)], check=True
    )


def compare(outputs: dict[str, str], scratch: Path, tree: Path) -> Comparison:
    comparison = Comparison()
    for relative in sorted(outputs):
        current = tree / relative
        if not current.exists():
            comparison.missing.append(relative)
        elif current.read_bytes() != (scratch / relative).read_bytes():
            comparison.changed.append(relative)
    comparison.stale = [r for r in _owned_files(tree) if r not in outputs]
    return comparison


def apply(comparison: Comparison, scratch: Path, tree: Path) -> None:
    """Copy the changed and missing files into the tree and remove the stale ones."""
    for relative in comparison.changed + comparison.missing:
        target = tree / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(scratch / relative, target)
    for relative in comparison.stale:
        (tree / relative).unlink()


def _owned_files(tree: Path) -> list[str]:
    found = set()
    for folder, patterns in OWNED.items():
        for pattern in patterns:
            found |= {p.relative_to(tree).as_posix() for p in (tree / folder).glob(pattern)}
    return sorted(found)
