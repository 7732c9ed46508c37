# Asset-API: `make run` brings everything up, `make test` runs the whole suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Material for MkDocs prints a multi-line banner about its successor on every build.
export NO_MKDOCS_2_WARNING := 1

.PHONY: run test gen gen-check docs bench lint install clean-data e2e templates

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP) docs
	$(BIN)/asset-api run

test: $(STAMP) gen-check
	$(BIN)/python -m pytest $(PYTEST_ARGS)

gen: $(STAMP)
	$(BIN)/python -m asset_api.specgen

gen-check: $(STAMP)
	$(BIN)/python -m asset_api.specgen --check

docs: $(STAMP)
	$(BIN)/mkdocs build --strict -f docs-site/mkdocs.yml

bench: $(STAMP)
	$(BIN)/python -m tests.bench.run

e2e: $(STAMP)
	$(BIN)/python -m pytest tests/e2e

# The SPA's Handlebars templates, precompiled (in Chromium) into frontend/js/templates.js.
templates: $(STAMP)
	$(BIN)/python frontend/tools/build_templates.py

# ESLint (pinned in package.json / package-lock.json) for the SPA's and the docs site's scripts.
JS_STAMP := node_modules/.installed
$(JS_STAMP): package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $(JS_STAMP)

lint: $(STAMP) $(JS_STAMP)
	$(BIN)/ruff check backend tests
	$(BIN)/ruff format --check backend tests
	npx --no-install eslint --max-warnings 0 frontend/js docs-site/docs/javascripts

clean-data:
	rm -rf .data
