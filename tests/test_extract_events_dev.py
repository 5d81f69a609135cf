"""The dev corpus end to end: violence events scored by ../shared/eval/score.py (skipped when absent).

A floor, not the target: it catches a rule change that breaks many documents at once.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from frontierwatch.clean import clean_document
from frontierwatch.extract import extract
from frontierwatch.ingest import iter_documents

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"
VIOLENCE = ("attack", "security_operation", "cross_border")


@pytest.fixture(scope="module")
def scored() -> dict:
    if not (DEV / "docs").is_dir() or not SCORER.is_file():
        pytest.skip("dev corpus or scorer not available")
    spec = importlib.util.spec_from_file_location("fw_score", SCORER)
    score = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(score)
    pred = {}
    for doc in iter_documents([str(DEV / "docs")]):
        if isinstance(doc, Exception):
            continue
        out = extract(clean_document(doc)).as_dict()
        out["events"] = [e for e in out["events"] if e["type"] in VIOLENCE]
        pred[out["doc_id"]] = out
    gold = {}
    for path in sorted((DEV / "gold").glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        g["events"] = [e for e in g.get("events") or [] if e.get("type") in VIOLENCE]
        gold[g.get("doc_id") or path.stem] = g
    result, _ = score.score(gold, pred)
    return result


def test_events_dev_violence_f1_floor(scored: dict) -> None:
    assert scored["events"]["f1"] >= 0.85, scored["events"]
    assert scored["events_fully_right"]["f1"] >= 0.70, scored["events_fully_right"]


@pytest.mark.parametrize("field", ["date", "admin1", "admin2", "killed_total"])
def test_events_dev_core_field_accuracy_floor(scored: dict, field: str) -> None:
    assert scored["fields"][field]["accuracy"] >= 0.85, scored["fields"][field]
