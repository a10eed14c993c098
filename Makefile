# Hirfa — the two commands a new machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench clean translations update-translations system-tools \
	display-libraries server
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

run: $(STAMP) translations display-libraries
	$(BIN)/hirfa

# The central server on an embedded SQLite store in $(SERVER_DATA); the first start
# creates it, asking for the first administrator (README: the PostgreSQL form).
SERVER_DATA ?= server-data
SERVER_PORT ?= 8765
server: $(STAMP)
	$(BIN)/hirfa-server --data-dir $(SERVER_DATA) serve --init-if-missing \
	  --host 127.0.0.1 --port $(SERVER_PORT)

# .ts files are the sources; .qm files are built here (and, if missing, by the program).
translations: $(QM)

desktop_app/i18n/%.qm: desktop_app/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Collect new source strings into the .ts files after changing the interface.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find desktop_app -name '*.py' | sort) -ts $(TS)

test: $(TEST_STAMP) translations system-tools
	$(BIN)/python -m pytest -q -n auto

# Installs the Debian packages listed in $$missing, if any (as root, or with sudo -n).
APT_INSTALL = if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo -n"; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing >/dev/null \
	    || { echo "install$$missing (Debian/Ubuntu: apt-get install$$missing)"; exit 1; }; \
	fi

# The tests read printed documents back like an outsider would: pdftoppm renders the
# pages, zbarimg decodes the QR codes. Installed from Debian's packages when missing.
SYSTEM_TOOLS := pdftoppm:poppler-utils zbarimg:zbar-tools
system-tools:
	@missing=""; for pair in $(SYSTEM_TOOLS); do \
	  command -v $${pair%%:*} >/dev/null || missing="$$missing $${pair##*:}"; done; \
	$(APT_INSTALL)

# Qt's X11 plugin needs a few libraries on Linux; the program names the missing ones
# (desktop_app/ui/display_check.py) and they are installed here.
display-libraries: $(STAMP)
	@command -v apt-get >/dev/null || exit 0; \
	missing=$$($(BIN)/python -c "from desktop_app.ui.display_check import \
	  missing_display_packages as m; print(*m())"); missing=$${missing:+ $$missing}; \
	$(APT_INSTALL)

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy registry desktop_app central_server tests bench

bench: $(TEST_STAMP)
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
