"""A protest or shutdown told with its own day in the incident's district ("shopkeepers in X closed their shops
on Monday in protest") does not date the incident; a detail sentence about the incident itself still does."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_LEAD = ("Three soldiers were martyred when a roadside bomb hit their vehicle near Mir Ali in North Waziristan, "
         "officials said on Sunday. ")


def _days(tail: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-02-03", title="Soldiers martyred", text=_LEAD + tail)
    return [e.date for e in violence_events(doc, split_sentences(doc.text))]


@pytest.mark.parametrize("tail", [
    "Traders in Mir Ali's bazaar shut their shops on Monday in protest against the killings.",
    "On Monday, residents of Mir Ali held a protest demanding better security on the road.",
])
def test_events_protest_day_does_not_date_the_incident(tail):
    assert _days(tail) == ["2026-02-01"]


def test_events_detail_day_still_dates_the_incident():
    # near miss: the detail sentence tells the incident's own day
    assert _days("The convoy had left its camp in Mir Ali early on Saturday morning.") == ["2026-01-31"]
