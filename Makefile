# Two commands a new user needs: `make run` builds the sample letters, `make test` runs the tests.
# `make lint` runs ruff and mypy over kg/ (their settings are in pyproject.toml).
# `make bench` prints the benchmark table (BENCHMARKS.md).
# Each creates its own virtual environment in .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

run: $(BIN)/kg
	$(BIN)/kg build examples/letters -o out/letters.trig
	$(BIN)/kg query letters -g out/letters.trig

test: $(BIN)/kg
	$(BIN)/python -m pytest -q -n auto

lint: $(BIN)/kg
	$(BIN)/ruff check kg
	$(BIN)/mypy kg

bench: $(BIN)/kg
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf out .pytest_cache tests/artifacts
