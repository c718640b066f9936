# Every target creates .venv itself with the stock venv module.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint run bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' 2>/dev/null || { \
	  echo "Review Assistant needs Python 3.11 to 3.13; '$(PYTHON)' is: $$($(PYTHON) --version 2>&1)."; \
	  echo "Install one (Debian/Ubuntu: apt install python3.11 python3.11-venv; or pyenv install 3.13),"; \
	  echo "then run: make PYTHON=python3.11 $(MAKECMDGOALS)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/review-assistant demo

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-logo
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-logo

run: $(STAMP)
	$(BIN)/review-assistant run

bench: $(STAMP)
	$(BIN)/python benchmarks/guard_bench.py
	$(BIN)/python benchmarks/sync_bench.py
	$(BIN)/python benchmarks/draft_bench.py
	$(BIN)/python benchmarks/ack_bench.py
	$(BIN)/python benchmarks/office_bench.py
	$(BIN)/python benchmarks/fault_bench.py
	$(BIN)/python benchmarks/google_bench.py

clean:
	rm -rf $(VENV) demo-output .pytest_cache .import_linter_cache
