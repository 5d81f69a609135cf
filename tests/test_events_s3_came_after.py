""""The attack came N days after troops killed ..." dates the earlier incident N days before the attack."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_LEAD = "Four policemen were killed when militants attacked a checkpost in Bannu on Friday, officials said. "


def _ops(tail: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-03-07", title="Checkpost attacked",
                   text=_LEAD + tail)
    return [e for e in violence_events(doc, split_sentences(doc.text)) if e.type == "security_operation"]


@pytest.mark.parametrize("tail,day", [
    ("The attack came two days after security forces killed six militants in an operation in Karak district.",
     "2026-03-04"),
    ("It came a week after troops killed three terrorists during a raid in Tank district.", "2026-02-27"),
])
def test_events_came_after_gap(tail, day):
    evs = _ops(tail)
    assert [e.date for e in evs] == [day]


def test_events_no_gap_keeps_day():
    evs = _ops("Separately, security forces killed six militants in an operation in Karak district.")
    assert [e.date for e in evs] == ["2026-03-06"]


def test_events_came_after_non_violence_keeps_day():
    # the clause after "came two days after" tells talks, not the incident in Karak
    evs = _ops("Troops killed six militants in Karak district in an operation that came two days after "
               "talks collapsed.")
    assert [e.date for e in evs] != ["2026-03-04"]
