"""Claims: a day's flow told by no one and one bomb's toll in a background sentence are events, not statistics."""
from __future__ import annotations

import pytest

from frontierwatch.extract.claims import extract_claims
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

PUB = "2025-03-12"  # a Wednesday


def _keys(text: str) -> set[tuple]:
    doc = Document(id="t", text=text, published=PUB, title=None)
    return {(c.metric, c.value, c.period_start, c.period_end) for c in extract_claims(doc, split_sentences(text))}


_LEAD = "Some 52,000 Afghans returned from Pakistan in February, the UNHCR said on Tuesday. "


@pytest.mark.parametrize("text, expected", [
    # a one-day figure at a crossing, told by no one: the day's flow is an event
    (_LEAD + "On Monday alone, 2,950 returnees came through Torkham.",
     {("returnees", 52000, "2025-02-01", "2025-02-28")}),
    # one bomb's toll, a year back, is background and not a yearly statistic
    ("Militants attacked a check post on Monday. A bomb outside the vegetable market last year killed six people.",
     set()),
])
def test_extract_claims_one_incident_not_a_claim(text: str, expected: set) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the same one-day figure attributed in its sentence stays a claim (an agency's figure for a day)
    (_LEAD + "On Monday alone, 2,950 people crossed back through Torkham, the agency said.",
     {("returnees", 52000, "2025-02-01", "2025-02-28"), ("returnees", 2950, "2025-03-10", "2025-03-10")}),
    # bombs counted over a year are a statistic
    ("Bomb attacks killed 64 people in the province last year, a think-tank said.",
     {("deaths", 64, "2024-01-01", "2024-12-31")}),
])
def test_extract_claims_one_incident_near_misses(text: str, expected: set) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day's record "in a single day since ..." is no running total; the running total after it is
    ("About 7,400 Afghans returned through Torkham on Monday, the highest number in a single day since the "
     "deadline expired, officials said. Around 52,000 Afghans have crossed through Torkham since March 1.",
     {("returnees", 52000, "2025-03-01", "2025-03-12")}),  # a running total of the last weeks ends when told
    # trucks crossing are no returns
    ("Around 900 trucks have crossed through Torkham since March 1, customs officials said.", set()),
])
def test_extract_claims_one_incident_day_record_and_crossing(text: str, expected: set) -> None:
    assert _keys(text) == expected


def test_extract_claims_one_incident_report_period_restored() -> None:
    """'The report also noted ...' goes back to the report's own period (the headline's), not the last
    period another sentence named."""
    text = ("The monitor counted 61 attacks in June, it said on Monday. In the first half of the year it counted "
            "300 attacks. The report also noted a fall in attacks in Sindh, which saw four incidents.")
    doc = Document(id="t", text=text, published="2025-07-08", title="Attacks rise in June: report")
    got = {(c.value, c.period_start, c.period_end) for c in extract_claims(doc, split_sentences(text))
           if c.metric == "attacks"}
    assert (4, "2025-06-01", "2025-06-30") in got and (300, "2025-01-01", "2025-06-30") in got
