"""A sentence about something else in the incident's district ("authorities suspended trade there on Monday")
does not date a cross-border clash told without a day of its own; the fighting's own detail sentences still do."""
from __future__ import annotations

from datetime import date

import pytest

from frontierwatch.extract.datelines import find_places
from frontierwatch.extract.dates import find_dates
from frontierwatch.extract.day_gaps import only_closure
from frontierwatch.extract.events import violence_events
from frontierwatch.extract.mentions import describe
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_LEAD = ("Clashes broke out late on Sunday along the border in Spin Boldak district, local sources said. Pakistani "
         "mortar shells landed in Spin Boldak, killing three civilians. On the other side, Pakistani officials said "
         "two soldiers were killed in the Chaman sector when Taliban forces opened fire on Pakistani posts. ")


def _info(text: str):
    ref = date(2026, 5, 6)
    return describe(text, split_sentences(text), find_places(text), find_dates(text, ref), ref=ref)[0]


@pytest.mark.parametrize("after", [
    "Pakistani authorities suspended trade in Chaman on Monday, leaving trucks stranded.",
    "Officials in Chaman halted all traffic on Monday, leaving trucks stranded.",
])
def test_events_closure_day_does_not_date_clash(after):
    doc = Document(id="t1", url="u", outlet="o", published="2026-05-06", title="Report", text=_LEAD + after)
    got = [(e.type, e.admin2, e.date) for e in violence_events(doc, split_sentences(doc.text))]
    assert ("cross_border", "Chaman", "2026-05-03") in got


@pytest.mark.parametrize("text,closure", [
    ("Pakistani authorities suspended trade in Chaman on Monday.", True),
    ("Officials closed the crossing in Chaman on Monday, leaving trucks stranded.", True),
    # near misses: the fighting itself, or a detail of the incident, with a closure word
    ("The firing in Chaman, which began on Monday night, stopped on Tuesday.", False),
    ("The convoy had left its camp in Mir Ali early on Saturday morning.", False),
])
def test_day_gaps_only_closure(text, closure):
    assert only_closure(_info(text)) is closure
