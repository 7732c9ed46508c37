"""The backend's layout holds: no import cycles, services free of HTTP, a client free of the
server, and generated models free of everything else."""

import pytest

from tests.codebase.imports import (
    PACKAGE_DIR,
    cycles,
    import_graph,
    package_modules,
    third_party_imports,
)

# The HTTP layer: only these modules may import FastAPI or Starlette. Everything else (the
# services of every domain, the CLI, the generator) takes a connection and plain values.
HTTP_LAYER = ("asset_api.app", "asset_api.main", "asset_api.http.")
HTTP_MODULE_NAMES = ("routes", "deps")
WEB_FRAMEWORKS = {"fastapi", "starlette"}


def is_http_layer(module: str) -> bool:
    parts = module.split(".")
    return module.startswith(HTTP_LAYER) or any(part in HTTP_MODULE_NAMES for part in parts)


def test_the_package_has_no_import_cycle():
    graph = import_graph()
    assert len(graph) > 50  # the whole package was read
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle_added_on_purpose():
    graph = import_graph()
    # admin.api_keys imports auth.keys; make auth.keys import admin.api_keys back.
    assert "asset_api.auth.keys" in graph["asset_api.admin.api_keys"]
    graph["asset_api.auth.keys"] = graph["asset_api.auth.keys"] | {"asset_api.admin.api_keys"}
    [component] = cycles(graph)
    assert {"asset_api.auth.keys", "asset_api.admin.api_keys"} <= set(component)


def test_function_level_imports_count_too(tmp_path):
    package = tmp_path / "asset_api"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from asset_api import b\n")
    (package / "b.py").write_text("def later():\n    from . import a\n")
    modules = {"asset_api": package / "__init__.py", "asset_api.a": package / "a.py",
               "asset_api.b": package / "b.py"}  # fmt: skip
    assert cycles(import_graph(modules)) == [["asset_api.a", "asset_api.b"]]


@pytest.mark.parametrize("module", [m for m in package_modules() if not is_http_layer(m)], ids=str)
def test_services_do_not_import_the_web_framework(module):
    path = package_modules()[module]
    assert third_party_imports(path) & WEB_FRAMEWORKS == set()


def test_the_client_imports_nothing_of_the_server():
    graph = import_graph()
    for module, targets in graph.items():
        if module.startswith("asset_api.client"):
            assert all(t.startswith("asset_api.client") for t in targets), module


def test_generated_models_import_only_each_other():
    graph = import_graph()
    for module, targets in graph.items():
        if module.startswith("asset_api.models"):
            assert all(t.startswith("asset_api.models") for t in targets), module


def test_every_domain_sql_file_is_loaded_by_its_package():
    """A .sql file nobody loads is dead; the names are spelled out in the load calls."""
    for sql_file in PACKAGE_DIR.rglob("sql/*.sql"):
        package = sql_file.parent.parent
        sources = "".join(p.read_text() for p in package.rglob("*.py"))
        assert f'"{sql_file.stem}"' in sources, sql_file
