"""The quality gate: every annotated corpus scores at or above its pinned floors.

Floors and corpus hashes live in tests/eval_baseline.json (scripts/eval_gate.py --update).
Skipped when ../shared (the scorer) is absent.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("eval_gate", ROOT / "scripts" / "eval_gate.py")
gate = importlib.util.module_from_spec(_spec)
assert _spec.loader is not None
_spec.loader.exec_module(gate)

SCORER = gate.load_scorer()
BASELINE = json.loads(gate.BASELINE.read_text(encoding="utf-8")) if gate.BASELINE.is_file() else {}


@pytest.mark.parametrize("name", sorted(gate.corpora()))
def test_eval_gate_corpus_meets_its_floors(name: str) -> None:
    if SCORER is None:
        pytest.skip("../shared/eval/score.py not available")
    if name not in BASELINE:
        pytest.skip(f"{name}: no floors pinned yet (scripts/eval_gate.py --update)")
    folder = gate.corpora()[name]
    problems = gate.check(BASELINE, name, folder, gate.measure(folder, SCORER))
    assert not problems, "\n".join(problems)


def test_eval_gate_update_never_lowers_a_floor_unless_told(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    (folder / "docs").mkdir(parents=True)
    (folder / "gold").mkdir()
    base = {"c": {"hash": "x", "floors": {"events_f1": 0.9}}}
    kept = gate.update(base, "c", folder, {"events_f1": 0.8}, 0.03, allow_lower=False)
    lowered = gate.update(base, "c", folder, {"events_f1": 0.8}, 0.03, allow_lower=True)
    assert kept["floors"]["events_f1"] == 0.9
    assert lowered["floors"]["events_f1"] == 0.77


def test_eval_gate_notices_an_edited_corpus(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    (folder / "docs").mkdir(parents=True)
    (folder / "gold").mkdir()
    (folder / "docs" / "a.json").write_text("{}", encoding="utf-8")
    entry = gate.update({}, "c", folder, {"events_f1": 0.5}, 0.0, allow_lower=False)
    assert gate.check({"c": entry}, "c", folder, {"events_f1": 0.5}) == []
    (folder / "docs" / "a.json").write_text('{"x": 1}', encoding="utf-8")
    assert any("corpus changed" in p for p in gate.check({"c": entry}, "c", folder, {"events_f1": 0.5}))
