# The two commands of the README: `make run` and `make test`. Everything else they need
# (the virtual environment, Debian packages, compiled translations) is made here.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
# deduce builds its lookup tables (Dutch names, streets, places: its own package data,
# no personal data) on first use, which takes minutes; do it at install, not in the app.
DEDUCE_CACHE = $(BIN)/python -c "from deduce import Deduce; Deduce()" 2>/dev/null

.PHONY: run test lint bench system-deps clean bundle bundle-test manual screenshots

run: $(VENV)/.installed-run $(QM)
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && command -v xvfb-run >/dev/null; then \
	  echo "Geen beeldscherm gevonden: EMP Desktop start op een virtueel scherm (Xvfb)."; \
	  xvfb-run -a $(BIN)/emp-desktop $(ARGS); \
	else $(BIN)/emp-desktop $(ARGS); fi

test: $(VENV)/.installed-test $(QM)
	$(BIN)/ruff check src tests migrations bench
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests migrations bench
	$(BIN)/lint-imports

bench: $(VENV)/.installed-test
	$(BIN)/python bench/bench_unlock.py
	$(BIN)/python bench/bench_startup.py
	$(BIN)/python bench/bench_storage.py
	$(BIN)/python bench/bench_registry.py
	$(BIN)/python bench/bench_gui.py
	$(BIN)/python bench/bench_exports.py
	$(BIN)/python bench/bench_reports.py
	$(BIN)/python bench/bench_disclosure.py
	$(BIN)/python bench/bench_release_family.py
	$(BIN)/python bench/bench_safekeeping.py
	$(BIN)/python bench/bench_freetext.py

system-deps:
	@bash tools/system-deps.sh

# The PyInstaller one-folder bundle dist/emp-desktop/ (emp-desktop + emp-cli). Several
# minutes of CPU: not part of `make test`; `make bundle-test` builds it and runs the
# bundle's own --self-test in a clean environment, with the figures of bench_bundle.
$(VENV)/.installed-bundle: pyproject.toml | $(VENV)/.installed-test
	$(BIN)/python -m pip install -q -e ".[test,bundle]"
	touch $@

manual: $(VENV)/.installed-bundle
	$(BIN)/python tools/build_manual.py

screenshots: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/make_screenshots.py

bundle: $(VENV)/.installed-bundle $(QM) manual
	rm -rf build/emp-desktop dist/emp-desktop
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	@du -sh dist/emp-desktop

bundle-test: bundle
	$(BIN)/python bench/bench_bundle.py dist/emp-desktop

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(VENV)/bin/python system-deps
	$(BIN)/python -m pip install -q -e .
	$(DEDUCE_CACHE)
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python system-deps
	$(BIN)/python -m pip install -q -e ".[test]"
	$(DEDUCE_CACHE)
	touch $@ $(VENV)/.installed-run

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed-run
	$(BIN)/pyside6-lrelease -silent $< -qm $@

clean:
	rm -rf $(VENV) dist build resources/translations/*.qm docs/handleiding/handleiding.pdf
