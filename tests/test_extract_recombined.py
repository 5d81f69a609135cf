"""Extraction never raises on unfamiliar mixes of real news clauses: documents recombined at random (fixed
seed) from the clauses of the held-out fixture documents. A rule that reads a cue it did not check for
(a KeyError on a cue dict, an index past a list) fails here long before a reader sees it on the web."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

FIXTURES = Path(__file__).parent / "fixtures"
_SPLIT = re.compile(r"(?<=[.;,!?])\s+|\n+")


def _clauses() -> list[str]:
    out = []
    for path in sorted(FIXTURES.glob("heldout*/docs/*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        out += [p.rstrip(".,;") for p in _SPLIT.split(text) if 3 <= len(p.split()) <= 40]
    return out


@pytest.mark.parametrize("seed", [3, 5])
def test_extract_never_raises_on_recombined_clauses(seed: int) -> None:
    clauses = _clauses()
    if len(clauses) < 100:
        pytest.skip("held-out fixtures not found")
    rng = random.Random(seed)
    for n in range(1500):
        sentences = [", ".join(rng.choice(clauses) for _ in range(rng.randint(1, 4))) + rng.choice(".;!.")
                     for _ in range(rng.randint(2, 12))]
        text = " ".join(sentences)
        doc = Document(id=f"m{n}", text=text, title=rng.choice(clauses),
                       published=rng.choice(["2025-03-10", "2026-11-01", None]))
        try:
            extract(doc)
        except Exception as exc:  # noqa: BLE001 - the test reports which text broke which rule
            pytest.fail(f"{type(exc).__name__}: {exc} on:\n{text}")
