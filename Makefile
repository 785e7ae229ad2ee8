# Everything starts from a fresh clone with only Python 3.11+ and make (and, for the brief's browser test,
# Debian's chromium, which `make setup` installs with apt-get when it is missing and it runs as root):
#   make demo   set up, then run one pass over the bundled sample feeds (DuckDB file under ./data/)
#   make test   set up, then run the whole test suite (what .ci/run runs)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: setup browser demo test test-fast bench quality train lint clean

$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "vzmon needs Python 3.11 or newer (found " + sys.version.split()[0] + "); run: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip
	@# -qq: errors only (setuptools warns ~10 lines on every editable install; the package build is clean)
	$(BIN)/python -m pip install -qq -e '.[dev]'
	@touch $@

setup: $(BIN)/.installed browser

# The brief's test renders the page in a real browser: Debian's chromium, installed here when missing and
# we are root (as in CI); otherwise say how to get it (that test then fails under CI=true, skips elsewhere).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian's chromium (headless browser for the brief's test; ~1 min)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "note: no chromium on PATH: run 'sudo apt-get install chromium' for the brief's browser test"; \
	fi

demo: setup
	$(BIN)/vzmon demo

# Two pytest workers (pytest-xdist): CI has 2 cores, and most of the suite waits on servers and subprocesses.
# Each worker starts its own temporary Prefect API; every test binds port 0 and writes under its tmp_path.
test: setup
	$(BIN)/python -m pytest -q -n 2

test-fast: setup
	$(BIN)/python -m pytest -q -n 2 -m "not slow"

bench: setup
	$(BIN)/python bench/run.py
	$(BIN)/python bench/time_to_alert.py
	$(BIN)/python bench/quality.py

# Rebuild the analysis models from ../shared/eval (deterministic; about 2 minutes on 2 cores).
train: setup
	$(BIN)/python -m tasks.analysis.train

# Scores on the develop and set-aside sides of the labelled data, PolNeAR dev, PolNeAR train relevance.
quality: setup
	$(BIN)/python bench/quality.py

lint: setup
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) data/demo.* build *.egg-info
