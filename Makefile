# The two commands a new user needs: `make demo` and `make test`. Every target installs what it
# needs first, so nothing has to be set up by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
UPSTREAM ?= ../shared/upstream/openai-openapi.yaml

.PHONY: install spec generate check-generated lint typecheck pytest test clean

install: $(INSTALLED)

# Re-run only when the dependency list changes; a no-op otherwise.
$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,emulator]'
	touch $@

spec: $(INSTALLED)  ## upstream OpenAPI document -> openapi.yaml (make spec UPSTREAM=path)
	$(BIN)/python -m generator slice $(UPSTREAM)

generate: $(INSTALLED)  ## openapi.yaml + patches + templates -> generated/vectorstores_raw
	$(BIN)/python -m generator generate

check-generated: $(INSTALLED)  ## fail if generated/ is not what `make generate` writes
	$(BIN)/python -m generator check

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(INSTALLED)
	$(BIN)/mypy generated/vectorstores_raw overlays/vectorstores emulator/vectorstores_emulator generator tests

pytest: $(INSTALLED)
	$(BIN)/python -m pytest -q

test: lint typecheck check-generated pytest  ## everything CI checks

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
