"""Recall on the dev gold: every gold district resolves to the gold admin1/admin2; places never mislead.

Reads ../shared/corpus/dev/gold and the scorer's norm_place from ../shared/eval/score.py; skips
when they are absent. Run with -s to see the numbers.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from frontierwatch import geo

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "corpus" / "dev" / "gold"
SCORER = SHARED / "eval" / "score.py"


def _norm_place():
    if not SCORER.is_file():
        pytest.skip("shared scorer absent")
    spec = importlib.util.spec_from_file_location("_fw_shared_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.norm_place


def _gold_events() -> list[dict]:
    files = sorted(GOLD.glob("*.json")) if GOLD.is_dir() else []
    if not files:
        pytest.skip("dev gold absent")
    return [ev for f in files for ev in json.loads(f.read_text(encoding="utf-8")).get("events", [])]


def _agrees(loc, ev: dict, norm) -> bool:
    return all(norm(getattr(loc, k)) == norm(ev[k]) for k in ("country", "admin1", "admin2") if ev.get(k))


def test_geo_recall_gold_districts_resolve() -> None:
    norm, events = _norm_place(), _gold_events()
    named = [ev for ev in events if ev.get("admin2")]
    good = [ev for ev in named if (loc := geo.lookup(ev["admin2"])) is not None and _agrees(loc, ev, norm)]
    print(f"\ngold admin2 recall: {len(good)}/{len(named)}")
    assert len(good) == len(named)


def test_geo_recall_gold_places_resolve_or_abstain() -> None:
    norm, events = _norm_place(), _gold_events()
    named = [ev for ev in events if ev.get("place") and ev.get("country") in ("PK", "AF")]
    hits, wrong = 0, []
    for ev in named:
        loc = geo.lookup(ev["place"])
        if loc is None:
            continue
        if _agrees(loc, ev, norm):
            hits += 1
        else:
            wrong.append((ev["place"], ev.get("admin1"), ev.get("admin2"), loc.admin1, loc.admin2))
    print(f"\ngold place recall: {hits}/{len(named)} resolved correctly, {len(wrong)} wrong")
    assert not wrong
    assert hits / len(named) >= 0.6
