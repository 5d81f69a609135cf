"""Relations rules for unseen wording: states that go on, changes that are only a topic, a headline's
plain reopening beside the body's partial one, deadlines with a relocation, detentions in a drive."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from frontierwatch.extract import relations_common
from frontierwatch.extract.relations import extract_relations_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document, Location

PUB = "2025-03-12"  # a Wednesday

_CROSSINGS = {
    "Torkham": Location("PK", "Khyber Pakhtunkhwa", "Khyber", "Torkham", precision=1, crossing="Torkham"),
    "Chaman": Location("PK", "Balochistan", "Chaman", "Chaman", precision=1, crossing="Chaman"),
}


@pytest.fixture(autouse=True)
def fake_geo(monkeypatch: pytest.MonkeyPatch) -> None:
    """A small stand-in gazetteer, so these tests do not depend on the real one's data."""
    geo = SimpleNamespace(crossing=lambda name, side="PK": _CROSSINGS.get(name),
                          lookup=lambda name, context="": None, find_places=lambda text, context="": [])
    monkeypatch.setattr(relations_common, "_geo", lambda: geo)


def _events(text: str, kind: str, title: str = "", pub: str = PUB) -> list[dict]:
    doc = Document(id="t", text=text, published=pub, title=title)
    return [e.as_dict() for e in extract_relations_events(doc, split_sentences(text)) if e.type == kind]


def _crossings(text: str, title: str = "") -> set[tuple]:
    return {(e["crossing"], e["status"], e["date"]) for e in _events(text, "border_crossing", title)}


_LEAD = ("The two governments met again on Tuesday. Officials spoke of progress. A joint statement was issued. "
         "Delegates left in the evening. ")


@pytest.mark.parametrize("text", [
    # a closure that goes on, told late in the story, is a state and not a change
    _LEAD + "Border gates at Chaman and Torkham stayed shut on Tuesday, and exporters hoped for news.",
    _LEAD + "Torkham remained closed on Wednesday as well, drivers said.",
    # the reopening as the subject of talks or demands is not a reopening
    "An envoy flew in on Tuesday for talks on trade and the reopening of Torkham, which has been shut for three weeks.",
    "Traders on Monday demanded the reopening of the Chaman crossing.",
])
def test_extract_relations_unseen_crossing_not_an_event(text: str) -> None:
    assert _crossings(text) == set()


@pytest.mark.parametrize("title, text, expected", [
    # a headline's plain "reopens for travellers" is the body's partial reopening, not a second event
    ("Torkham reopens for travellers", "The Torkham crossing was partly reopened on Wednesday for travellers.",
     {("Torkham", "partially_reopened", "2025-03-12")}),
    ("Chaman opens again", "Chaman was partially reopened on Wednesday, with cargo still held up.",
     {("Chaman", "partially_reopened", "2025-03-12")}),
    # a full reopening on another day stays its own event
    ("", "Torkham was reopened on Monday. It was partly reopened again on Wednesday after a brief halt.",
     {("Torkham", "reopened", "2025-03-10"), ("Torkham", "partially_reopened", "2025-03-12")}),
])
def test_extract_relations_unseen_partial_beats_plain_reopening(title: str, text: str, expected: set) -> None:
    assert _crossings(text, title) == expected
