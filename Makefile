# analysis: make targets. `make` or `make help` lists them.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

export PYTHONHASHSEED := 0
export MPLBACKEND := Agg
export TZ := UTC
export PIP_DISABLE_PIP_VERSION_CHECK := 1

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

CORPUS ?= seeds
CID := $(notdir $(abspath $(CORPUS)))
OUT ?= $(if $(filter seeds,$(CID)),figures,build/$(CID)/figures)
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))
EXECUTED := $(patsubst notebooks/%.ipynb,build/$(CID)/%.ipynb,$(NOTEBOOKS))
SRC := $(wildcard analysis/*.py analysis/*/*.py analysis/data/*)

## List the targets
.PHONY: help
help:
	@awk '/^## /{doc=substr($$0,4); next} /^\.PHONY: /{if (doc) printf "  make %-10s %s\n", $$2, doc; doc=""}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,notebooks]'
	$(BIN)/python -m ipykernel install --sys-prefix --name analysis --display-name "Python (analysis)" >/dev/null
	@touch $@

## Create .venv and install the package with test and notebook extras
.PHONY: install
install: $(STAMP)

## Run the test suite (ruff, layer contracts, nbstripout --verify, pytest incl. doctests)
.PHONY: test
test: $(STAMP)
	$(BIN)/ruff check analysis tests benchmarks
	$(BIN)/nbstripout --verify $(NOTEBOOKS)
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest

## Regenerate every figure (CORPUS=dir OUT=dir for another corpus)
.PHONY: figures
figures: $(EXECUTED)
	$(BIN)/python -m analysis figures-index $(OUT)

build/$(CID)/%.ipynb: notebooks/%.ipynb $(SRC) $(wildcard $(CORPUS)/*.txt) $(STAMP)
	@mkdir -p $(@D) $(OUT)
	$(BIN)/papermill --cwd notebooks -k analysis --log-level WARNING \
		-p corpus_dir $(abspath $(CORPUS)) -p figures_dir $(abspath $(OUT)) \
		$< $(@D)/tmp-$(@F)
	@mv $(@D)/tmp-$(@F) $@

## Write every table (Parquet + CSV) of CORPUS into build/<corpus>/tables
.PHONY: tables
tables: $(STAMP)
	$(BIN)/python -m analysis run $(CORPUS) --out build/$(CID)/tables

## Start JupyterLab on the project's environment (kernel "Python (analysis)")
.PHONY: lab
lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks

## Render the executed notebooks to HTML in build/<corpus>/html
.PHONY: html
html: $(EXECUTED)
	$(BIN)/jupyter nbconvert --to html --output-dir build/$(CID)/html $(EXECUTED)

## Check style (ruff)
.PHONY: lint
lint: $(STAMP)
	$(BIN)/ruff check analysis tests benchmarks

## Run the benchmarks (not part of the tests; needs the bench extra)
.PHONY: bench
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[bench]'
	$(BIN)/python benchmarks/bench_pipeline.py --mb 100 --big-mb 1000
	$(BIN)/python benchmarks/bench_terms.py
	$(BIN)/python benchmarks/bench_mentions.py --quantulum
	$(BIN)/python benchmarks/bench_topics.py

## Remove build/ (executed notebooks, tables)
.PHONY: clean
clean:
	rm -rf build .pytest_cache

## Remove build/ and the virtual environment
.PHONY: distclean
distclean: clean
	rm -rf $(VENV)
