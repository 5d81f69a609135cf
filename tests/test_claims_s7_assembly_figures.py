"""Figures told to a house: "the first six months of the current year", "embraced martyrdom", a change over
"the corresponding period of last year", and a region that has a figure of its own in a later clause."""
from __future__ import annotations

import datetime

import pytest

from frontierwatch.extract import extract
from frontierwatch.extract.periods import find_periods
from frontierwatch.records import Document


def _claims(text: str) -> set[tuple]:
    doc = Document(id="t", text=text, published="2025-07-20")
    return {(c.metric, c.value, c.unit, c.period_start, c.period_end, c.region) for c in extract(doc).claims}


@pytest.mark.parametrize("text, span", [
    ("during the first six months of the current year", ("2025-01-01", "2025-06-30")),
    ("in the first half of the current year", ("2025-01-01", "2025-06-30")),
    ("in the first quarter of the current year", ("2025-01-01", "2025-03-31")),
])
def test_claims_s7_current_year_spans(text: str, span: tuple) -> None:
    got = [(p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, datetime.date(2025, 7, 20)) if p.end]
    assert got == [span]


@pytest.mark.parametrize("text, baseline", [
    ("Attacks rose 14 percent over the corresponding period of last year.", True),
    ("Attacks rose 14 percent compared with the same period of 2024.", True),
    ("Attacks rose 14 percent in the same period of 2024.", False),  # the figure's own period
])
def test_claims_s7_same_period_is_the_baseline(text: str, baseline: bool) -> None:
    roles = [p.role for p in find_periods(text, datetime.date(2025, 7, 20))]
    assert roles == (["baseline"] if baseline else ["main"])


@pytest.mark.parametrize("text, claims", [
    ("The Senate was told on Monday that 402 attacks took place during the first six months of the current year, "
     "in which 190 soldiers and 150 civilians embraced martyrdom.",
     {("security_forces_killed", 190, "count", "2025-01-01", "2025-06-30", "PK"),
      ("civilians_killed", 150, "count", "2025-01-01", "2025-06-30", "PK")}),
    ("In the first half of 2025, 870 terrorists were sent to hell in operations across the country, the minister said.",
     {("militants_killed", 870, "count", "2025-01-01", "2025-06-30", "PK")}),
    # the change is the country's; Sindh's share is the later clause's own figure
    ("Attacks in the first half of 2025 showed a 12 percent increase over the corresponding period of last year, "
     "and Sindh alone accounted for 40 of them.",
     {("attacks", 12, "percent", "2025-01-01", "2025-06-30", "PK")}),
])
def test_claims_s7_assembly_figures(text: str, claims: set[tuple]) -> None:
    assert claims <= _claims(text)


def test_claims_s7_region_named_before_its_figure_is_kept() -> None:
    # a region in a later clause with no figure of its own still places the figure (the sentence's region)
    text = "Attacks rose 12 percent in the first half of 2025, officials in Punjab said."
    assert ("attacks", 12, "percent", "2025-01-01", "2025-06-30", "Punjab") in _claims(text)


def test_claims_s7_region_inside_later_clause_still_places() -> None:
    # the province named inside a later clause ("... Lakki Marwat district of Khyber Pakhtunkhwa with 40") is where
    # the districts are: it still places the first figure (it does not open a clause of its own)
    text = ("Bannu topped the list in 2024 with 61 attacks, followed by Karak with 44 and Lakki Marwat district of "
            "Khyber Pakhtunkhwa with 40.")
    assert ("attacks", 61, "count", "2024-01-01", "2024-12-31", "Khyber Pakhtunkhwa") in _claims(text)
