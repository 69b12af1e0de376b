# Everything a fresh machine with python3 needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Twice quiet: pip says nothing unless something fails, and then its errors show.
PIP := $(BIN)/python -m pip --quiet --quiet --disable-pip-version-check
# One stamp per extra, so `make run` installs only what running needs and a later
# `make test` still adds the test tools.
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
BENCH_STAMP := $(VENV)/.installed-bench

.PHONY: run test lint bench install db-upgrade clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	@echo "make: installing kabar into $(VENV) (quiet; a minute on a fresh machine)"
	$(PIP) install -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	@echo "make: installing kabar and its test tools into $(VENV)"
	$(PIP) install -e '.[test]'
	@touch $@

$(BENCH_STAMP): pyproject.toml | $(BIN)/python
	@echo "make: installing kabar and its benchmark tools into $(VENV)"
	$(PIP) install -e '.[bench]'
	@touch $@

install: $(RUN_STAMP)

run: $(RUN_STAMP)
	$(BIN)/kabar db upgrade
	$(BIN)/kabar ingest seeds/
	$(BIN)/kabar run

test: $(TEST_STAMP)
	$(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(BENCH_STAMP)
	$(BIN)/python -m bench

db-upgrade: $(RUN_STAMP)
	$(BIN)/kabar db upgrade

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
