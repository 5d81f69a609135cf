"""Region rows under a metric heading in a digest are per-region claims for the digest's period;
rows not led by one region, headings naming no metric and documents without a period make none."""
from __future__ import annotations

import pytest

from frontierwatch.extract.claim_rows import heading_metric, row_region
from frontierwatch.extract.claims import extract_claims
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_TITLE = "Quarterly Violence Digest: March 2026"
_DOC = ("The digest counts what its monitors recorded during the month across the country.\n\n"
        "{head}\n{rows}\n\nThe digest ends with a note on its method and sources.")


def _region_claims(head: str, rows: str, title: str | None = _TITLE) -> set[tuple]:
    text = _DOC.format(head=head, rows=rows)
    doc = Document(id="t", text=text, title=title, published="2026-04-03")
    return {(c.metric, c.value, c.unit, c.period_start, c.period_end, c.region)
            for c in extract_claims(doc, split_sentences(text)) if c.region not in ("PK", "AF", None)}


@pytest.mark.parametrize("head, rows, expected", [
    ("Attacks by region", "- Sindh: 6\n- Punjab: 4",
     {("attacks", 6, "count", "2026-03-01", "2026-03-31", "Sindh"),
      ("attacks", 4, "count", "2026-03-01", "2026-03-31", "Punjab")}),
    ("Deaths by province:", "\u2022 Balochistan: 1,120\n\u2022 KP: 33 (up from 20)",
     {("deaths", 1120, "count", "2026-03-01", "2026-03-31", "Balochistan"),
      ("deaths", 33, "count", "2026-03-01", "2026-03-31", "Khyber Pakhtunkhwa")}),
    ("Fatalities per province", "Sindh: 8\nPunjab: 9",
     {("deaths", 8, "count", "2026-03-01", "2026-03-31", "Sindh"),
      ("deaths", 9, "count", "2026-03-01", "2026-03-31", "Punjab")}),
])
def test_claim_rows_regions_under_metric_heading(head, rows, expected):
    assert _region_claims(head, rows) == expected


@pytest.mark.parametrize("head, rows", [
    ("Attacks by region", "- Urban districts: 6\n- Total: 10"),     # labels that are no region
    ("Attacks by region", "- Sindh: 40%\n- Punjab: 60%"),          # shares, not counts
    ("Downloads by region", "- Sindh: 6\n- Punjab: 4"),            # heading names no scored metric
    ("Our offices", "- Sindh: 6\n- Punjab: 4"),                    # not a split-by-region heading
])
def test_claim_rows_regions_must_not_fire(head, rows):
    assert _region_claims(head, rows) == set()


def test_claim_rows_regions_need_a_period():
    assert _region_claims("Attacks by region", "- Sindh: 6\n- Punjab: 4", title="Violence digest") == set()


def test_claim_rows_regions_stop_at_first_non_row():
    got = _region_claims("Attacks by region", "- Sindh: 6\nA sentence in between them ends the list.\n- Punjab: 4")
    assert {c[-1] for c in got} == {"Sindh"}


@pytest.mark.parametrize("text, metric", [
    ("Attacks by region", "attacks"), ("Deaths by province:", "deaths"), ("Fatalities per province", "deaths"),
    ("Attacks", None), ("Readers by region", None), ("Attacks by region and then some", None),
])
def test_claim_rows_heading_metric(text, metric):
    assert heading_metric(text) == metric


@pytest.mark.parametrize("label, region", [
    ("Sindh", "Sindh"), ("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa"), ("Afghanistan", "AF"),
    ("Sindh and Punjab", None), ("Total", None), ("Others", None),
])
def test_claim_rows_row_region(label, region):
    assert row_region(label) == region
