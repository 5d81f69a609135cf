"""Crossing changes told inside an 'after' clause: with their own day they are changes on that day; "a day
after forces shut it" counts back from the day told; "has been shut for months" is a state, not a change."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _changes(text: str) -> list[tuple]:
    doc = Document(id="t", text=text, published="2025-11-04")  # a Tuesday
    return sorted((e.crossing, e.status, e.date) for e in extract(doc).events if e.type == "border_crossing")


@pytest.mark.parametrize("text, expected", [
    ("PESHAWAR: Trucks were stuck at Torkham on Monday after the authorities shut the crossing on Saturday, traders said.",
     [("Torkham", "closed", "2025-11-01")]),
    ("PESHAWAR: The Torkham crossing stayed closed on Monday, a day after border guards shut the gate, officials said.",
     [("Torkham", "closed", "2025-11-02")]),
    ("QUETTA: The Chaman crossing stayed closed on Monday, two days after guards shut the gate, officials said.",
     [("Chaman", "closed", "2025-11-01")]),
])
def test_extract_crossings3_days_after_clauses(text: str, expected: list) -> None:
    assert _changes(text) == expected


def test_extract_crossings3_days_state_for_months_is_no_change() -> None:
    text = ("QUETTA: The Chaman crossing reopened on Monday, officials said.\n\n"
            "Traders at Badini want more hours, while Kharlachi in Kurram has been shut to trade for months.")
    assert _changes(text) == [("Chaman", "reopened", "2025-11-03")]


def test_extract_crossings3_days_near_miss_dated_closure_stays() -> None:
    text = "PESHAWAR: Kharlachi in Kurram has been shut since Sunday, officials said."
    assert [c[0] for c in _changes(text)] == ["Kharlachi"]
