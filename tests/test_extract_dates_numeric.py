"""Dates written in digits with a year: day first ("4/10/2025" = 4 October), month first only when
the day-first reading is impossible, never a fraction, a case number or a version string."""
from datetime import date

import pytest

from frontierwatch.extract.dates import find_dates


@pytest.mark.parametrize("text, expected", [
    ("The convoy was hit on 4/10/2025 near the bridge.", date(2025, 10, 4)),
    ("Police said the raid took place on 04-10-2025.", date(2025, 10, 4)),
    ("A notice dated 4.10.2025 was issued.", date(2025, 10, 4)),
    ("Talks resumed on 10/28/2025 in Doha.", date(2025, 10, 28)),  # 28 cannot be a month
    ("The curfew of 31/12/2024 was lifted.", date(2024, 12, 31)),
])
def test_dates_numeric_day_first(text, expected):
    found = find_dates(text, "2025-11-30")
    assert [d.day for d in found] == [expected]
    assert found[0].kind == "iso"
    assert text[found[0].start:found[0].end][0].isdigit()


@pytest.mark.parametrize("text", [
    "An FIR numbered 118/2025 was registered.",        # case number, no day
    "Turnout was 3/4 of the registered voters.",       # a fraction
    "The app was updated to 2.10.2025.7 overnight.",   # a version string
    "Ward 7/12/2025B was sealed.",                     # glued to a letter
    "The form says 33/10/2025.",                       # no such day
    "The form says 13/13/2025.",                       # neither reading is a day
])
def test_dates_numeric_not_a_day(text):
    assert find_dates(text, "2025-11-30") == []
