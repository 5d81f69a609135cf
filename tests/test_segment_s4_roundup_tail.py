"""A round-up report's dayless figure with no district ("militants also kidnapped 14 people, most of them in X
province") after the period's totals is still the round-up, not an incident; a dated incident in a district
told after the totals still is one."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_TOTALS = ("Militants carried out 61 attacks across the country in March, a think tank said in its monthly report. "
           "Suicide attacks rose to five from three in February, the report noted. ")


def _events(tail: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-04-02", title="Monthly security report",
                   text=_TOTALS + tail)
    return [(e.type, e.admin2) for e in violence_events(doc, split_sentences(doc.text))]


@pytest.mark.parametrize("tail", [
    "Militants also kidnapped 11 people, most of them in the south of Balochistan.",
    "Insurgents also abducted nine labourers in Khyber Pakhtunkhwa during the month.",
])
def test_segment_roundup_tail_no_event(tail):
    assert _events(tail) == []


def test_segment_dated_incident_after_totals_kept():
    # near miss: a dated incident in a named district
    assert _events("On March 9, gunmen kidnapped six passengers from a bus in Kalat district.") == \
        [("attack", "Kalat")]
