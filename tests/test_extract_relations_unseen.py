"""Relations rules for unseen wording: states that go on, changes that are only a topic, a headline's
plain reopening beside the body's partial one, deadlines with a relocation, detentions in a drive."""
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
}

_PLACES = {"Rawalpindi": Location("PK", "Punjab", "Rawalpindi", "Rawalpindi", precision=2),
           "Karachi": Location("PK", "Sindh", "Karachi", "Karachi", precision=2)}


@pytest.fixture(autouse=True)
def fake_geo(monkeypatch: pytest.MonkeyPatch) -> None:
    """A small stand-in gazetteer, so these tests do not depend on the real one's data."""
    install_fake_gazetteer(monkeypatch, _CROSSINGS, _PLACES)


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


def _refugees(text: str) -> list[tuple]:
    return sorted((e["action"], e["date"], e["count"], e["admin2"], e["until"]) for e in _events(text, "refugees"))


@pytest.mark.parametrize("text, expected", [
    # a deadline whose penalty is relocation or eviction, for Afghans living in a named city
    ("Officials have fixed April 15 as the deadline for Afghan families residing in Rawalpindi to register, "
     "or face relocation.", [("deadline", None, None, "Rawalpindi", "2025-04-15")]),
    ("The provincial government set March 31 as the deadline for undocumented Afghans living in Karachi, "
     "after which they would be evicted.", [("deadline", None, None, "Karachi", "2025-03-31")]),
])
def test_extract_relations_unseen_deadline_with_relocation(text: str, expected: list) -> None:
    assert _refugees(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people detained in a removal drive, counted right after the verb, on a stated day
    ("Police in Karachi rounded up nearly 250 Afghan nationals on Tuesday as the deportation drive widened.",
     [("deportation", "2025-03-11", 250, "Karachi", None)]),
    ("Officers arrested 90 undocumented Afghans in Rawalpindi on Monday during the repatriation drive.",
     [("deportation", "2025-03-10", 90, "Rawalpindi", None)]),
    # the cards they hold, or an arrest without a count, are no detention
    ("The cabinet on Tuesday extended the cards held by 800,000 Afghan refugees until June 30.",
     [("extension", "2025-03-11", 800000, None, "2025-06-30")]),
    ("Three men were arrested on Monday in Karachi, police said; Afghans there fear the deportation drive.", []),
])
def test_extract_relations_unseen_detentions_in_a_drive(text: str, expected: list) -> None:
    assert _refugees(text) == expected


@pytest.mark.parametrize("text", [
    # returns over a past month or year are a statistic, not an event
    "Some 28,000 Afghans returned home from Pakistan in January, aid agencies said on Tuesday.",
    "More than 500,000 Afghan refugees went back last year, the UN agency said.",
])
def test_extract_relations_unseen_monthly_returns_are_claims(text: str) -> None:
    assert _refugees(text) == []


@pytest.mark.parametrize("text, expected", [
    # 'since' after a record ("the most in one day since ...") compares the day's figure: still a return event
    ("About 5,400 Afghan refugees went back through Chaman on Monday, the largest daily figure since the "
     "card holders' deadline lapsed, officials said.", [("returns", "2025-03-10", 5400, "Chaman", None)]),
    ("Some 3,100 Afghans returned home via Torkham on Tuesday, the most on any single day since the drive "
     "began.", [("returns", "2025-03-11", 3100, "Khyber", None)]),
    # a plain 'since' is still a running total, not an event
    ("Some 3,100 Afghans have returned home via Torkham since the drive began.", []),
])
def test_extract_relations_unseen_record_since_keeps_the_return(text: str, expected: list) -> None:
    assert _refugees(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the visitor's meetings on the day of the visit are the visit, not separate talks
    ("Pakistan's interior minister arrived in Kabul on Tuesday. He met Afghan Foreign Minister Amir Khan "
     "Muttaqi on Tuesday evening, officials said.", [("visit", "2025-03-11", ["AF", "PK"])]),
    ("An Afghan delegation travelled to Islamabad on Monday and met Pakistani officials on Monday afternoon.",
     [("visit", "2025-03-10", ["AF", "PK"])]),
    # a meeting on another day stays its own event
    ("Pakistan's envoy arrived in Kabul on Monday. He met the Afghan foreign minister on Wednesday.",
     [("talks", "2025-03-12", ["AF", "PK"]), ("visit", "2025-03-10", ["AF", "PK"])]),
])
def test_extract_relations_unseen_visit_keeps_its_meetings(text: str, expected: list) -> None:
    got = sorted((e["action"], e["date"], e["parties"]) for e in _events(text, "diplomacy"))
    assert got == expected
