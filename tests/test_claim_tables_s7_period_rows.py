"""Table rows with their own period cell ("8–14 Aug | 22,415") and region rows under "X by province of departure"."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _claims(text: str, title: str = "Returns Update (1 – 30 September 2025)") -> set[tuple]:
    doc = Document(id="t", text=text, title=title, published="2025-10-02")
    return {(c.metric, c.value, c.region, c.period_start, c.period_end) for c in extract(doc).claims}


@pytest.mark.parametrize("table, rows", [
    ("Week | Period | Returnees\n36 | 1–7 Sep | 10,120\n37 | 8–14 Sep | 11,305\nTotal | | 21,425",
     {("returnees", 10120, "PK", "2025-09-01", "2025-09-07"), ("returnees", 11305, "PK", "2025-09-08", "2025-09-14")}),
    ("Month | Attacks | Deaths\nJuly 2025 | 61 | 140\nAugust 2025 | 58 | 122",
     {("attacks", 61, "PK", "2025-07-01", "2025-07-31"), ("deaths", 122, "PK", "2025-08-01", "2025-08-31")}),
])
def test_claim_tables_s7_row_period_cell(table: str, rows: set[tuple]) -> None:
    got = _claims("WEEKLY FIGURES\n\n" + table)
    assert rows <= got
    assert all(c[1] != 21425 for c in got)  # the total row restates, no claim


@pytest.mark.parametrize("table", [
    # rows led by a crossing or a week number alone: no region and no period, so no claim
    "Crossing | Returnees\nTorkham | 6,200\nChaman | 3,100",
    "Week | Returnees\n36 | 10,120\n37 | 11,305",
])
def test_claim_tables_s7_no_period_no_region_no_claim(table: str) -> None:
    got = _claims("WEEKLY FIGURES\n\n" + table)
    assert not any(c[1] in (6200, 3100, 10120, 11305) for c in got)


@pytest.mark.parametrize("heading, found", [
    ("RETURNEES BY PROVINCE OF DEPARTURE", True),
    ("Returnees by province of origin:", True),
    ("Returnees by province of Pakistan", False),  # "of <a place>": not a way of splitting the figure
])
def test_claim_rows_s7_heading_of_departure(heading: str, found: bool) -> None:
    got = _claims(f"{heading}\nPunjab: 4,210\nSindh: 1,980\n\nPartners continue to monitor the crossings.")
    assert (("returnees", 4210, "Punjab", "2025-09-01", "2025-09-30") in got) is found


def test_claim_tables_s7_named_row_with_date_is_no_national_figure() -> None:
    # a row led by a district's name with a date cell: that district's figure, not the country's
    got = _claims("WEEKLY FIGURES\n\nDistrict | Date | Attacks\nBannu | March 2025 | 4\nKarak | March 2025 | 3")
    assert not any(c[1] in (4, 3) and c[2] == "PK" for c in got)
