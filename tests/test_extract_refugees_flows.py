"""Refugee measures: forced removals through a crossing, one-day flows, an extension's end of month
and the people a decision covers, detentions in a removal drive."""
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
_PLACES = {"Karachi": Location("PK", "Sindh", "Karachi", "Karachi", precision=2)}


@pytest.fixture(autouse=True)
def fake_geo(monkeypatch: pytest.MonkeyPatch) -> None:
    """A small stand-in gazetteer, so these tests do not depend on the real one's data."""
    install_fake_gazetteer(monkeypatch, _CROSSINGS, _PLACES)


def _refugees(text: str, keys: tuple[str, ...]) -> set[tuple]:
    doc = Document(id="t", text=text, published=PUB, title="")
    return {tuple(e.as_dict()[k] for k in keys) for e in extract_relations_events(doc, split_sentences(text))
            if e.type == "refugees"}


_FLOW = ("action", "count", "crossing", "date")


@pytest.mark.parametrize("text, expected", [
    # a forced removal through a crossing is a deportation, not a return
    ("On Tuesday, 900 Afghan nationals were deported through the Chaman crossing, officials said.",
     {("deportation", 900, "Chaman", "2025-03-11")}),
    ("The new rules spare card holders but not undocumented Afghans. On Monday alone, about 1,500 of them were "
     "sent back through Torkham, the district administration said. Afghan refugees fear more arrests.",
     {("deportation", 1500, "Torkham", "2025-03-10")}),
    # a one-day figure at a crossing beats the period total told before it
    ("Some 40,000 Afghans returned from Pakistan in February, the agency said on Wednesday. Between March 1 "
     "and 10, a further 22,000 people crossed back, it said. On Tuesday alone, 3,200 returnees came through Chaman.",
     {("returns", 3200, "Chaman", "2025-03-11")}),
])
def test_extract_refugees_flow(text: str, expected: set) -> None:
    assert _refugees(text, _FLOW) == expected


@pytest.mark.parametrize("text, expected", [
    # deportees among a larger flow of returns: still returns
    ("On Tuesday, 8,000 Afghan refugees crossed back through Torkham, among them 600 who had been deported.",
     {("returns", 8000, "Torkham", "2025-03-11")}),
    # no Afghans concerned: a convoy coming through a crossing is no return
    ("Aid trucks came through Torkham on Tuesday, officials said.", set()),
    # a threat to send people back is not a removal
    ("Officials warned on Tuesday that undocumented Afghans will be sent back through Torkham.", set()),
])
def test_extract_refugees_flow_near_misses(text: str, expected: set) -> None:
    assert _refugees(text, _FLOW) == expected


@pytest.mark.parametrize("text, expected", [
    ("The cabinet on Tuesday extended the PoR cards of Afghan refugees till the end of June next year.",
     {("extension", None, "2026-06-30")}),
    ("The cabinet on Tuesday extended the PoR cards of Afghan refugees until the end of June.",
     {("extension", None, "2025-06-30")}),
    ("The cabinet on Tuesday extended the PoR cards of Afghan refugees until end-June 2026.",
     {("extension", None, "2026-06-30")}),
    ("The cabinet on Tuesday extended the validity of PoR cards of Afghan refugees until June 30. "
     "The decision covers around 1.2 million registered Afghans.",
     {("extension", 1200000, "2025-06-30")}),
    # who the decision leaves out is not who it covers
    ("The cabinet on Tuesday extended the validity of PoR cards of Afghan refugees until June 30. "
     "The decision does not cover 800,000 Afghan Citizen Card holders.",
     {("extension", None, "2025-06-30")}),
])
def test_extract_refugees_extension_until_and_count(text: str, expected: set) -> None:
    assert _refugees(text, ("action", "count", "until")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police detained 250 undocumented Afghans in raids in Karachi on Tuesday as part of a drive to expel "
     "illegal foreigners, officials said.", {("deportation", 250, "Karachi", "2025-03-11")}),
    ("Police detained 25 suspects in raids in Karachi on Tuesday, officials said.", set()),
    # held for removal: a deportation even without a day; "dozens" counts 12 (GUIDE, ACLED's convention)
    ("Karachi police said they had detained dozens of Afghans in raids over the past week and handed them over "
     "for repatriation, as the drive to expel undocumented foreigners went on.",
     {("deportation", 12, "Karachi", None)}),
    ("Karachi police said they had detained a dozen Afghans in raids over the past week and handed them over "
     "for repatriation, as the drive to expel undocumented foreigners went on.",
     {("deportation", 12, "Karachi", None)}),
    # undated and uncounted, and not held for removal: nothing
    ("Karachi police said they had detained dozens of Afghans in raids over the past week for questioning, as the "
     "drive to expel undocumented foreigners went on.", set()),
])
def test_extract_refugees_detention_in_drive(text: str, expected: set) -> None:
    assert _refugees(text, ("action", "count", "place", "date")) == expected


@pytest.mark.parametrize("text, expected", [
    # the active voice with its count: a removal through a crossing
    ("On Monday, police deported 1,200 undocumented Afghans via the Chaman crossing.",
     {("deportation", 1200, "Chaman", "2025-03-10")}),
    # arrivals through a crossing, or crossing at it, are returns of the Afghans named
    ("On Monday, 2,300 returnees arrived through Torkham, officials said.", {("returns", 2300, "Torkham", "2025-03-10")}),
    ("On Monday alone, 2,300 Afghans crossed over at Torkham, officials said.",
     {("returns", 2300, "Torkham", "2025-03-10")}),
    # near misses: "deported" without a count of people, trucks arriving
    ("Officials said on Monday that those deported through Torkham were given food.", set()),
    ("On Monday, 300 trucks arrived through Torkham, officials said.", set()),
])
def test_extract_refugees_flow_wordings(text: str, expected: set) -> None:
    assert _refugees(text, _FLOW) == expected


@pytest.mark.parametrize("text, until", [
    ("The cabinet on Tuesday extended the PoR cards of Afghan refugees until the end of the year.", "2025-12-31"),
    ("The cabinet on Tuesday extended the PoR cards of Afghan refugees until the end of next year.", "2026-12-31"),
])
def test_extract_refugees_extension_until_year_end(text: str, until: str) -> None:
    assert _refugees(text, ("action", "until")) == {("extension", until)}


@pytest.mark.parametrize("text, value", [("Dozens of Afghans were held.", 12), ("dozens of Afghans were held", 12),
                                         ("a dozen Afghans were held", 12), ("half a dozen Afghans were held", None)])
def test_relations_counts_read_dozens_as_twelve(text: str, value) -> None:
    from frontierwatch.extract.relations_common import counts
    found = [v for _, _, v, _ in counts(text, frozenset({"afghans"}), frozenset())]
    assert found == ([value] if value else [])
