#!/usr/bin/env python3
"""Memory stays flat while streaming many documents through read -> clean -> extract (and store).

usage: python bench/bench_stream.py [--docs 100000] [--store-docs 5000]
Writes synthetic documents (paragraphs of examples/corpus recombined, each made unique) as JSON
Lines files of 1,000 documents into a temp dir, streams them as `frontierwatch extract` does, and
samples the resident memory (RSS) every 10 %. Flat means: RSS at the end is within 15 % (and
64 MB) of RSS after the first 10 %, once the lexicons and gazetteer are loaded. With
--store-docs N the same check runs for N documents through the whole ingest pipeline (DuckDB).
Exit status 1 when memory grows.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from frontierwatch.clean import clean_document  # noqa: E402
from frontierwatch.extract import extract  # noqa: E402
from frontierwatch.ingest import iter_documents  # noqa: E402

CORPUS = ROOT / "examples" / "corpus"
PER_FILE = 1000


def rss_mb() -> float:
    """Current resident set size of this process in MB (Linux /proc)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096 / 2**20


def write_corpus(out: Path, n: int, seed: int = 7, per_file: int = PER_FILE) -> None:
    """n unique synthetic documents built from the demo corpus's paragraphs."""
    rng = random.Random(seed)
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]
    paragraphs = [p for d in docs for p in d["text"].split("\n\n") if len(p) > 60]
    for f in range(0, n, per_file):
        with (out / f"batch{f // per_file:05d}.jsonl").open("w", encoding="utf-8") as fh:
            for i in range(f, min(n, f + per_file)):
                base = docs[i % len(docs)]
                text = "\n\n".join(rng.sample(paragraphs, 4)) + f"\n\nThis is report number {i}."
                fh.write(json.dumps({"id": f"s{i}", "url": None, "outlet": base["outlet"],
                                     "published": base["published"], "title": base["title"],
                                     "text": text}) + "\n")


def stream(folder: Path, n: int, step) -> list[float]:
    """Run `step` over every document; RSS samples at each tenth."""
    samples, done = [], 0
    for item in iter_documents([str(folder)], max_bytes=50_000_000):
        if isinstance(item, Exception):
            continue
        step(item)
        done += 1
        if done % max(1, n // 10) == 0:
            samples.append(rss_mb())
    return samples


def verdict(label: str, samples: list[float], n: int, seconds: float) -> bool:
    base, end = samples[0], samples[-1]
    ok = end <= max(base * 1.15, base + 64)
    print(f"{label}: {n} docs in {seconds:.1f}s ({n / seconds:.0f} docs/s); RSS MB at each tenth: "
          + ", ".join(f"{s:.0f}" for s in samples) + f" -> {'flat' if ok else 'GROWS'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--store-docs", type=int, default=5_000)
    a = ap.parse_args(argv)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        write_corpus(folder, a.docs)
        started = time.perf_counter()
        samples = stream(folder, a.docs, lambda d: extract(clean_document(d)))
        ok &= verdict("extract stream", samples, a.docs, time.perf_counter() - started)
        if a.store_docs:
            from frontierwatch.pipeline import process_paths
            from frontierwatch.store import open_store

            small = Path(tmp) / "small"
            small.mkdir()
            write_corpus(small, a.store_docs, seed=11, per_file=max(1, a.store_docs // 10))
            with open_store(Path(tmp) / "stream.duckdb") as store:
                started = time.perf_counter()
                marks: list[float] = []

                def progress(done: int, total: int, current: str) -> None:
                    marks.append(rss_mb())  # once per file: a tenth of the documents

                process_paths([str(small)], store, progress=progress, max_bytes=50_000_000)
                ok &= verdict("ingest pipeline", marks or [rss_mb()], a.store_docs,
                              time.perf_counter() - started)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
