"""A placeless summary of an operation ("troops killed five of them a day later") folds into the same operation
told with its place; a placeless event with other figures, type, day or district stays."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events_post import dedupe
from frontierwatch.records import Casualties, Event, Evidence


def _ev(place: str | None, militants: int | None, etype: str = "security_operation", day: str = "2026-07-14",
        admin2: str = "Kalat", sf: int | None = None, said: str = "", injured: int | None = None) -> Event:
    return Event(type=etype, date=day, country="PK", admin1="Balochistan", admin2=admin2, place=place,
                 killed=Casualties(militants=militants, security_forces=sf), injured=injured,
                 evidence=[Evidence(text=said)] if said else [])


def test_events_post_s7_placeless_summary_folds_into_the_placed_event() -> None:
    out = dedupe([_ev(None, 5), _ev("Mangochar", 5, sf=1)])
    assert [(e.place, e.killed.militants) for e in out] == [("Mangochar", 5)]


@pytest.mark.parametrize("other", [
    _ev("Mangochar", 3, sf=1),                      # other figure
    _ev("Mangochar", 5, etype="attack"),            # other type
    _ev("Mangochar", 5, day="2026-07-15"),          # other day
    _ev("Surab", 5, admin2="Khuzdar"),              # other district
])
def test_events_post_s7_placeless_event_with_other_facts_stays(other: Event) -> None:
    assert len(dedupe([_ev(None, 5), other])) == 2


def test_events_post_s7_placeless_event_without_figures_is_not_folded_here() -> None:
    # near miss: no dead figure to compare, so nothing shows it is the same raid
    assert len(dedupe([_ev(None, None), _ev("Mangochar", 5)])) == 2


@pytest.mark.parametrize("placeless", [
    # marked as another incident of the same day and district, or with other wounded: not the same raid
    _ev(None, 5, said="In a third raid in Kalat on the same day, troops killed five more militants."),
    _ev(None, 5, said="Separately, five militants were killed in Kalat on Tuesday, officials said."),
    _ev(None, 5, said="A fresh operation in Kalat left five militants dead."),
    _ev(None, 5, injured=4),
])
def test_events_post_s7_placeless_other_incident_stays(placeless: Event) -> None:
    assert len(dedupe([_ev("Mangochar", 5, sf=1), placeless])) == 2


def test_events_post_s7_more_than_is_no_other_incident_mark() -> None:
    # near miss: "more than" is a figure, not a second incident
    placeless = _ev(None, 5, said="Troops killed five militants in Kalat after a siege of more than six hours.")
    assert len(dedupe([_ev("Mangochar", 5, sf=1), placeless])) == 1
