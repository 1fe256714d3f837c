# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SAMPLE := build/sample.jmap

.PHONY: run test crash-test capture-demo lint format bench bench-library profile clean check-python constraints dist translations

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null || { \
	  echo "jmdesigner needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1 || echo missing)."; \
	  echo "On Debian/Ubuntu: sudo apt-get install -y python3.11 python3.11-venv, then: make PYTHON=python3.11 $(MAKECMDGOALS)"; \
	  exit 1; }

$(VENV)/.created: | check-python
	@$(PYTHON) -m venv $(VENV) >/dev/null 2>&1 || { \
	  rm -rf $(VENV); \
	  v=$$($(PYTHON) -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")'); \
	  echo "Could not create a virtual environment: Python's venv module (with ensurepip) is missing."; \
	  echo "Install it with: sudo apt-get install -y python3-venv python$$v-venv"; \
	  exit 1; }
	@$(PY) -m pip install --quiet --upgrade pip
	@touch $@

# Installs take the tested versions in constraints.txt; `make constraints` updates them on purpose.
CONSTRAINTS := constraints.txt

$(VENV)/.installed: pyproject.toml $(CONSTRAINTS) $(VENV)/.created
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(CONSTRAINTS) $(VENV)/.created
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e '.[test]'
	@touch $@ $(VENV)/.installed

$(VENV)/.installed-dist: pyproject.toml $(CONSTRAINTS) $(VENV)/.installed-test
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e '.[test,dist]'
	@touch $@

# New tested versions: a scratch venv with the newest releases pyproject.toml allows, frozen.
constraints: | check-python
	rm -rf build/constraints-venv
	$(PYTHON) -m venv build/constraints-venv
	build/constraints-venv/bin/python -m pip install --quiet --upgrade pip
	build/constraints-venv/bin/python -m pip install --quiet -e '.[test,dist]'
	{ sed -n '1,/^# Python/p' $(CONSTRAINTS); build/constraints-venv/bin/python -m pip freeze --exclude-editable; } > $(CONSTRAINTS).new
	mv $(CONSTRAINTS).new $(CONSTRAINTS)
	@echo "constraints.txt updated: run make test before committing it."

$(SAMPLE): resources/samples/sample-map.json | $(VENV)/.installed
	@mkdir -p build
	@rm -f $@
	$(VENV)/bin/jmdesigner import $@ resources/samples/sample-map.json

run: $(VENV)/.installed $(SAMPLE)
	@$(PY) -m jmdesigner.ui.qt_preflight
	$(VENV)/bin/jmdesigner $(SAMPLE)

# The suite on every core (at most 4), then the tests marked `screen` (a real X server, a browser,
# the accessibility bus) one at a time in one process (tests/conftest.py says why). Exit status 5
# is "no test collected": a PYTEST_ARGS that selects only one of the two parts.
# `make test PYTEST_WORKERS=` runs the first part in one process too.
PYTEST_WORKERS ?= -n auto --maxprocesses 4 --dist loadgroup

test: $(VENV)/.installed-test
	@QT_QPA_PLATFORM=offscreen $(PY) -m jmdesigner.ui.qt_preflight --platform offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_WORKERS) -m "not screen" $(PYTEST_ARGS) || [ $$? = 5 ]
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m screen $(PYTEST_ARGS) || [ $$? = 5 ]

# The translation catalogues (docs/translations.md): new and changed strings into each
# resources/translations/*.ts (translate them with pyside6-linguist or an editor), then the .qm files
# the app loads. Both are committed, so pip install, make run and make dist need no build step.
translations: $(VENV)/.installed
	$(PY) -m jmdesigner.catalogue
	for ts in resources/translations/jmdesigner_*.ts; do \
	  $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; done

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run $(BENCH_ARGS)

# The team library on PostgreSQL (a throwaway server from the installed binaries, or URL=postgresql://…)
bench-library: $(VENV)/.installed-test
	$(PY) -m bench.library $(if $(URL),--url $(URL)) $(BENCH_ARGS)

# One benchmark scenario under pyinstrument: make profile SCENARIO=edit CARDS=2000
SCENARIO ?= edit
CARDS ?= 2000
profile: $(VENV)/.installed-test
	$(PY) -m pip install --quiet -e '.[test,bench]'
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.profile $(SCENARIO) --cards $(CARDS)

# The full crash test: 100 SIGKILLs at random moments during edits (the suite runs 10), 33 inside a
# migration's transaction and 33 during a spreadsheet import into a big map (the suite: 3 each),
# then the stateful test at length.
crash-test: $(VENV)/.installed-test
	JMDESIGNER_KILLS=100 $(PY) -m pytest -q -s tests/safety/test_crash_kills.py tests/safety/test_crash_operations.py
	JMDESIGNER_STATEFUL_EXAMPLES=200 $(PY) -m pytest -q tests/storage/test_stateful.py

# 30 cards typed with xdotool into the real window (on your display if DISPLAY is set, so you can
# watch; else on a private Xvfb). Needs xvfb openbox xdotool; checks every text arrived exactly.
capture-demo: $(VENV)/.installed-test
	$(PY) -m tests.x11.capture_demo $(DEMO_ARGS)

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check jmdesigner tests bench
	$(VENV)/bin/ruff format --check jmdesigner tests bench
	$(VENV)/bin/lint-imports

format: $(VENV)/.installed-test
	$(VENV)/bin/ruff check --fix jmdesigner tests bench
	$(VENV)/bin/ruff format jmdesigner tests bench

# The one-folder Linux app (PyInstaller): build/dist/jmdesigner/, then a check that it starts,
# prints its version and screenshots the sample map (tests/dist, skipped by make test).
dist: $(VENV)/.installed-dist $(SAMPLE)
	rm -rf build/dist/jmdesigner
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/pyinstaller packaging/jmdesigner.spec
	JMDESIGNER_DIST=build/dist/jmdesigner QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow tests/dist
	tar -C build/dist -czf build/jmdesigner-$$($(PY) -c 'import jmdesigner; print(jmdesigner.__version__)')-linux-x86_64.tar.gz jmdesigner
	@echo "Built build/dist/jmdesigner/ (run build/dist/jmdesigner/jmdesigner, add it to the menu with --install-desktop)"

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis
