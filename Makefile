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

# --- where a run reads and writes ------------------------------------------------------------
# The build folder is keyed by the corpus' absolute path: its last name (readable) and a
# short hash of the whole path (two folders called .../txt never share executed notebooks).
hash8 = $(shell printf '%s' '$(1)' | { sha256sum 2>/dev/null || shasum -a 256; } | cut -c1-8)
CORPUS ?= seeds
CORPUS_ABS := $(abspath $(CORPUS))
CORPUS_KEY := $(or $(notdir $(CORPUS_ABS)),root)-$(call hash8,$(CORPUS_ABS))
BUILD := build/$(CORPUS_KEY)
# the seeds write the committed figures/; any other corpus writes into its build folder
OUT ?= $(if $(filter $(CURDIR)/seeds,$(CORPUS_ABS)),figures,$(BUILD)/figures)
OUT_ABS := $(abspath $(OUT))
# OUT as written in commands: relative inside the project, absolute elsewhere
OUT_DIR := $(patsubst $(CURDIR)/%,%,$(OUT_ABS))

NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))
EXECUTED := $(patsubst notebooks/%.ipynb,$(BUILD)/%.ipynb,$(NOTEBOOKS))
HTML := $(patsubst notebooks/%.ipynb,$(BUILD)/html/%.html,$(NOTEBOOKS))
SRC := $(wildcard analysis/*.py analysis/*/*.py analysis/*/*/*.py analysis/data/*)
# Stamps, each rewritten only when its content changes: the corpus' files with sizes and
# dates; the absolute OUT this corpus writes to; and, per OUT, the corpus that wrote it
# last (so a corpus whose figures another run has overwritten in the same OUT reruns).
CORPUS_STAMP := $(BUILD)/corpus.stamp
OUT_STAMP := $(BUILD)/out.stamp
OWNER_STAMP := build/out-$(call hash8,$(OUT_ABS)).stamp
FIGURES_INDEX := $(OUT_DIR)/README.md

# A missing corpus stops make before anything runs, in one line.
ifneq ($(filter figures html tables,$(MAKECMDGOALS)),)
  ifeq ($(strip $(CORPUS)),)
    $(error CORPUS is empty: give a folder of .txt files)
  endif
  ifneq ($(words $(CORPUS) $(OUT)),2)
    $(error CORPUS and OUT must be single paths without spaces)
  endif
  ifeq ($(wildcard $(CORPUS_ABS)),)
    $(error CORPUS $(CORPUS): no such folder)
  endif
endif
ifneq ($(filter figures html,$(MAKECMDGOALS)),)
  # Refresh the stamps now, before make compares dates (so `make -n` is accurate too);
  # each is rewritten only when its content changed.
  _ := $(shell $(PYTHON) scripts/stamp.py $(CORPUS_STAMP) --corpus $(CORPUS_ABS) >&2 && \
               $(PYTHON) scripts/stamp.py $(OUT_STAMP) --text $(OUT_ABS) >&2 && \
               $(PYTHON) scripts/stamp.py $(OWNER_STAMP) --text '$(OUT_ABS) <- $(CORPUS_ABS)' >&2)
  ifneq ($(.SHELLSTATUS),0)
    $(error could not write the stamps in $(BUILD))
  endif
endif

# JupyterLab: port, address, and --allow-root when running as root (containers, CI)
PORT ?= 8888
IP ?= localhost
TOKEN ?=
ALLOW_ROOT = $(if $(filter 0,$(shell id -u)),--allow-root)

## List the targets
.PHONY: help
help:
	@awk '/^## /{doc=substr($$0,4); next} /^\.PHONY: /{if (doc) printf "  make %-10s %s\n", $$2, doc; doc=""}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,notebooks,docs]'
	$(BIN)/python -m ipykernel install --sys-prefix --name analysis --display-name "Python (analysis)" >/dev/null
	@touch $@

## Create .venv and install the package with test, notebook and docs extras
.PHONY: install
install: $(STAMP)

## Run the test suite (ruff, layer contracts, nbstripout --verify, pytest incl. doctests, docs)
.PHONY: test
test: $(STAMP)
	$(BIN)/ruff check analysis tests benchmarks scripts docs
	$(BIN)/nbstripout --verify $(NOTEBOOKS)
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory docs

## Regenerate every figure (CORPUS=dir OUT=dir; build folder build/<name>-<hash of path>)
.PHONY: figures
figures: $(FIGURES_INDEX)
	@echo "$(OUT_DIR): figures of $(CORPUS) up to date"

$(FIGURES_INDEX): $(EXECUTED)
	$(BIN)/python -m analysis figures-index $(OUT_DIR)

# An executed notebook is stale when the notebook, the package, the corpus' files (sizes,
# dates), OUT or the environment changed, when another corpus wrote OUT since, or when OUT
# has no index (deleted or never built).
# Notebook NN owns OUT/NN-*.{png,svg}: they are removed first, so a figure this corpus does
# not produce (a language it lacks) is not left over from another run into the same OUT.
$(BUILD)/%.ipynb: notebooks/%.ipynb $(SRC) $(CORPUS_STAMP) $(OUT_STAMP) $(OWNER_STAMP) $(STAMP) \
		$(if $(wildcard $(FIGURES_INDEX)),,FORCE)
	@mkdir -p $(@D) $(OUT_DIR)
	@rm -f $(OUT_DIR)/$(firstword $(subst -, ,$*))-*.png $(OUT_DIR)/$(firstword $(subst -, ,$*))-*.svg
	$(BIN)/python scripts/run_notebook.py $< $(@D)/tmp-$(@F) --cwd notebooks -k analysis \
		-p corpus_dir $(CORPUS_ABS) -p figures_dir $(OUT_ABS)
	@mv $(@D)/tmp-$(@F) $@

# (written when make reads this file for figures/html; these rules only cover other goals)
$(CORPUS_STAMP):
	@$(PYTHON) scripts/stamp.py $@ --corpus $(CORPUS_ABS)

$(OUT_STAMP):
	@$(PYTHON) scripts/stamp.py $@ --text $(OUT_ABS)

$(OWNER_STAMP):
	@$(PYTHON) scripts/stamp.py $@ --text '$(OUT_ABS) <- $(CORPUS_ABS)'

.PHONY: FORCE
FORCE:

## Write every table (Parquet + CSV) of CORPUS into build/<name>-<hash>/tables
.PHONY: tables
tables: $(STAMP)
	$(BIN)/python -m analysis run $(CORPUS_ABS) --out $(BUILD)/tables

## Start JupyterLab (PORT=8888; prints the URL with its token; --allow-root as root)
.PHONY: lab
lab: $(STAMP)
	@token='$(TOKEN)'; [ -n "$$token" ] || token=$$($(PYTHON) -c 'import secrets; print(secrets.token_hex(24))'); \
	echo "JupyterLab: http://$(if $(filter 0.0.0.0 ::,$(IP)),localhost,$(IP)):$(PORT)/lab?token=$$token"; \
	exec $(BIN)/jupyter lab --notebook-dir=notebooks --no-browser --ip=$(IP) --port=$(PORT) \
		--ServerApp.port_retries=0 --IdentityProvider.token="$$token" $(ALLOW_ROOT)

## Render the executed notebooks to HTML, figures inline, in build/<name>-<hash>/html
.PHONY: html
html: $(HTML)

$(BUILD)/html/%.html: $(BUILD)/%.ipynb scripts/notebook_html.py
	$(BIN)/python scripts/notebook_html.py $< $@

## Build the API reference from the docstrings (Sphinx, warnings are errors) into build/docs
.PHONY: docs
docs: $(STAMP)
	@rm -rf docs/api build/docs
	$(BIN)/sphinx-build -M html docs build/docs -q -E -W --keep-going
	@echo "API reference: build/docs/html/index.html"

## Check style (ruff)
.PHONY: lint
lint: $(STAMP)
	$(BIN)/ruff check analysis tests benchmarks scripts docs

## Run the benchmarks (not part of the tests; needs the bench extra)
.PHONY: bench
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[bench]'
	$(BIN)/python benchmarks/bench_pipeline.py --mb 100 --big-mb 1000
	$(BIN)/python benchmarks/bench_terms.py
	$(BIN)/python benchmarks/bench_mentions.py --quantulum
	$(BIN)/python benchmarks/bench_topics.py

## Remove build/ (executed notebooks, tables, HTML, docs)
.PHONY: clean
clean:
	rm -rf build .pytest_cache docs/api

## Remove build/ and the virtual environment
.PHONY: distclean
distclean: clean
	rm -rf $(VENV)
