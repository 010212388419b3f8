# eoparse — two commands: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP_BASE := $(VENV)/.installed-base
STAMP_DEV  := $(VENV)/.installed-dev

.PHONY: demo test lint typecheck pytest docs bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_BASE): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@ $(STAMP_BASE)

## demo: create .venv, install eoparse, parse a bundled sample, print its outline
demo: $(STAMP_BASE)
	$(BIN)/eoparse demo

## test: create .venv if needed, install with test and dev extras, run ruff, mypy, pytest
test: $(STAMP_DEV) lint typecheck pytest

lint: $(STAMP_DEV)
	$(BIN)/ruff check eoparse tests benchmarks
	$(BIN)/ruff format --check eoparse tests benchmarks

typecheck: $(STAMP_DEV)
	$(BIN)/mypy

pytest: $(STAMP_DEV)
	$(BIN)/pytest -q

## docs: build the documentation site strictly into build/site (mkdocs.yml). `make test`
## builds it too (tests/test_docs_build.py) and executes docs/tutorial.ipynb (tests/test_tutorial.py).
docs: $(STAMP_DEV)
	$(BIN)/mkdocs build --strict

## bench: run the benchmarks (not part of the tests)
bench: $(STAMP_DEV)
	$(BIN)/python benchmarks/bench_text_corpus.py
	$(BIN)/python benchmarks/bench_pdf.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
