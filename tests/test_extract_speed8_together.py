"""One combined scan of the relations cue lexicons gives each lexicon exactly its own hits."""
from __future__ import annotations

import pytest

from frontierwatch.extract import lexicon

NAMES = ("crossing_cues", "refugee_cues", "diplomacy_cues")

TEXTS = [
    "Officials closed the Torkham border crossing on Monday and sent back Afghan refugees, while the "
    "foreign minister held talks with his counterpart in Kabul.",
    "The border crossing reopened for trade; returnees and deported migrants crossed back, and envoys "
    "met to discuss the talks.",
    "Trucks queued at Chaman as the crossing point stayed shut; the PoR card holders were told to leave.",
    "Kabul summoned the ambassador. Pakistan's delegation visited; repatriation of undocumented Afghans resumed.",
    "Refugees crossing the border were deported; the crossing was sealed after talks collapsed.",
    "  crossing reopened — refugees returned “voluntarily” after diplomats met… the border closed again.",
    "The gate ✓ was closed to refugees after talks (a character outside the fast path).",
    "",
]


def _fresh(s: str) -> str:
    return "".join(list(s))  # a new string object, so no earlier scan is reused


@pytest.mark.parametrize("text", TEXTS)
def test_extract_speed8_together_same_hits(text: str) -> None:
    text = _fresh(text)
    for n in NAMES:
        lexicon.load(n)._scans = []
    want = [lexicon.load(n).find(text) for n in NAMES]
    text = _fresh(text)
    for n in NAMES:
        lexicon.load(n)._scans = []
    lexicon.together(NAMES).scan(text)
    assert [lexicon.load(n).find(text) for n in NAMES] == want


def test_extract_speed8_together_fills_caches() -> None:
    text = _fresh(TEXTS[0])
    assert lexicon.together(NAMES).usable
    lexicon.together(NAMES).scan(text)
    assert all(lexicon.load(n)._scans[0][0] is text for n in NAMES)
    assert sum(len(lexicon.load(n)._scans[0][1]) for n in NAMES) >= 3
