"""'The first two weeks of April' / 'the last three weeks of March' are spans of whole weeks from the
month's start or back from its end; a single 'second week of' stays one week."""
from __future__ import annotations

from datetime import date

import pytest

from frontierwatch.extract.periods import find_periods

REF = date(2025, 6, 20)


@pytest.mark.parametrize("text, start, end", [
    ("Arrivals in the first two weeks of April rose sharply.", date(2025, 4, 1), date(2025, 4, 14)),
    ("Arrivals in the first three weeks of May rose sharply.", date(2025, 5, 1), date(2025, 5, 21)),
    ("Arrivals in the last two weeks of March rose sharply.", date(2025, 3, 18), date(2025, 3, 31)),
    ("Arrivals in the first five weeks of May rose sharply.", date(2025, 5, 1), date(2025, 5, 31)),
    # near-misses: one week, as before
    ("Arrivals in the second week of March rose sharply.", date(2025, 3, 8), date(2025, 3, 14)),
    ("Arrivals in the last week of March rose sharply.", date(2025, 3, 25), date(2025, 3, 31)),
])
def test_extract_periods3_weeks_of_a_month(text: str, start: date, end: date) -> None:
    main = [p for p in find_periods(text, REF, None) if p.role == "main"]
    assert (main[0].start, main[0].end) == (start, end)


def test_extract_periods3_weeks_unclear_ordinal_gives_no_week_span() -> None:
    found = find_periods("Arrivals in the second two weeks of May rose.", REF, None)
    assert all((p.start, p.end) != (date(2025, 5, 8), date(2025, 5, 14)) for p in found)
