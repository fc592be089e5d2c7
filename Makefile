# Two commands set everything up on a fresh machine: `make run` (the app's own dependencies)
# and `make test` (those plus the test and benchmark tools).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# the test and benchmark tools on top (pytest, mypy, ruff, proselint …): `make test`, not `make run`
DEV_STAMP := $(VENV)/.installed-dev
# Set-up is quiet: pip's and setuptools' output (the "editable installation" banner among it)
# goes to a log that is shown only when a step fails.
SETUP_LOG := $(VENV)/setup.log
quietly = { $(1); } >>$(SETUP_LOG) 2>&1 || { cat $(SETUP_LOG); echo "set-up failed (log: $(SETUP_LOG))"; exit 1; }
comma   := ,
PIP     := $(PY) -m pip install -q --disable-pip-version-check
I18N   := resources/i18n
LANGS  := ru zh_CN
TS     := $(foreach l,$(LANGS),$(I18N)/ozon_assistant_$(l).ts)
QM     := $(patsubst %.ts,%.qm,$(wildcard $(I18N)/*.ts))
UI_PY   = $(wildcard ozon_assistant/ui/*.py ozon_assistant/ui/*/*.py)

.PHONY: run test lint bench dist wheel i18n lupdate clean venv languagetool

# The app and its runtime dependencies only: what `make run` needs.
$(STAMP): pyproject.toml setup.py
	@echo "Setting up $(VENV) (the app's dependencies; the first time takes a few minutes)…"
	@$(PYTHON) -m venv $(VENV)
	@: >$(SETUP_LOG)
	@$(call quietly,$(PIP) --upgrade pip)
	@$(call quietly,$(PIP) -e .)
	@touch $(STAMP)

# The same plus the test and benchmark extras: what `make test`, `make lint` and `make bench` need.
$(DEV_STAMP): $(STAMP)
	@echo "Adding the test and benchmark tools to $(VENV)…"
	@$(call quietly,$(PIP) -e '.[test$(comma)bench]')
	@touch $(DEV_STAMP)

venv: $(STAMP)

# Translations: .ts sources are committed; .qm files are built here, never committed.
$(I18N)/%.qm: $(I18N)/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

# Re-extract the UI strings into the .ts files (run after changing UI text, then translate).
# English has a plural-only file: "%n error(s)" becomes "1 error" / "3 errors".
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -source-language en $(UI_PY) -ts $(TS)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly -source-language en -target-language en $(UI_PY) -ts $(I18N)/ozon_assistant_en.ts

run: $(STAMP) i18n
	$(VENV)/bin/ozon-assistant $(ARGS)

# Coverage of the whole package is reported; the checker, mail and storage packages are held to
# COV_FLOOR percent of their lines (the README's "For developers" says how it was chosen). The floor
# is checked only on a full run: `make test PYTEST_ARGS=tests/checker` reports without failing.
COV_FLOOR   ?= 85
COV_FLOORED := ozon_assistant/checker/*,ozon_assistant/mail/*,ozon_assistant/storage/*

test: $(DEV_STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --cov --cov-report= $(PYTEST_ARGS)
	$(PY) -m coverage report --skip-covered --sort=cover
	@$(if $(PYTEST_ARGS),true,total=$$($(PY) -m coverage report --include='$(COV_FLOORED)' --format=total) \
	  && echo "checker + mail + storage: $$total % of lines covered (floor $(COV_FLOOR) %)" \
	  && { [ "$$total" -ge $(COV_FLOOR) ] || { echo "coverage below the floor"; exit 1; }; })

lint: $(DEV_STAMP)
	$(VENV)/bin/ruff check ozon_assistant tests benchmarks
	$(VENV)/bin/mypy

bench: $(DEV_STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

# LanguageTool for the "local" mode and its real tests: the release pinned in
# packaging/languagetool/pom.xml, fetched from Maven Central into .languagetool/ (ignored by git),
# started once to check it. Needs Java 17+ and Maven; not part of `make run` or `make test`.
languagetool: $(STAMP)
	$(PY) -m ozon_assistant.languagetool.install

# A one-folder PyInstaller bundle at dist/ozon-assistant/ and a tarball of it (Linux).
dist: $(STAMP) i18n
	$(PY) -m pip install -q pyinstaller
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/ozon-assistant.spec
	$(PY) packaging/after_dist.py

# wheel + sdist (pip install dist/*.whl gives the same `ozon-assistant` command)
wheel: $(STAMP) i18n
	$(PY) -m pip install -q build
	$(PY) -m build --outdir dist/python .

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .coverage $(QM)
