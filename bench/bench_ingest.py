#!/usr/bin/env python3
"""Ingest throughput per stage (read+clean, extract, store, incidents) on examples/corpus, into a temp file."""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from frontierwatch import pipeline  # noqa: E402
from frontierwatch.ingest import iter_documents  # noqa: E402
from frontierwatch.store import open_store  # noqa: E402

CORPUS = ROOT / "examples" / "corpus"


def _rate(n: int, seconds: float) -> str:
    return f"{n} docs in {seconds:.2f}s = {n / seconds:.0f} docs/s" if seconds > 0 else f"{n} docs"


def main() -> int:
    """Print documents per second for each stage and for the whole pipeline."""
    if not CORPUS.is_dir():
        print(f"bench_ingest: {CORPUS} missing")
        return 1
    t0 = time.perf_counter()
    docs = [pipeline.prepare(d) for d in iter_documents([str(CORPUS)]) if not isinstance(d, Exception)]
    t1 = time.perf_counter()
    extractions = [pipeline._extract(d) for d in docs]
    t2 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(Path(tmp) / "bench.duckdb") as store:
            for doc, ext in zip(docs, extractions):
                store.save(doc, ext)
            t3 = time.perf_counter()
            resolved = pipeline.resolve_incidents(store)
            t4 = time.perf_counter()
        print(f"read+clean+hash: {_rate(len(docs), t1 - t0)}")
        print(f"extract:         {_rate(len(docs), t2 - t1)}")
        print(f"store (file):    {_rate(len(docs), t3 - t2)}")
        print(f"incidents:       {t4 - t3:.2f}s" + ("" if resolved else " (stage not installed)"))
        with open_store(Path(tmp) / "full.duckdb") as store:
            started = time.perf_counter()
            report = pipeline.process_paths([str(CORPUS)], store)
            took = time.perf_counter() - started
        print(f"whole pipeline:  {_rate(len(report.stored), took)}; {report.events} events, {report.claims} claims")
        with open_store(Path(tmp) / "full.duckdb") as store:
            started = time.perf_counter()
            again = pipeline.process_paths([str(CORPUS)], store)
            print(f"re-ingest (all duplicates): {_rate(len(again.duplicates), time.perf_counter() - started)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
