# CCHC Portal — one entry point. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	$(PIP) check
	touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned requirements

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

node: node_modules/.installed ## Install the test-only npm tools (axe-core, vnu-jar)

system: ## Install system packages the tests need (Debian chromium, fonts, LibreOffice Writer, pg_dump); needs root
	@if [ ! -x $(CHROMIUM) ] || ! command -v soffice >/dev/null || ! command -v pg_dump >/dev/null; then \
	  if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core libreoffice-writer-nogui postgresql-client >/dev/null; \
	  else echo "Install Debian's chromium, libreoffice-writer-nogui and postgresql-client (sudo apt-get install …) for the tests." >&2; exit 1; fi; \
	fi

messages: install ## Compile the gettext catalogues
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

migrate: install messages ## Apply migrations
	$(MANAGE) migrate --noinput -v 0

demo: migrate ## Set up the site and load the demo content (idempotent)
	$(MANAGE) setup_site
	$(MANAGE) load_demo

run: demo ## Set everything up and serve the demo site at http://127.0.0.1:8000/
	$(MANAGE) runserver $(HOST):$(PORT)

test: install messages node system ## Run the whole suite (SQLite; set DATABASE_URL for PostgreSQL)
	$(VENV)/bin/pytest -p no:cacheprovider

guide: install messages node system ## Refresh the user guide's screenshots (docs/guide/) from the browser test
	UPDATE_GUIDE=1 $(VENV)/bin/pytest -p no:cacheprovider tests/test_workflow_browser.py

lint: install ## ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

makemessages: install ## Extract translatable strings into locale/*/django.po
	$(MANAGE) makemessages -l vi -l en --ignore=.venv --ignore=node_modules --ignore=bench --ignore=tests --ignore=docs --no-obsolete

bench: install messages ## Build thousands of pages, measure latency, throughput, queries per page; then the soak (SOAK=0 skips it)
	$(PY) bench/run.py $(BENCH_ARGS)
	@if [ "$(SOAK)" != "0" ]; then $(PY) bench/soak.py $(SOAK_ARGS); fi

soak: install messages ## 5 min at 50 connections on gunicorn + PostgreSQL + Redis: trivial, cached, uncached
	$(PY) bench/soak.py $(SOAK_ARGS)

backup: install ## Back up the database and media into one archive (BACKUP_ARGS="--output DIR/ --keep N")
	$(MANAGE) backup $(BACKUP_ARGS)

clean: ## Remove the local database, media and caches (keeps .venv)
	rm -rf db.sqlite3* static .pytest_cache
	find media -mindepth 1 ! -name .gitkeep -delete

.PHONY: help install node system messages migrate demo run test guide lint makemessages bench soak backup clean
