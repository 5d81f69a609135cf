"""Session-5 claims: rows of a pipe table led by one region give that region's figures for the caption's
period; 'during the quarter' after a month in force is the quarter holding it; a change 'over the N
... in <period>' keeps the figure's own period; returns from another country with words between are no
returnee claim."""
from __future__ import annotations

import pytest

from frontierwatch.extract.claims import extract_claims
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _claims(text: str, published: str = "2026-04-06", title: str | None = None) -> set[tuple]:
    doc = Document(id="t", text=text, title=title, published=published)
    return {(c.metric, c.value, c.unit, c.period_start, c.period_end, c.region)
            for c in extract_claims(doc, split_sentences(text))}


_TABLE = ("The monitor counted 90 militant attacks in the first quarter of 2026.\n\n"
          "Table 2: Attacks and deaths by province, Q1 2026\n\n{header}\n\n{rows}\n\n"
          "Most of the violence was in the north-west.")


@pytest.mark.parametrize("row,metric,value,region", [
    ("Sindh | 12 | 30", "attacks", 12, "Sindh"),
    ("Sindh | 12 | 30", "deaths", 30, "Sindh"),
    ("Balochistan | 1,204 | 7", "attacks", 1204, "Balochistan"),
])
def test_claims_s5_table_row_of_a_region(row: str, metric: str, value: int, region: str) -> None:
    text = _TABLE.format(header="Province | Attacks | Deaths", rows=row)
    assert (metric, value, "count", "2026-01-01", "2026-03-31", region) in _claims(text)


@pytest.mark.parametrize("header,row", [
    ("Province | Attacks | Deaths", "Total | 90 | 41"),  # a total restates the text's figure
    ("Province | Attacks | Deaths", "Sindh and Punjab | 5 | 9"),  # no one region's row
    ("Province | Budget | Staff", "Sindh | 12 | 30"),  # columns name no claim metric
])
def test_claims_s5_table_row_not_a_region_claim(header: str, row: str) -> None:
    text = _TABLE.format(header=header, rows=row)
    assert not any(c[1] in (41, 5, 9, 12, 30) for c in _claims(text))


def test_claims_s5_during_the_quarter_after_a_month() -> None:
    text = ("Militants carried out 150 attacks in the first quarter of 2026, the centre said. March alone saw "
            "61 attacks. Troops conducted 40 operations during the quarter.")
    found = _claims(text)
    assert ("operations", 40, "count", "2026-01-01", "2026-03-31", "PK") in found
    assert ("attacks", 61, "count", "2026-03-01", "2026-03-31", "PK") in found


def test_claims_s5_during_the_month_keeps_the_month() -> None:
    text = "Militants carried out 61 attacks in March 2026. Troops conducted 40 operations during the month."
    assert ("operations", 40, "count", "2026-03-01", "2026-03-31", "PK") in _claims(text)


def test_claims_s5_change_over_a_figure_in_an_earlier_period() -> None:
    text = ("The country saw 120 attacks in the first quarter of 2026, a rise of 20 percent over the 100 attacks "
            "logged in the last quarter of 2025.")
    found = _claims(text)
    assert ("attacks", 20, "percent", "2026-01-01", "2026-03-31", "PK") in found
    assert ("attacks", 100, "count", "2025-10-01", "2025-12-31", "PK") in found


@pytest.mark.parametrize("text,expected", [
    ("Troops carried out 4,000 raids over the 12 months of 2025, the army said.",
     ("operations", 4000, "count", "2025-01-01", "2025-12-31", "PK")),
    ("Police made 250 arrests over the 52 weeks of 2025 in the province.",
     ("arrests", 250, "count", "2025-01-01", "2025-12-31", "PK")),
])
def test_claims_s5_over_the_without_a_change_is_the_figures_own_period(text: str, expected: tuple) -> None:
    assert expected in _claims(text)


def test_claims_s5_over_a_figure_without_the_is_no_baseline() -> None:
    text = "Over 100 attacks were logged in the first quarter of 2026, a rise of 20 percent, the centre said."
    assert ("attacks", 20, "percent", "2026-01-01", "2026-03-31", "PK") in _claims(text)


@pytest.mark.parametrize("line,kept", [
    ("12,300 Afghans returned from Iran in the same week", False),
    ("12,300 Afghans returned from Pakistan during the same week", True),
])
def test_claims_s5_returns_from_another_country(line: str, kept: bool) -> None:
    text = f"KEY FIGURES\n\n5,000 Afghans returned from Pakistan between 16 and 22 March 2026\n\n{line}"
    assert any(c[0] == "returnees" and c[1] == 12300 for c in _claims(text)) is kept
