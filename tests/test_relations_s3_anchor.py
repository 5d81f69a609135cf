"""Session-3: an undated text with no full date resolves '5 September' by the latest year it names
with a month ('the first week of September 2026'); a text naming no year leaves the day unknown."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.extract import relations_common as rc
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_TEXT = ("The agency said that in the first week of {month} 18,400 Afghans returned from Pakistan.\n\n"
         "On Saturday, 5 September, more than 3,900 people crossed back into Afghanistan through Torkham, "
         "according to border officials.")


@pytest.mark.parametrize("month,day", [("September 2026", "2026-09-05"), ("September 2024", "2024-09-05")])
def test_relations_s3_month_year_anchors_an_undated_text(month: str, day: str) -> None:
    doc = Document(id="t", text=_TEXT.format(month=month), published=None)
    dates = [e.date for e in extract(doc).events if e.type == "refugees"]
    assert dates == [day]


def test_relations_s3_no_year_named_leaves_the_day_unknown() -> None:
    doc = Document(id="t", text=_TEXT.format(month="September"), published=None)
    assert [e.date for e in extract(doc).events if e.type == "refugees"] == [None]


def test_relations_s3_day_anchor_prefers_a_full_date() -> None:
    text = "Officials met on 4 March 2021. A review is due in September 2026."
    ctx = rc.make_context(Document(id="t", text=text, published=None), split_sentences(text))
    assert ctx.day_anchor is not None and ctx.day_anchor.year == 2021
