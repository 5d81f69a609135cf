"""Fire told first as the cause of a closure, then on its own earlier day, is one clash on that day."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_LEAD = ("The Chaman border crossing stayed shut for a second day on Thursday, after Pakistani and Afghan "
         "border forces exchanged fire near the gate. ")


def _clashes(tail: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-04-02", title="Crossing shut",
                   text=_LEAD + tail)
    return [e for e in violence_events(doc, split_sentences(doc.text)) if e.type == "cross_border"]


@pytest.mark.parametrize("tail", [
    "Officials said the firing erupted on Tuesday evening when Afghan forces opened fire on a patrol, wounding "
    "two soldiers.",
    "Officials said the clash broke out late on Tuesday night after Afghan forces fired on Pakistani posts, "
    "wounding two soldiers.",
])
def test_segment_cause_then_own_day_is_one_clash(tail):
    evs = _clashes(tail)
    assert [(e.date, e.injured) for e in evs] == [("2026-03-31", 2)]


@pytest.mark.parametrize("sentence,stated", [
    ("Officials said the firing erupted on Tuesday evening near the gate.", False),
    ("Officials said the clash took place on Tuesday near the gate.", False),
    ("Officials said on Tuesday that two soldiers were wounded near the gate.", True),
])
def test_mentions_occurrence_verb_owns_the_day(sentence, stated):
    from datetime import date

    from frontierwatch.extract.datelines import find_places
    from frontierwatch.extract.dates import find_dates
    from frontierwatch.extract.mentions import describe

    ref = date(2026, 4, 2)
    info = describe(sentence, split_sentences(sentence), find_places(sentence), find_dates(sentence, ref), ref=ref)[0]
    assert (info.statement_day() is not None) == stated
    assert (info.event_day() is None) == stated
