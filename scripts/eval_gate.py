#!/usr/bin/env python3
"""Quality gate: score extraction on every annotated corpus against floors pinned in a baseline.

usage: python scripts/eval_gate.py [--update] [--allow-lower] [--margin 0.03]
Corpora: the shared dev corpus (../shared/corpus/dev, when present) and the held-out corpora
written for this project (tests/fixtures/heldout*). Scores come from ../shared/eval/score.py.
`tests/eval_baseline.json` pins, per corpus, a floor for each metric and the corpus's hash: an
edited corpus is noticed (re-measure), a drop below a floor fails, and `--update` raises floors
to (measured - margin) but lowers one only with `--allow-lower` (trafilatura's eval gate, ours).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
BASELINE = ROOT / "tests" / "eval_baseline.json"
METRICS = {
    "events_f1": lambda r: r["events"]["f1"],
    "fully_right_f1": lambda r: r["events_fully_right"]["f1"],
    "date": lambda r: r["fields"].get("date", {}).get("accuracy"),
    "admin1": lambda r: r["fields"].get("admin1", {}).get("accuracy"),
    "admin2": lambda r: r["fields"].get("admin2", {}).get("accuracy"),
    "killed_total": lambda r: r["fields"].get("killed_total", {}).get("accuracy"),
    "claims_f1": lambda r: r["claims"]["f1"],
    "quotes_f1": lambda r: r["quotes"]["f1"],
    **{f"{t}_f1": (lambda r, t=t: r["by_type"].get(t, {}).get("f1"))
       for t in ("attack", "security_operation", "cross_border", "border_crossing", "refugees", "diplomacy")},
}


def corpora() -> dict[str, Path]:
    """Annotated corpora present here: name -> folder holding docs/ and gold/."""
    found = {"dev": SHARED / "corpus" / "dev"}
    for folder in sorted((ROOT / "tests" / "fixtures").glob("heldout*")):
        found[folder.name] = folder
    return {k: v for k, v in found.items() if (v / "docs").is_dir() and (v / "gold").is_dir()}


def corpus_hash(folder: Path) -> str:
    """sha256 over the corpus's document and gold files (names and bytes)."""
    h = hashlib.sha256()
    for path in sorted((folder / "docs").glob("*.json")) + sorted((folder / "gold").glob("*.json")):
        h.update(path.relative_to(folder).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def load_scorer():
    """The shared scorer as a module, or None when ../shared is absent."""
    if not SCORER.is_file():
        return None
    spec = importlib.util.spec_from_file_location("fw_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def measure(folder: Path, scorer) -> dict[str, float]:
    """Extract every document of a corpus and score it: metric -> value."""
    from frontierwatch.clean import clean_document
    from frontierwatch.extract import extract
    from frontierwatch.ingest import iter_documents

    pred = {}
    for doc in iter_documents([str(folder / "docs")]):
        if not isinstance(doc, Exception):
            out = extract(clean_document(doc)).as_dict()
            pred[out["doc_id"]] = out
    gold = scorer.load_gold(folder / "gold", set())
    result, _ = scorer.score(gold, pred)
    values = {name: get(result) for name, get in METRICS.items()}
    values = {k: round(v, 3) for k, v in values.items() if v is not None}
    values["missing_documents"] = len(result["missing_documents"])
    return values


def check(baseline: dict, name: str, folder: Path, measured: dict[str, float]) -> list[str]:
    """Problems for one corpus: changed corpus, metrics under their floors."""
    entry = baseline.get(name)
    if entry is None:
        return [f"{name}: no baseline yet (run scripts/eval_gate.py --update)"]
    problems = []
    if entry.get("hash") != corpus_hash(folder):
        problems.append(f"{name}: corpus changed since the baseline: re-measure and update it")
    if measured.get("missing_documents"):
        problems.append(f"{name}: {measured['missing_documents']} documents got no prediction")
    for metric, floor in entry["floors"].items():
        got = measured.get(metric)
        if got is None or got < floor:
            problems.append(f"{name}: {metric} {got} is under its floor {floor}")
    return problems


def update(baseline: dict, name: str, folder: Path, measured: dict[str, float], margin: float,
           allow_lower: bool) -> dict:
    """New baseline entry: floors at measured - margin, never lowered unless allowed."""
    old = baseline.get(name, {}).get("floors", {})
    floors = {}
    for metric, value in measured.items():
        if metric == "missing_documents":
            continue
        new = round(max(0.0, value - margin), 3)
        floors[metric] = new if allow_lower or metric not in old else max(new, old[metric])
    return {"hash": corpus_hash(folder), "floors": floors, "measured": measured}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="raise floors to measured - margin")
    ap.add_argument("--allow-lower", action="store_true", help="with --update, also lower floors")
    ap.add_argument("--margin", type=float, default=0.03)
    a = ap.parse_args(argv)
    scorer = load_scorer()
    if scorer is None:
        print(f"eval gate: no scorer at {SCORER}; nothing measured")
        return 0
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.is_file() else {}
    problems = []
    for name, folder in corpora().items():
        measured = measure(folder, scorer)
        print(f"{name:<10} " + "  ".join(f"{k} {v:g}" for k, v in measured.items()))
        if a.update:
            baseline[name] = update(baseline, name, folder, measured, a.margin, a.allow_lower)
        else:
            problems += check(baseline, name, folder, measured)
    if a.update:
        BASELINE.write_text(json.dumps(baseline, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE.relative_to(ROOT)}")
    for p in problems:
        print("FAIL " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
