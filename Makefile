# frontierwatch: `make demo` runs the main job, `make test` the test suite (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.frontierwatch-installed
DEMO_DB := out/demo.duckdb
SHARED := ../shared

.PHONY: install demo test bench eval clean

install: $(STAMP)

# Reinstalls only when pyproject.toml changes; an existing .venv is reused, never recreated.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install
	mkdir -p out
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/frontierwatch ingest examples/corpus --db $(DEMO_DB)
	@if $(BIN)/frontierwatch brief --help >/dev/null 2>&1 && \
		$(BIN)/frontierwatch brief --busiest-week --db $(DEMO_DB); then :; else \
		echo "(no brief for this database yet: listing documents and event counts instead)"; \
		$(BIN)/frontierwatch docs list --db $(DEMO_DB); \
		$(BIN)/frontierwatch docs stats --db $(DEMO_DB); \
	fi

test: install
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/run.py

eval: install
	mkdir -p out
	$(BIN)/frontierwatch extract $(SHARED)/corpus/dev/docs --jsonl > out/pred.jsonl
	$(PYTHON) $(SHARED)/eval/score.py $(SHARED)/corpus/dev/gold out/pred.jsonl

clean:
	rm -rf out .pytest_cache
