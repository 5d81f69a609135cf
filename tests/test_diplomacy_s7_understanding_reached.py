"""'an understanding reached between the two sides' is no visit (a participle, not travel to a place)."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _dips(text: str) -> list[tuple]:
    doc = Document(id="t", text=text, published="2025-06-11")
    return [(e.date, e.action) for e in extract(doc).events if e.type == "diplomacy"]


@pytest.mark.parametrize("text", [
    "The Torkham crossing between Pakistan and Afghanistan reopened on Wednesday, following an understanding reached "
    "between the two sides, officials in Khyber district said.",
    "Trade between Pakistan and Afghanistan resumed on Wednesday after a consensus reached by border officials.",
])
def test_diplomacy_s7_understanding_reached_is_no_visit(text: str) -> None:
    assert ("2025-06-11", "visit") not in _dips(text)


@pytest.mark.parametrize("text, event", [
    ("Pakistan's foreign minister reached Kabul on Wednesday for talks with Afghan officials.", ("2025-06-11", "visit")),
])
def test_diplomacy_s7_reached_a_capital_is_still_a_visit(text: str, event: tuple) -> None:
    assert event in _dips(text)
