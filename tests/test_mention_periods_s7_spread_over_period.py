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
