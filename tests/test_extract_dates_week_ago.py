"""'A week ago' is seven days before publication; 'weeks ago' or 'two weeks ago' give no day."""
from datetime import date

import pytest

from frontierwatch.extract.dates import find_dates

PUB = date(2026, 6, 15)


@pytest.mark.parametrize("text", ["Traders said the gate was sealed exactly a week ago.",
                                  "The post was attacked one week ago, residents said.",
                                  "A week ago, the talks in Doha broke down."])
def test_a_week_ago_is_seven_days_back(text):
    days = [d.day for d in find_dates(text, PUB)]
    assert days == [date(2026, 6, 8)]


@pytest.mark.parametrize("text", ["The gate was sealed weeks ago.", "Two weeks ago the talks broke down.",
                                  "The gate was sealed more than a week ago.", "It shut nearly a week ago.",
                                  "Talks broke down about a week ago.",
                                  "The road has been closed for a week."])
def test_vaguer_weeks_give_no_day(text):
    assert find_dates(text, PUB) == []


def test_without_publication_a_week_ago_is_unresolved():
    assert [d.day for d in find_dates("The gate was sealed a week ago.", None)] in ([], [None])
