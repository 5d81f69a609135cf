"""'on the 24th': the day of the month of the last full date written before it, else the last such
day on or before publication; not an ordinal of something else, never a day after publication."""
from datetime import date

import pytest

from frontierwatch.extract.dates import find_dates


@pytest.mark.parametrize("text, published, expected", [
    # a monthly review: the month in force is the one of the date before
    ("The review lists the December 3 raid and a bombing in Mastung on the 19th.", "2026-01-05",
     [date(2025, 12, 3), date(2025, 12, 19)]),
    # no month written: this month's day if it has come, else last month's
    ("Officials said the checkpoint was attacked on the 2nd.", "2025-07-20", [date(2025, 7, 2)]),
    ("Officials said the checkpoint was attacked on the 28th, when it was dark.", "2025-07-20", [date(2025, 6, 28)]),
    ("The convoy was hit on the 11th in Turbat.", "2025-07-20", [date(2025, 7, 11)]),
])
def test_dates_day_of_month_resolved(text, published, expected):
    assert [d.day for d in find_dates(text, published)] == expected


@pytest.mark.parametrize("text", [
    "Parliament debated the bill on the 27th amendment.",      # an ordinal of a noun
    "He was on the 3rd floor when the blast came.",
    "The talks fell on the 31st.",                            # no 31st in June, July 31 is after publication
])
def test_dates_day_of_month_not_a_day(text):
    assert find_dates(text, "2025-07-20") == []
