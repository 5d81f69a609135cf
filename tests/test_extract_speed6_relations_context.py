"""Speed pass 6: the relations context finds its year anchor only on first use, with the same value."""
from __future__ import annotations

from datetime import date

import pytest

from frontierwatch.extract import relations_common as rc
from frontierwatch.extract.dates import find_dates
from frontierwatch.extract.relations import extract_relations_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

TEXTS = [
    "The committee met on 4 March 2021 and again on 9 May 2023 to review the budget.",
    "Officials said on May 2, 2019 that the border gate near the river would stay shut.",
    "Nothing dated here: the valley road was quiet and traders waited for news.",
    "Authorities closed the Torkham crossing on March 4 after a clash; it stayed shut in 2023 as well.",
    "A report from 2024-01-15 says that returns slowed; by 3 June 2022 fewer families came back.",
]


def _eager(text: str) -> date | None:
    years = [d.day.year for d in find_dates(text, None) if d.kind in ("iso", "md", "dm")]
    return date(max(years), 12, 31) if years else None


def _doc(text: str, published: str | None) -> Document:
    return Document(id="t", url="", title="A test story", text=text, published=published)


@pytest.mark.parametrize("text", TEXTS)
def test_extract_speed6_year_anchor_same_as_eager_scan(text: str) -> None:
    ctx = rc.make_context(_doc(text, None), split_sentences(text))
    assert "year_anchor" not in ctx._scans  # not computed until asked
    assert ctx.year_anchor == _eager(text)


@pytest.mark.parametrize("text", TEXTS)
def test_extract_speed6_year_anchor_none_with_publication_day(text: str) -> None:
    ctx = rc.make_context(_doc(text, "2024-06-01"), split_sentences(text))
    assert ctx.year_anchor is None


@pytest.mark.parametrize("text", TEXTS)
def test_extract_speed6_relations_events_same_with_anchor_forced_first(text: str, monkeypatch) -> None:
    doc = _doc(text, None)
    lazy = extract_relations_events(doc, split_sentences(text))
    made = rc.make_context

    def eager(document, sentences):
        ctx = made(document, sentences)
        ctx.year_anchor  # the old behaviour: scanned before any sub-stage runs
        return ctx

    monkeypatch.setattr("frontierwatch.extract.relations.make_context", eager)
    assert extract_relations_events(doc, split_sentences(text)) == lazy
