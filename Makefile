# The two commands a newcomer needs: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
DEV := DJANGO_SETTINGS_MODULE=vvg_site.settings.dev
TEST := DJANGO_SETTINGS_MODULE=vvg_site.settings.test

# backup/restore use the dev settings unless told otherwise, e.g. SETTINGS=vvg_site.settings.production
SETTINGS ?= vvg_site.settings.dev

.PHONY: install install-prod run test test-browser screenshots lint format check backup restore bench bench-publish

# Reinstalled only when the dependency lists change.
$(BIN)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable '.[dev]'
	touch $@

# The browser tests' pinned checkers (axe-core, vnu-jar) and the partner map's source geometry
# (world-atlas), reinstalled when the lock file changes.
# Without npm the browser tests skip (or fail in CI) and say why.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund && touch $@; \
	else echo "npm not found: the browser tests (tests/browser/) cannot run"; fi

# The message catalogues, compiled again whenever a .po file changes (needs GNU gettext's msgfmt).
locale/.compiled: $(BIN)/.installed $(shell find locale -name '*.po')
	$(DEV) $(BIN)/python manage.py compilemessages --ignore=.venv --ignore=node_modules -v0
	touch $@

install: $(BIN)/.installed node_modules/.installed locale/.compiled

# A server: the pinned runtime dependencies only (no test or lint tools, no npm packages), and
# the compiled message catalogues.
install-prod:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --constraint constraints.txt .
	DJANGO_SETTINGS_MODULE=vvg_site.settings.base $(BIN)/python manage.py compilemessages \
		--ignore=.venv --ignore=node_modules -v0

# The address it serves is the site's public address (canonical links, sitemap, feeds).
run: install
	$(DEV) PUBLIC_BASE_URL=http://$(HOST):$(PORT) $(BIN)/python manage.py migrate --noinput
	$(DEV) $(BIN)/python manage.py load_initial_data
	$(DEV) $(BIN)/python manage.py ensure_local_admin
	@echo "Site: http://$(HOST):$(PORT)/   admin: http://$(HOST):$(PORT)/admin/"
	$(DEV) PUBLIC_BASE_URL=http://$(HOST):$(PORT) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(TEST) $(BIN)/pytest $(PYTEST_ARGS)

# Only the browser tests (Chromium, axe-core, the Nu HTML Checker).
test-browser: install
	$(TEST) $(BIN)/pytest tests/browser $(PYTEST_ARGS)

# Every public page type at 360, 768 and 1280 px in both languages, and the admin's dashboard and
# agreement form, on the initial content: screenshots/<width>/<page type>.png, for a person to
# look at after a change to a template or the CSS (tests/browser/screenshots.py).
screenshots: install
	$(BIN)/python -m tests.browser.screenshots $(SCREENSHOTS_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

backup: install
	DJANGO_SETTINGS_MODULE=$(SETTINGS) $(BIN)/python manage.py backup

restore: install
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/vvg-backup-....tar.gz [FORCE=1]"; exit 2; }
	DJANGO_SETTINGS_MODULE=$(SETTINGS) $(BIN)/python manage.py restore "$(FILE)" $(if $(FORCE),--force)

# Load test on loopback under the production settings (bench/README section in README.md).
bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Editors publishing while visitors read: zero read errors, no lost revisions.
bench-publish: install
	$(BIN)/python bench/publish_while_reading.py
