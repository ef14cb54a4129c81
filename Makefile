PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test bench clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

run: setup
	$(BIN)/warchest ingest data/samples/*.txt data/samples/*.html --db warchest.db
	$(BIN)/warchest deals --db warchest.db

test: setup
	$(BIN)/python -m pytest -n 2 tests

bench: setup
	$(BIN)/python bench/throughput.py --out bench/RESULTS.md

clean:
	rm -rf $(VENV) warchest.db warchest.db-wal warchest.db-shm
