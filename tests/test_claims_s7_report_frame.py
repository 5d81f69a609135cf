"""An undated report's frame: its 'as of' day, its producer line, its issue number, a bracketed earlier figure."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _claims(text: str, published: str | None = None) -> list[tuple]:
    doc = Document(id="t", text=text, title=text.split("\n")[0] + " (1 – 7 July 2025)", published=published)
    return [(c.metric, c.value, c.period_start, c.period_end, c.source) for c in extract(doc).claims]


@pytest.mark.parametrize("text, claim", [
    # undated: "in June" is the June of the report's own 'as of' year, not the year after the latest named month
    ("Returns Update No. 4 (as of 30 June 2025)\n\nThis update is prepared by IOM with partners.\n\n"
     "41,300 returnees from Pakistan in June.\n\nCard holders may stay until 31 December 2025.",
     ("returnees", 41300, "2025-06-01", "2025-06-30", "IOM")),
    # a running total "since 1 January" ends on the report's 'as of' day
    ("Displacement Snapshot (as of 15 May 2025)\n\nFor further information: UNHCR Pakistan Office.\n\n"
     "Some 210,500 returnees from Pakistan since 1 January 2025 were recorded at the crossings.",
     ("returnees", 210500, "2025-01-01", "2025-05-15", "UNHCR")),
])
def test_claims_s7_undated_report_frame(text: str, claim: tuple) -> None:
    assert claim in _claims(text)


def test_claims_s7_previous_period_bracket() -> None:
    text = ("Weekly Returns Brief (8 – 14 September 2025)\n\n38,200 Afghans returned from Pakistan between 8 and 14 "
            "September, an increase of 12 per cent over the previous week (34,100).")
    got = _claims(text, published="2025-09-15")
    assert ("returnees", 34100, "2025-09-01", "2025-09-07", None) in got
    assert ("returnees", 38200, "2025-09-08", "2025-09-14", None) in got


@pytest.mark.parametrize("text, published, absent", [
    # an issue number is no figure ("Flash Update #12" above a returns report)
    ("PAKISTAN: Returns of Afghans – Flash Update #12\n\nReporting period: 1 – 7 July 2025\n\n19,400 Afghans "
     "returned from Pakistan between 1 and 7 July.", "2025-07-08", 12),
    # a bracket after a plain period (no previous/preceding) is that period's own figure, no earlier one
    ("Weekly Returns Brief\n\n38,200 Afghans returned from Pakistan in the week to 14 September, up from the week "
     "before, the agency said (34,100 in August).", "2025-09-15", None),
])
def test_claims_s7_frame_near_misses(text: str, published: str, absent: int | None) -> None:
    got = _claims(text, published=published)
    if absent is not None:
        assert all(c[1] != absent for c in got)
    assert all(c[2] != "2025-09-01" for c in got)  # no previous-week period invented


def test_claims_s7_producer_needs_known_source() -> None:
    # "prepared by" an unknown body names no source; a dated text keeps its published year
    text = ("Monthly note prepared by the district office.\n\nPakistan saw 23 attacks in May 2025, the note said, "
            "down 10 percent from April.")
    assert all(c[4] is None for c in _claims(text, published="2025-06-02"))


@pytest.mark.parametrize("text", [
    # "a statement issued by" in a news story's prose is no producer line
    "Operation continues in Khyber\n\nSecurity forces pressed on, according to a statement issued by the ISPR.\n\n"
    "Militant attacks in the country rose to 91 in October 2025.",
    "Talks welcomed\n\nA press release published by UNHCR on Monday welcomed the talks.\n\nMilitant attacks rose to 91 in October 2025.",
])
def test_claims_s7_prose_issued_by_is_no_producer(text: str) -> None:
    got = [c for c in _claims(text, published="2025-11-12") if c[1] == 91]
    assert got and all(c[4] is None for c in got)


def test_claims_s7_producer_line_of_its_own() -> None:
    text = ("Returns Update No. 5 (as of 31 July 2025)\n\nPrepared by IOM Pakistan.\n\n"
            "39,800 returnees from Pakistan in July.")
    assert ("returnees", 39800, "2025-07-01", "2025-07-31", "IOM") in _claims(text)
