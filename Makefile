# The two commands a new user needs: `make demo` and `make test`. Every target installs what it
# needs first, so nothing has to be set up by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
UPSTREAM ?= $(or $(VECTORSTORES_UPSTREAM),../shared/upstream/openai-openapi.yaml)
PRISM := tools/prism/node_modules/.installed
PORT ?= 8000

.PHONY: install prism spec update-spec generate check-generated check-api accept-api changelog release release-check lint typecheck pytest pytest-fast contract record cassette-diff check-cassettes check-recordings reliability bench test matrix check serve demo docs clean

install: $(INSTALLED)

# The distribution was called `vectorstores` before its first release (the name of an unrelated
# project on the index): a .venv made then still lists that name, whose link tree would shadow this
# one, so it is uninstalled first.
# Re-run only when the dependencies or the package's modules change; a no-op otherwise. The
# editable install is setuptools' strict mode: a tree of links to every module of both folders
# of `vectorstores`, on sys.path through a plain .pth line, so type checkers (mypy, pyright) see
# the package as Python does. It lists modules, so a regeneration (a new STAMP) re-links.
$(INSTALLED): pyproject.toml setup.py Makefile generated/vectorstores_raw/STAMP.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip uninstall --quiet --disable-pip-version-check --yes vectorstores 2>/dev/null || true
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --config-settings editable_mode=strict \
		-e '.[dev,emulator,cli,bench,aiohttp,docs]'
	touch $@

prism: $(PRISM)  ## Prism mock server for tests/contract (needs Node.js >= 18.20.1 and npm)

# npm ci installs exactly what package-lock.json pins; re-run only when it changes.
$(PRISM): tools/prism/package.json tools/prism/package-lock.json
	npm ci --prefix tools/prism --no-audit --no-fund --loglevel=error
	touch $@

# Also writes API-CHANGES.md: what changed since the previous openapi.yaml, breaking or not.
spec: $(INSTALLED)  ## upstream OpenAPI document -> openapi.yaml + API-CHANGES.md (make spec UPSTREAM=path)
	$(BIN)/python -m generator slice $(UPSTREAM)

# Fetch where upstream publishes (generator/update.py names it; UPSTREAM=URL-or-path reads another),
# then spec, generate, check-api, check-cassettes and pytest-fast; a change ends as a proposal in
# .update-spec/ (status, title.txt, body.md, logs/) for .github/workflows/update-spec.yml to open.
# SKIP="check-cassettes tests" leaves those checks out.
update-spec: $(INSTALLED)  ## fetch the published document, regenerate, check, write the proposed change
	$(BIN)/python -m generator update --make "$(MAKE)" $(if $(filter command line environment,$(origin UPSTREAM)),--from "$(UPSTREAM)") $(foreach stage,$(SKIP),--skip $(stage))

generate: $(INSTALLED)  ## openapi.yaml + patches + templates -> generated/vectorstores_raw
	$(BIN)/python -m generator generate

check-generated: $(INSTALLED)  ## fail if generated/ is not what `make generate` writes
	$(BIN)/python -m generator check

check-api: $(INSTALLED)  ## fail on a breaking change since generator/api-baseline.yaml not acknowledged
	$(BIN)/python -m generator check-api

accept-api: $(INSTALLED)  ## at a release: openapi.yaml becomes the baseline, acknowledgements emptied
	$(BIN)/python -m generator accept-api

# The change report decides the version (breaking: minor while 0.x, major from 1.0; an addition:
# minor; else patch); BUMP=minor or BUMP=major raises it for hand-written changes. Writes
# vectorstores/_version.py, files CHANGELOG's Unreleased section under it, accepts the baseline.
release: $(INSTALLED)  ## version from the API change report, CHANGELOG section dated, baseline accepted
	$(BIN)/python -m generator release $(if $(BUMP),--at-least $(BUMP))

# Builds the sdist and wheel from a clean copy of the tree, checks their metadata and contents,
# installs each on Python 3.10 and 3.13 and runs the quick start there (tools/release_check.py).
# DIST=dir keeps the two files; TAG=v1.2.3 also checks the tag (the release workflow sets both).
release-check: $(INSTALLED)  ## build, check, install and run what a release would publish
	$(BIN)/python tools/release_check.py $(if $(DIST),--dist $(DIST)) $(if $(TAG),--tag $(TAG))

# `make spec` does this too; after editing generator/api-acknowledged.yaml, run it for the notes.
changelog: $(INSTALLED)  ## rewrite CHANGELOG.md's Unreleased API section from the change report
	$(BIN)/python -m generator changelog

# The workflows cannot run here; their schema (shipped with check-jsonschema) is checked offline.
lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

# The shipped packages once more as Python 3.10 sees them (the oldest supported), so that nothing
# newer in its standard library slips in where the tests do not reach.
typecheck: $(INSTALLED)
	$(BIN)/mypy generated/vectorstores_raw overlays/vectorstores_raw generated/vectorstores overlays/vectorstores emulator/vectorstores_emulator generator examples benchmarks tests tools/stages.py tools/check_recordings.py tools/release_check.py noxfile.py docs
	$(BIN)/mypy --python-version 3.10 generated/vectorstores_raw overlays/vectorstores_raw generated/vectorstores overlays/vectorstores emulator/vectorstores_emulator

# The generator and the SDK against mocks: what `make check` and `make update-spec` run.
FAST_TESTS ?= tests/generator tests/overlays
pytest-fast: $(INSTALLED)
	$(BIN)/python -m pytest -q -m "not slow" $(FAST_TESTS)

# Prism is installed when npm is there; without Node the contract tests skip and say why.
pytest: $(INSTALLED) $(if $(shell command -v npm),$(PRISM))
	$(BIN)/python -m pytest -q -m "not slow"

# Every case for both SDKs, alternately, against local servers in other processes; writes
# BENCHMARKS.md and benchmarks/ratios.png. make test runs each case once, small.
bench: $(INSTALLED)  ## side by side with openai==3.51.0 (the bench extra)
	$(BIN)/python -m benchmarks --output BENCHMARKS.md --chart benchmarks/ratios.png

# The whole reliability suite, slow checks included; its table goes into RELIABILITY.md.
reliability: $(INSTALLED)  ## faults, bad input, secrets, load and soak against the emulator
	RELIABILITY_REPORT=RELIABILITY.md $(BIN)/python -m pytest -q tests/reliability

contract: $(INSTALLED) $(PRISM)  ## every SDK method against the Prism mock of the patched document
	$(BIN)/python -m pytest -q tests/contract

# Cassettes that do not exist yet are recorded against an emulator on a free loopback port (or,
# with LIVE=1, against OPENAI_BASE_URL with OPENAI_API_KEY); delete one to record it again.
# The scan for secrets runs after the recording, so that it sees the cassettes just written.
record: $(INSTALLED)  ## record missing cassettes under tests/cassettes/recorded
	VECTORSTORES_RECORD=1 $(BIN)/python -m pytest -q tests/cassettes --ignore=tests/cassettes/test_no_secrets.py
	$(BIN)/python -m pytest -q tests/cassettes/test_no_secrets.py

# Each cassette under tests/cassettes/recorded that differs from HEAD, summarised by request and field.
cassette-diff: $(INSTALLED)  ## what re-recording changed, by request and field (not raw YAML)
	@old=$$(mktemp); for path in $$( (git diff --name-only HEAD -- tests/cassettes/recorded; \
		git ls-files --others --exclude-standard tests/cassettes/recorded) | sort -u); do \
		git show HEAD:$$path > $$old 2>/dev/null || : > $$old; echo "== $$path"; \
		$(BIN)/python -m vectorstores.testing diff $$old $$path || true; done; rm -f $$old

# Every recorded interaction against the document the installed SDK was generated from (the
# patched generated/vectorstores_raw/openapi.json): after `make generate`, it names each stale one.
check-cassettes: $(INSTALLED)  ## recorded cassettes against the (patched) API description
	$(BIN)/python -m vectorstores.testing check tests/cassettes/recorded

# A cassette goes stale against the emulator when the emulator changes what it sends (a header,
# a field): every scenario is recorded again into a scratch folder (about 30 s) and must equal the
# committed cassette byte for byte, as re-recording with no change does. check-cassettes holds
# them to the document; this holds them to the emulator they were recorded against.
check-recordings: $(INSTALLED)  ## fail when a committed cassette differs from a fresh recording against the emulator
	$(BIN)/python tools/check_recordings.py

serve: $(INSTALLED)  ## run the emulator in the foreground: make serve PORT=8000 [ARGS="--data-dir .emulator"]
	$(BIN)/python -m vectorstores_emulator --host 127.0.0.1 --port $(PORT) --log-level info $(ARGS)

# The seed's workflow against the emulator on a free loopback port; LIVE=1 runs it against
# OPENAI_BASE_URL (default the real API) with OPENAI_API_KEY instead.
demo: $(INSTALLED)  ## upload, index, search, batch, paginate, ask with file_search, clean up
	$(BIN)/python -m examples.demo

# The documentation site, from the README, the guides under docs/, CONTRIBUTING.md, api.md and the
# code's docstrings (docs/conf.py says what is read). -W: a warning fails the build; -n: so does a
# cross-reference that resolves nowhere; -E: every page read afresh, as autodoc cannot tell which
# pages a code change touches. Nothing is fetched from the network.
DOCS_OUT ?= site
docs: $(INSTALLED)  ## the documentation site into site/ (open site/index.html)
	@$(BIN)/python -c 'import sphinx, myst_parser, furo' 2>/dev/null || { echo "make docs: Sphinx 9 (the docs extra) needs Python >= 3.11; .venv has $$($(BIN)/python -V)"; exit 1; }
	$(BIN)/python -m sphinx -b html -E -W --keep-going -n -q -j auto -c docs -d build/docs-doctrees . $(DOCS_OUT)

# Every stage runs even when one fails, then a summary names the failed ones (tools/stages.py).
TEST_STAGES := lint typecheck check-generated check-api check-cassettes check-recordings docs pytest release-check
test: $(INSTALLED)  ## everything CI checks: lint typecheck check-generated check-api check-cassettes check-recordings docs pytest release-check
	$(BIN)/python tools/stages.py "$(MAKE)" $(TEST_STAGES)

# The fast suite on Python 3.10, 3.11, 3.12 and 3.13: one nox session each (noxfile.py), with a
# virtualenv under .nox/ kept between runs; a version not installed is named and skipped. Two
# sessions run at once (half of a session's time is spent waiting on sockets and subprocesses),
# each one's output shown whole when it ends; -k lets every version report. .ci/run runs this
# after test with MATRIX_SKIP set to .venv's version, which make test has just run the whole
# suite on (a superset of the fast one).
MATRIX := 3.10 3.11 3.12 3.13  # noxfile.py's PYTHONS
MATRIX_SKIP ?=
MATRIX_JOBS ?= 2
.PHONY: $(MATRIX:%=matrix-%)

matrix: $(INSTALLED)  ## the fast suite on every supported Python, with nox (make matrix-3.12: one)
	$(MAKE) --no-print-directory -k -j$(MATRIX_JOBS) --output-sync=target $(patsubst %,matrix-%,$(filter-out $(MATRIX_SKIP),$(MATRIX)))

$(MATRIX:%=matrix-%): matrix-%: $(INSTALLED)
	$(BIN)/nox --session tests-$*

check: $(INSTALLED)  ## the quick loop (under 2 minutes): lint, types, API check, generator and overlay tests
	$(BIN)/python tools/stages.py "$(MAKE)" lint typecheck check-api pytest-fast

clean:
	rm -rf $(VENV) build site .nox .mypy_cache .pytest_cache .ruff_cache tools/prism/node_modules
