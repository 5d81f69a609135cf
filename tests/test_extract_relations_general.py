"""Relations rules that must hold on unseen news: continuing closures, restrictions per crossing,
deadlines set on their own day, launches counted back, datelines, mediators and soft agreements."""
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
    "Kharlachi": Location("PK", "Khyber Pakhtunkhwa", "Kurram", "Kharlachi", precision=1, crossing="Kharlachi"),
    "Ghulam Khan": Location("PK", "Khyber Pakhtunkhwa", "North Waziristan", "Ghulam Khan", precision=1,
                            crossing="Ghulam Khan"),
}
_PLACES = {"Islamabad": Location("PK", "Islamabad", "Islamabad", "Islamabad", precision=2),
           "Kabul": Location("AF", "Kabul", None, "Kabul", precision=3)}


@pytest.fixture(autouse=True)
def fake_geo(monkeypatch: pytest.MonkeyPatch) -> None:
    """A small stand-in gazetteer, so these tests do not depend on the real one's data."""
    install_fake_gazetteer(monkeypatch, _CROSSINGS, _PLACES, find=False)


def _events(text: str, kind: str, pub: str = PUB) -> list[dict]:
    doc = Document(id="t", text=text, published=pub)
    return [e.as_dict() for e in extract_relations_events(doc, split_sentences(text)) if e.type == kind]


def _crossings(text: str) -> set[tuple]:
    return {(e["crossing"], e["status"], e["date"]) for e in _events(text, "border_crossing")}


@pytest.mark.parametrize("text, expected", [
    # a closure that goes on ("remained closed on Tuesday") is not a second closure
    ("The Chaman crossing was shut on Monday after a clash between border forces. It remained closed on Tuesday.",
     {("Chaman", "closed", "2025-03-10")}),
    ("Authorities sealed Torkham on Sunday. The crossing stayed closed on Tuesday as talks went on.",
     {("Torkham", "closed", "2025-03-09")}),
    # a weekday next to the change dates it
    ("Pakistani officials closed the Kharlachi crossing on Tuesday following firing from across the border.",
     {("Kharlachi", "closed", "2025-03-11")}),
])
def test_extract_relations_general_continuing_closure(text: str, expected: set) -> None:
    assert _crossings(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the restriction belongs to the reopening nearest it, not to every crossing of the sentence
    ("Trucks rolled through Kharlachi again on Tuesday as trade resumed, while the Ghulam Khan crossing was "
     "partly reopened the same day for pedestrians only.",
     {("Kharlachi", "reopened", "2025-03-11"), ("Ghulam Khan", "partially_reopened", "2025-03-11")}),
    ("The Chaman border was reopened on Monday, but only for pedestrians.",
     {("Chaman", "partially_reopened", "2025-03-10")}),
    ("Officials reopened Torkham for a few hours on Sunday to let stranded families return.",
     {("Torkham", "partially_reopened", "2025-03-09")}),
    ("Torkham was reopened on Monday for trade and pedestrians alike.",
     {("Torkham", "reopened", "2025-03-10")}),
])
def test_extract_relations_general_partial_per_crossing(text: str, expected: set) -> None:
    assert _crossings(text) == expected


def _refugees(text: str, pub: str = PUB) -> set[tuple]:
    return {(e["action"], e["date"], e["until"]) for e in _events(text, "refugees", pub)}


@pytest.mark.parametrize("text, expected", [
    # a deadline set on its own stated day for another card holders survives the extension
    ("The cabinet on Tuesday extended the PoR cards of Afghan refugees until June 30, 2026. The ministry had "
     "earlier, on February 20, set March 31 as the final date for ACC holders to leave the country.",
     {("extension", "2025-03-11", "2026-06-30"), ("deadline", "2025-02-20", "2025-03-31")}),
    # a deadline restated without its own day is the one the extension moves
    ("The cabinet on Tuesday extended the PoR cards of Afghan refugees until June 30, 2026, after the deadline "
     "for them to leave had passed.",
     {("extension", "2025-03-11", "2026-06-30")}),
])
def test_extract_relations_general_deadline_beside_extension(text: str, expected: set) -> None:
    assert _refugees(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "N days after X began the drive": the launch is counted back from the main clause's day
    ("Hundreds of Afghan refugees reached Torkham on Tuesday, three days after Pakistan began the second phase "
     "of its deportation drive.", ("deportation", "2025-03-08", None)),
    ("Afghan families packed up on Wednesday, a week after the government launched its deportation campaign.",
     ("deportation", "2025-03-05", None)),
])
def test_extract_relations_general_launch_counted_back(text: str, expected: tuple) -> None:
    assert expected in _refugees(text)


def test_extract_relations_general_launch_in_after_clause_without_count_is_dropped() -> None:
    text = "Afghan refugees crowded the bus stands on Tuesday after the government began its deportation drive."
    assert not any(a == "deportation" for a, _d, _u in _refugees(text))


def _diplomacy(text: str, pub: str = PUB) -> list[tuple]:
    return sorted((e["action"], e["date"], tuple(e["parties"])) for e in _events(text, "diplomacy", pub))


@pytest.mark.parametrize("text, expected", [
    # the dateline's day and town are where and when the story was filed: no event day, no party
    ("ISLAMABAD, March 12 (Reuters) - The foreign ministers of China, Pakistan and Afghanistan met in Islamabad "
     "on Tuesday for their trilateral dialogue.", [("talks", "2025-03-11", ("AF", "CN", "PK"))]),
    ("DOHA (AFP) - Pakistan and Afghanistan agreed to a ceasefire on Sunday after talks in Doha mediated by "
     "Qatar and Turkey.", [("ceasefire", "2025-03-09", ("AF", "PK"))]),
    # agreeing to work towards something is a talking point of the talks, not an agreement
    ("Pakistani and Afghan officials met in Kabul on Monday and agreed to work towards better trade ties.",
     [("talks", "2025-03-10", ("AF", "PK"))]),
    ("Pakistan and Afghanistan signed a transit trade agreement in Kabul on Monday.",
     [("agreement", "2025-03-10", ("AF", "PK"))]),
])
def test_extract_relations_general_diplomacy(text: str, expected: list) -> None:
    assert _diplomacy(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a national running total is a statistic (a claim), not a returns event
    ("Some 1.1 million Afghans have returned home so far, the UN refugee agency said on Tuesday.", set()),
    ("Over 490,000 Afghans have returned from Pakistan since the drive began in November 2023.", set()),
    # a dated flow beside the running total is an event
    ("More than 3,000 Afghans returned through Torkham on Tuesday, taking the total so far this year to 90,000.",
     {("returns", "2025-03-11", None)}),
])
def test_extract_relations_general_running_totals_are_not_events(text: str, expected: set) -> None:
    assert _refugees(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a summons by "the Foreign Office" of the neighbour's diplomat: the other neighbour summons
    ("The Foreign Office on Tuesday summoned the Afghan charge d'affaires and lodged a strong protest over "
     "firing that wounded two soldiers on Monday.", [("protest", "2025-03-11", ("AF", "PK"))]),
    ("The foreign ministry in Kabul on Monday summoned Pakistan's envoy to protest against the air strikes.",
     [("protest", "2025-03-10", ("AF", "PK"))]),
    # a spokesperson's weekly briefing alone is no diplomatic event
    ("Foreign Office spokesperson Shafqat Ali told the weekly press briefing on Tuesday that Pakistan wanted "
     "good relations with Afghanistan.", []),
])
def test_extract_relations_general_summons_and_briefings(text: str, expected: list) -> None:
    assert _diplomacy(text) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Officials closed the Ghulam Khan crossing for all traffic on Tuesday after tribesmen resumed a protest "
     "near the gate.", "2024-07-18", [("2024-07-16", "closed")]),
    ("The Torkham crossing was reopened for trade on Friday, four days after it was closed over a dispute.",
     "2024-07-20", [("2024-07-19", "reopened")]),
])
def test_extract_relations_day_goes_to_the_change_that_stands(text, published, expected) -> None:
    """A cue word inside an 'after ...' clause ('resumed', 'it was closed') does not take the main change's day."""
    from frontierwatch.extract import extract
    from frontierwatch.records import Document

    events = [e for e in extract(Document(id="t", text=text, published=published)).events
              if e.type == "border_crossing"]
    assert [(e.date, e.status) for e in events] == expected
