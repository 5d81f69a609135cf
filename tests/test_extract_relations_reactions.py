"""Relations rules found on unseen news: closures in reaction to a clash, traffic still stopped,
deadlines ordered on their own day with the people concerned, drives begun by a removal verb,
projectiles that 'land' (no visit), talks on a trip and 'the same day'."""
from __future__ import annotations

import pytest

from frontierwatch.extract.relations import extract_relations_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document, Location
from relations_helpers import install_fake_gazetteer

PUB = "2025-03-12"  # a Wednesday

_CROSSINGS = {
    "Torkham": Location("PK", "Khyber Pakhtunkhwa", "Khyber", "Torkham", precision=1, crossing="Torkham"),
    "Kharlachi": Location("PK", "Khyber Pakhtunkhwa", "Kurram", "Kharlachi", precision=1, crossing="Kharlachi"),
    "Ghulam Khan": Location("PK", "Khyber Pakhtunkhwa", "North Waziristan", "Ghulam Khan", precision=1,
                            crossing="Ghulam Khan"),
}
_PLACES = {"Kabul": Location("AF", "Kabul", None, "Kabul", precision=3),
           "Peshawar": Location("PK", "Khyber Pakhtunkhwa", "Peshawar", "Peshawar", precision=2)}


@pytest.fixture(autouse=True)
def fake_geo(monkeypatch: pytest.MonkeyPatch) -> None:
    """A small stand-in gazetteer, so these tests do not depend on the real one's data."""
    install_fake_gazetteer(monkeypatch, _CROSSINGS, _PLACES, find=False)


def _events(text: str, kind: str, pub: str = PUB) -> list[dict]:
    doc = Document(id="t", text=text, published=pub)
    return [e.as_dict() for e in extract_relations_events(doc, split_sentences(text)) if e.type == kind]


_FILLER = ("Officials gave no further details. Residents described hearing heavy guns. "
           "A tribal council met to discuss the situation. ")


@pytest.mark.parametrize("text, expected", [
    # a closure told deep in the text, in reaction to the clash of the lead: the lead's day
    ("Border guards traded fire near Kharlachi on Monday, officials said. " + _FILLER
     + "The Kharlachi crossing was shut for all traffic soon after the fighting began, a trader said.",
     {("Kharlachi", "closed", "2025-03-10")}),
    # the same deep sentence with no clash to react to stays background
    ("Border guards traded fire near the frontier on Monday, officials said. " + _FILLER
     + "The Kharlachi crossing had been shut for repairs, a trader said.", set()),
    # 'trade still suspended' under a reopening is a partial reopening, not a closure
    ("Ghulam Khan opens for patients; cargo still suspended\n\n"
     "The Ghulam Khan crossing was partly reopened on Tuesday for patients and students.",
     {("Ghulam Khan", "partially_reopened", "2025-03-11")}),
    # traffic that stays stopped is not a new closure on its own either
    ("Freight through Torkham remained suspended on Tuesday as talks went on.", set()),
])
def test_relations_reactions_crossing_status(text: str, expected: set) -> None:
    got = {(e["crossing"], e["status"], e["date"]) for e in _events(text, "border_crossing")}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # "on Monday ordered ... to leave by April 30": the announcement day and the deadline
    ("The provincial cabinet on Monday ordered all undocumented Afghans to quit the province by April 30.",
     ("2025-03-10", "2025-04-30", None)),
    # the people concerned, estimated in the next sentence
    ("The provincial cabinet on Monday ordered all undocumented Afghans to quit the province by April 30. "
     "An estimated 250,000 undocumented migrants are living in the province, officials said.",
     ("2025-03-10", "2025-04-30", 250000)),
    # a total of registered refugees is not the people the deadline concerns
    ("The provincial cabinet on Monday ordered all undocumented Afghans to quit the province by April 30. "
     "The country hosts 900,000 registered refugees.",
     ("2025-03-10", "2025-04-30", None)),
])
def test_relations_reactions_deadline(text: str, expected: tuple) -> None:
    got = [(e["date"], e["until"], e["count"]) for e in _events(text, "refugees") if e["action"] == "deadline"]
    assert got == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Afghan refugees in Karachi were anxious. Police began rounding up and expelling Afghans on Monday, "
     "witnesses said.", ["2025-03-10"]),
    ("Afghan refugees in Karachi were anxious. Police started deporting Afghan families on Tuesday.", ["2025-03-11"]),
    # a launch of something else is no drive
    ("Afghan refugees in Karachi were anxious. The city began registering Afghan traders on Tuesday.", []),
])
def test_relations_reactions_deportation_drive(text: str, expected: list) -> None:
    got = [e["date"] for e in _events(text, "refugees") if e["action"] == "deportation"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # shells 'landing in' a town are no visit
    ("PESHAWAR: Rockets fired by Afghan forces landed in a village near the border on Monday, police said.", []),
    # 'was in Kabul for talks with' on 'the same day' as the event told before: talks that day
    ("Pakistani jets struck hideouts in Khost on Monday, Afghan officials said. The ministry said in a "
     "statement on Tuesday that it would respond. The strikes came on the same day that Pakistan's special "
     "envoy was in Kabul for talks with Afghan officials.",
     [("talks", "2025-03-10", ["AF", "PK"])]),
    # arriving for talks is still only the aim of a trip: a visit
    ("Pakistan's envoy arrived in Kabul for talks with Afghan officials on Monday.",
     [("visit", "2025-03-10", ["AF", "PK"])]),
])
def test_relations_reactions_diplomacy(text: str, expected: list) -> None:
    got = [(e["action"], e["date"], e["parties"]) for e in _events(text, "diplomacy")]
    assert got == expected


@pytest.mark.parametrize("text", [
    # commentary on a closure's effect
    "Exporters in Landi Kotal said the closure of Torkham has hurt their trade badly. Losses were mounting.",
    # a closure in someone's words, with no day
    'Exporters met officials in the city. "Since Torkham was sealed we have sold nothing," said a trader.',
])
def test_relations_reactions_commentary_makes_no_crossing_event(text: str) -> None:
    assert _events(text, "border_crossing") == []


@pytest.mark.parametrize("text, expected", [
    # an undated story: 'the same day' inside history (a past year, the report's own pluperfect) adds no act
    ("Pakistani and Afghan officials held talks in Doha on Sunday. Both delegations called the meeting useful. "
     "In 2022, Pakistani and Afghan officials had also met in Tehran, and the same day Iran announced a trilateral "
     "mechanism.", ["talks"]),
    ("Pakistani and Afghan officials held talks in Doha on Sunday. Both delegations called the meeting useful. "
     "Pakistan's Foreign Office recalled that Islamabad had welcomed the new rulers, and on the same day as the 2021 "
     "takeover it had lodged a protest with Kabul over border firing.", ["talks"]),
    # the story's own day told just before: the same day's act is told, its day unknown
    ("Afghan border guards fired on a Pakistani post on Monday, officials said. Islamabad summoned the Afghan envoy "
     "the same day and lodged a strong protest.", ["protest"]),
    ("Shells fired from Pakistan landed in a village in Kunar on Thursday, officials said. A local elder said dozens "
     "of families had fled. \"We ran in the dark,\" he said. In Kabul, the Foreign Ministry said the same day that "
     "it had summoned Pakistan's envoy and handed him a protest note.", ["protest"]),
])
def test_relations_reactions_undated_same_day_needs_a_day_told_before(text: str, expected: list) -> None:
    assert [e["action"] for e in _events(text, "diplomacy", pub=None)] == expected
