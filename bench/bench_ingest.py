#!/usr/bin/env python3
"""Ingest throughput: read+clean, and the full pipeline into an in-memory store, on examples/corpus."""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from frontierwatch.clean import clean_document  # noqa: E402
from frontierwatch.ingest import iter_documents  # noqa: E402
from frontierwatch.pipeline import process_paths  # noqa: E402
from frontierwatch.store import open_store  # noqa: E402

CORPUS = ROOT / "examples" / "corpus"
ROUNDS = 3


def main() -> int:
    """Print documents per second for read+clean and for the whole pipeline."""
    if not CORPUS.is_dir():
        print(f"bench_ingest: {CORPUS} missing")
        return 1
    best = float("inf")
    n = 0
    for _ in range(ROUNDS):
        started = time.perf_counter()
        docs = [clean_document(d) for d in iter_documents([str(CORPUS)]) if not isinstance(d, Exception)]
        best = min(best, time.perf_counter() - started)
        n = len(docs)
    print(f"read+clean: {n} docs in {best:.3f}s = {n / best:.0f} docs/s")
    store = open_store(":memory:")
    started = time.perf_counter()
    report = process_paths([str(CORPUS)], store)
    took = time.perf_counter() - started
    print(f"pipeline (read, clean, extract, store): {len(report.stored)} docs in {took:.2f}s = "
          f"{len(report.stored) / took:.0f} docs/s; {report.events} events, {report.claims} claims")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
