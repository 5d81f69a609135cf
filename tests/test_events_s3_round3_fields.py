"""Round-3 violence-event rules on short invented reports: a day followed by "evening, officials said" is the
incident's day (so an older incident told later is its own event), "now stands at" replaces earlier figures,
"the hallmarks of X" attributes, the other dead beside guards at a ministry are civilians, and a month's
abductions spread over two districts are no incident."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _events(text: str, published: str = "2026-03-12", title: str = "Attack report") -> list:
    doc = Document(id="t1", url="u", outlet="o", published=published, title=title, text=text)
    return violence_events(doc, split_sentences(doc.text))


@pytest.mark.parametrize("part", ["evening", "night", "morning"])
def test_events_s3_day_with_time_then_officials_said(part: str) -> None:
    evs = _events(f"Five soldiers were martyred when militants attacked a checkpost in Bannu district on Tuesday {part}, "
                  "officials said. The attack came weeks after gunmen stormed a police station in the same district "
                  "on February 2, killing two policemen.")
    assert sorted(e.date for e in evs) == ["2026-02-02", "2026-03-10"]


def test_events_s3_day_then_officials_said_near_miss() -> None:
    # near miss: a lone day before "officials said" keeps its statement reading (one event, the lead's day)
    evs = _events("Five soldiers were martyred when militants attacked a checkpost in Bannu district, officials said "
                  "on Tuesday.")
    assert [e.date for e in evs] == ["2026-03-10"]


@pytest.mark.parametrize("update, injured", [
    ("The figure now stands at one dead and four injured.", 4),
    ("The count now stands at two dead and three injured, police said.", 3),
])
def test_events_s3_now_stands_replaces_figures(update: str, injured: int) -> None:
    evs = _events("A grenade was thrown at a shop in Quetta on Tuesday, injuring five people. " + update)
    assert [e.injured for e in evs] == [injured]


def test_events_s3_now_stands_near_miss() -> None:
    # near miss: without "now stands at" the larger figure stays
    evs = _events("A grenade was thrown at a shop in Quetta on Tuesday, injuring five people. "
                  "Four of the injured were later sent home.")
    assert [e.injured for e in evs] == [5]


def test_events_s3_hallmarks_attribution() -> None:
    evs = _events("Four soldiers were martyred when a bomb hit their vehicle in Tank district on Tuesday. "
                  "An official said the attack bore the hallmarks of the Hafiz Gul Bahadur group.")
    assert [e.perpetrator for e in evs] == ["HGB"]


@pytest.mark.parametrize("place, killed", [
    ("near the gate of a government ministry in Kabul",
     {"security_forces": 2, "civilians": 4}),
])
def test_events_s3_others_beside_guards_are_civilians(place: str, killed: dict) -> None:
    evs = _events(f"A suicide bomber blew himself up {place} on Tuesday, killing six people, including two guards.")
    assert [e.killed.as_dict() for e in evs] == [killed]


def test_events_s3_others_beside_soldiers_near_miss() -> None:
    # near miss: at an army camp the others are not said to be civilians
    evs = _events("A suicide bomber blew himself up at the gate of an army camp in Bannu district on Tuesday, "
                  "killing six people, including two soldiers.")
    assert [e.killed.as_dict() for e in evs] == [{"security_forces": 2, "unspecified": 4}]


def test_events_s3_month_abductions_no_incident() -> None:
    evs = _events("The month saw twenty attacks across the province. Abductions also rose, with 15 people "
                  "kidnapped during the month, most of them in Bannu and Lakki Marwat.", title="Monthly review")
    assert [e for e in evs if e.admin2 in ("Bannu", "Lakki Marwat")] == []
