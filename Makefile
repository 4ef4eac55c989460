# The two commands of the README: `make run` and `make test`. Everything else they need
# (the virtual environment, Debian packages, compiled translations) is made here.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench system-deps clean

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

system-deps:
	@bash tools/system-deps.sh

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(VENV)/bin/python system-deps
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python system-deps
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed-run

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed-run
	$(BIN)/pyside6-lrelease -silent $< -qm $@

clean:
	rm -rf $(VENV) dist build resources/translations/*.qm
