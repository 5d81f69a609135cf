"""A split of a total ("Of the N killed, ...") opens no incident of its own; an incident told first stays."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _violence(text: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2025-07-01", title="Half-year review", text=text)
    return violence_events(doc, split_sentences(doc.text))


@pytest.mark.parametrize("text", [
    "Pakistan recorded 640 violence-linked fatalities in the second quarter, a think tank said. "
    "Of the 640 people killed, 300 were militants, 200 were soldiers and 140 were civilians.",
    "Khyber Pakhtunkhwa recorded 75 fatalities in June. Of these 75 people killed, 40 were militants and "
    "35 were civilians.",
])
def test_segment_breakdown_of_roundup_is_no_event(text):
    assert _violence(text) == []


def test_segment_breakdown_after_incident_keeps_incident():
    evs = _violence("Ten people were killed when a bomb exploded at a market in Bannu on Sunday. "
                    "Of the ten killed, six were soldiers and four were civilians.")
    assert len(evs) == 1 and evs[0].admin2 == "Bannu"
    assert evs[0].killed.total() == 10
