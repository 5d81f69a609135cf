"""A figure-less trigger about a district whose operation was told before another district's ("a team raided
a hideout in X late Thursday night") is that first operation's detail, not a new operation."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_LEAD = ("The CTD said on Friday it had killed three terrorists in an exchange of fire in Rajanpur and arrested "
         "two suspects in Multan during intelligence-based operations. ")


def _ops(tail: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-01-10", title="CTD operations", text=_LEAD + tail)
    return sorted((e.admin2, e.date) for e in violence_events(doc, split_sentences(doc.text))
                  if e.type == "security_operation")


@pytest.mark.parametrize("tail", [
    "According to a CTD spokesperson, a team raided a hideout in Rajanpur late Thursday night on a tip-off.",
    "Officials said CTD personnel raided a compound in Rajanpur on Thursday night after a tip-off.",
])
def test_segment_detail_goes_home(tail):
    ops = _ops(tail)
    assert [a for a, _ in ops].count("Rajanpur") == 1
    assert ("Rajanpur", "2026-01-08") in ops


def test_segment_new_incident_in_same_district_stays_apart():
    ops = _ops("In a separate operation, police killed two more militants in Rajanpur on Thursday.")
    assert [a for a, _ in ops].count("Rajanpur") == 2
