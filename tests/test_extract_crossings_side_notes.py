"""A crossing that only stays closed, told beside another crossing's real change, is a side note."""
from __future__ import annotations

import pytest

from frontierwatch.extract.relations import extract_relations_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document, Location
from relations_helpers import install_fake_gazetteer

PUB = "2025-03-12"  # a Wednesday

_CROSSINGS = {
    "Torkham": Location("PK", "Khyber Pakhtunkhwa", "Khyber", "Torkham", precision=1, crossing="Torkham"),
    "Chaman": Location("PK", "Balochistan", "Chaman", "Chaman", precision=1, crossing="Chaman"),
    "Ghulam Khan": Location("PK", "Khyber Pakhtunkhwa", "North Waziristan", "Ghulam Khan", precision=1,
                            crossing="Ghulam Khan"),
}


@pytest.fixture(autouse=True)
def fake_geo(monkeypatch: pytest.MonkeyPatch) -> None:
    """A small stand-in gazetteer, so these tests do not depend on the real one's data."""
    install_fake_gazetteer(monkeypatch, crossings=_CROSSINGS, find=False)


def _crossings(text: str) -> set[tuple]:
    doc = Document(id="t", text=text, published=PUB, title="")
    return {(e.crossing, e.status, e.date) for e in extract_relations_events(doc, split_sentences(text))
            if e.type == "border_crossing"}


@pytest.mark.parametrize("text, expected", [
    ("Authorities reopened the Chaman crossing on Tuesday for traders. "
     "Torkham, which has been shut for a month, stayed closed, officials added.",
     {("Chaman", "reopened", "2025-03-11")}),
    ("Officials closed the Ghulam Khan crossing on Monday after a clash. "
     "The Torkham crossing further north remains closed, with no word on when it may reopen.",
     {("Ghulam Khan", "closed", "2025-03-10")}),
    ("Pakistan shut the Chaman crossing on Tuesday. Torkham has stayed closed for about two weeks.",
     {("Chaman", "closed", "2025-03-11")}),
])
def test_extract_crossings_side_note_dropped(text: str, expected: set) -> None:
    assert _crossings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the only crossing in the story: its going-on closure stays the news
    ("LANDI KOTAL: The Torkham crossing stayed closed for a 5th straight day on Wednesday, officials said.",
     {("Torkham", "closed", "2025-03-08")}),
    # two real changes are both kept
    ("Pakistan shut the Chaman crossing on Tuesday, and Torkham was closed on Monday.",
     {("Chaman", "closed", "2025-03-11"), ("Torkham", "closed", "2025-03-10")}),
    # a dated going-on closure of another crossing counted back to its day is kept
    ("Authorities reopened the Chaman crossing on Tuesday. Torkham stayed shut for a 3rd day on Wednesday.",
     {("Chaman", "reopened", "2025-03-11"), ("Torkham", "closed", "2025-03-10")}),
])
def test_extract_crossings_side_note_near_misses_kept(text: str, expected: set) -> None:
    assert _crossings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the traffic still stopped is at another crossing: the reopening is whole
    ("Trade through Torkham stayed suspended on Wednesday while the Chaman crossing was reopened on Tuesday.",
     {("Chaman", "reopened", "2025-03-11")}),
    # the same crossing's trade still stopped: a partial reopening
    ("The Chaman crossing was reopened for pedestrians on Tuesday, while trade at Chaman remained suspended.",
     {("Chaman", "partially_reopened", "2025-03-11")}),
])
def test_extract_crossings_still_stopped_elsewhere(text: str, expected: set) -> None:
    assert _crossings(text) == expected
