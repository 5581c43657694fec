# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sitrep.db
SHARED ?= ../shared

.PHONY: install system-packages run test eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

# Front-end files for the web app and the report (Leaflet, TopoJSON reader, world outlines), from the
# npm registry at set-up time, into the venv; never committed. The app finds them under sys.prefix.
ASSETS := $(VENV)/share/sitrep-assets
NPM_ASSETS := leaflet@1.9.4 topojson-client@3.1.0 world-atlas@2.0.2
$(ASSETS)/.installed: $(BIN)/python
	mkdir -p $(ASSETS)
	npm install --silent --no-audit --no-fund --no-save --prefix $(ASSETS) $(NPM_ASSETS)
	touch $@

install: $(STAMP) $(ASSETS)/.installed

run: install
	$(BIN)/sitrep run data/seeds data/fakes/FA-KES-Dataset.csv --db $(DB)

system-packages:
	bash scripts/install-system-packages.sh

test: install system-packages
	$(BIN)/python -m pytest

eval: install
	@if [ -d $(SHARED)/gold ]; then \
	  $(BIN)/python tools/eval_sets.py --shared $(SHARED) --work eval-runs --fresh && \
	  $(BIN)/python $(SHARED)/eval/fakes_admin1.py data/fakes/FA-KES-Dataset.csv eval-runs/dev-pred.jsonl; \
	else echo "eval skipped: $(SHARED)/gold not found"; fi

bench: install
	$(BIN)/sitrep bench
	$(BIN)/python -m sitrep.bench

clean:
	rm -rf $(VENV) *.db eval-pred.jsonl eval-runs
