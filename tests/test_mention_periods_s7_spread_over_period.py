"""What a sentence spreads "over the course of the month" is no incident of one day; a night-long clash is."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

_VIOLENCE = {"attack", "security_operation", "cross_border"}


def _events(text: str) -> list:
    ex = extract(Document(id="t", text=text, published="2026-07-03"))
    return [e for e in ex.events if e.type in _VIOLENCE]


@pytest.mark.parametrize("text", [
    "Several schools were torched in Kech over the course of the month.",
    "Militants attacked polio teams in Bannu throughout the month, the report said.",
])
def test_mention_periods_s7_spread_over_a_period_is_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    # near misses: a day of its own, or a clash lasting through one night, stays an event
    "Militants torched a school in Kech on Monday, the third such attack over the course of the month.",
    "Militants attacked a police post in Bannu on Sunday and the firing went on throughout the night.",
])
def test_mention_periods_s7_dated_incident_stays(text: str) -> None:
    assert len(_events(text)) == 1


@pytest.mark.parametrize("text, n", [
    # the period phrase sits in a trailing or reported clause, not on the main verb: the dated-less incident stays
    ("Three policemen were martyred when gunmen stormed a post in Bannu's Domel area, the second such raid in the "
     "district throughout the month, officials said.", 1),
    ("Unknown assailants gunned down two shopkeepers in Turbat, police said, adding that patrols had been stepped up "
     "throughout the week of the festival.", 1),
    ("Troops killed five militants in an operation in Khyber, the military said, adding that such raids would go on "
     "throughout the year.", 1),
])
def test_mention_periods_s7_period_in_side_clause_keeps_event(text: str, n: int) -> None:
    assert len(_events(text)) == n
