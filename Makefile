# frontierwatch: `make demo` runs the main job, `make test` the test suite (see README.md).
# Debian's /usr/bin/python3.11 is built with PGO and LTO and links libpython statically: the extractor runs
# ~6-10% faster on it than on a plain source build such as pyenv's default (bench/bench_extract.py, same code,
# byte-identical output). Used when present; `make PYTHON=...` overrides.
PYTHON ?= $(or $(wildcard /usr/bin/python3.11),python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.frontierwatch-installed
DEMO_DB := out/demo.duckdb
SHARED := ../shared

.PHONY: install demo test bench eval clean print-python

install: $(STAMP)

print-python:  # the interpreter a new .venv is made from (.ci/run checks it can make one)
	@echo $(PYTHON)

# Reinstalls only when pyproject.toml changes; an existing .venv is reused, never recreated.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The main job on the embedded default: ingest the demo corpus, print the busiest week's brief,
# check the seed article's claims (when ../shared is there), then serve the dashboard.
SEED := $(SHARED)/seeds/000_5f65102a985eecf8.txt
DEMO_PORT ?= 8000

demo: install
	mkdir -p out
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/frontierwatch ingest examples/corpus --db $(DEMO_DB)
	$(BIN)/frontierwatch brief --busiest-week --db $(DEMO_DB)
	$(BIN)/frontierwatch brief --busiest-week --db $(DEMO_DB) --format html --out out/brief.html
	@if [ -f $(SEED) ]; then \
		$(BIN)/frontierwatch check $(SEED) --published 2025-09-25 --db $(DEMO_DB); \
	else echo "(seed article not found at $(SEED): claim check skipped)"; fi
	@echo "HTML brief: out/brief.html"
	$(BIN)/frontierwatch serve --db $(DEMO_DB) --port $(DEMO_PORT)

test: install
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/run.py

eval: install
	mkdir -p out
	$(BIN)/frontierwatch extract $(SHARED)/corpus/dev/docs --jsonl > out/pred.jsonl
	$(PYTHON) $(SHARED)/eval/score.py $(SHARED)/corpus/dev/gold out/pred.jsonl
	$(BIN)/python scripts/eval_gate.py

clean:
	rm -rf out .pytest_cache
