# Hirfa — the two commands a new machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench clean translations update-translations
TS := $(wildcard desktop_app/i18n/*.ts)
QM := $(TS:.ts=.qm)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP)

run: $(STAMP) translations
	$(BIN)/hirfa

# .ts files are the sources; .qm files are built here (and, if missing, by the program).
translations: $(QM)

desktop_app/i18n/%.qm: desktop_app/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Collect new source strings into the .ts files after changing the interface.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find desktop_app -name '*.py' | sort) -ts $(TS)

test: $(TEST_STAMP) translations
	$(BIN)/python -m pytest -q -n auto

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy registry desktop_app tests bench

bench: $(TEST_STAMP)
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
