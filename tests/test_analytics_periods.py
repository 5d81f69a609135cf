"""Periods: weeks with any start day, months, quarters, years, previous periods, bad input."""
from datetime import date

import pytest

from frontierwatch.analytics.periods import (month_period, parse_period, quarter_period, week_period,
                                              weekday_index, year_period)
from frontierwatch.errors import QueryError


@pytest.mark.parametrize("day,start,first,last", [
    ("2025-09-12", "friday", date(2025, 9, 12), date(2025, 9, 18)),
    ("2025-09-18", "fri", date(2025, 9, 12), date(2025, 9, 18)),
    ("2025-09-14", "monday", date(2025, 9, 8), date(2025, 9, 14)),
    ("2025-09-15", "Monday", date(2025, 9, 15), date(2025, 9, 21)),
    ("2025-09-13", "sunday", date(2025, 9, 7), date(2025, 9, 13)),
])
def test_periods_week_contains_day(day, start, first, last):
    p = week_period(day, start)
    assert (p.start, p.end, p.days) == (first, last, 7)
    assert p.previous().start == date.fromordinal(first.toordinal() - 7)


@pytest.mark.parametrize("make,arg,first,last,prev_first", [
    (month_period, "2025-09", date(2025, 9, 1), date(2025, 9, 30), date(2025, 8, 1)),
    (month_period, "2024-03", date(2024, 3, 1), date(2024, 3, 31), date(2024, 2, 1)),
    (quarter_period, "2024Q1", date(2024, 1, 1), date(2024, 3, 31), date(2023, 10, 1)),
    (quarter_period, "2024Q4", date(2024, 10, 1), date(2024, 12, 31), date(2024, 7, 1)),
    (year_period, "2024", date(2024, 1, 1), date(2024, 12, 31), date(2023, 1, 1)),
])
def test_periods_calendar_kinds(make, arg, first, last, prev_first):
    p = make(arg)
    assert (p.start, p.end) == (first, last)
    assert p.previous().start == prev_first


def test_periods_custom_range_previous_has_same_length():
    p = parse_period(date_from="2025-09-10", date_to="2025-09-19")
    prev = p.previous()
    assert prev.days == p.days == 10 and prev.end == date(2025, 9, 9)


@pytest.mark.parametrize("kw", [{}, {"week": "2025-09-12", "year": "2024"}, {"month": "2025-13"},
                                {"quarter": "2024Q5"}, {"week": "12/09/2025"}, {"date_from": "2025-09-10"},
                                {"date_from": "2025-09-10", "date_to": "2025-09-01"}])
def test_periods_bad_input_is_query_error(kw):
    with pytest.raises(QueryError):
        parse_period(**kw)


def test_periods_weekday_names():
    assert weekday_index("Friday") == 4 and weekday_index("th") == 3
    with pytest.raises(QueryError):
        weekday_index("someday")
