"""Period expressions for claims: weeks, months, quarters, years, spans, relative periods."""
from __future__ import annotations

import time
from datetime import date

import pytest

from frontierwatch.extract.day_mentions import day_mentions
from frontierwatch.extract.periods import Period, document_anchor, find_periods, previous

PUB = date(2025, 9, 25)


def _main(text: str, ref: date | None = PUB, anchor=None, current=None) -> tuple[str | None, str | None]:
    found = [p for p in find_periods(text, ref, anchor, current) if p.role == "main"]
    assert found, f"no main period in {text!r}"
    p = found[0]
    return (p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None)


@pytest.mark.parametrize("text, ref, expected", [
    ("raids fell by 10 percent between 3–9 August 2025, officials said", PUB, ("2025-08-03", "2025-08-09")),
    ("in the week from 30 Jan to 5 Feb 2025 there were", PUB, ("2025-01-30", "2025-02-05")),
    ("between July 28 and August 3, 2024, police logged", PUB, ("2024-07-28", "2024-08-03")),
    ("from May 2 to May 8 the agency counted", date(2025, 6, 1), ("2025-05-02", "2025-05-08")),
    ("in the second week of March 2023 the count", PUB, ("2023-03-08", "2023-03-14")),
    ("during the first five months of 2022 the toll", PUB, ("2022-01-01", "2022-05-31")),
    ("in the second half of 2021 violence", PUB, ("2021-07-01", "2021-12-31")),
    ("in the third quarter of 2024 there were", PUB, ("2024-07-01", "2024-09-30")),
    ("Q2 2023 saw a fall", PUB, ("2023-04-01", "2023-06-30")),
    ("from 2018 to 2020 attacks rose", PUB, ("2018-01-01", "2020-12-31")),
    ("since March 2022 more than", PUB, ("2022-03-01", None)),
    ("since 2019 the province has seen", PUB, ("2019-01-01", None)),
    ("so far this year the police have", PUB, ("2025-01-01", None)),
    ("in 2025 so far there were", PUB, ("2025-01-01", None)),
    ("in 2024, the group carried out", PUB, ("2024-01-01", "2024-12-31")),
    ("last year the figure stood at", PUB, ("2024-01-01", "2024-12-31")),
    ("last month the department counted", PUB, ("2025-08-01", "2025-08-31")),
    ("across the past three weeks some", PUB, ("2025-09-04", "2025-09-25")),
    ("over the past fortnight the agency", PUB, ("2025-09-11", "2025-09-25")),
    ("in the 12 months to June 2025, police", PUB, ("2024-07-01", "2025-06-30")),
    ("in the six months ending March 2024 the", PUB, ("2023-10-01", "2024-03-31")),
    ("in H2 2024 the toll", PUB, ("2024-07-01", "2024-12-31")),
    ("H1 2023 saw a fall", PUB, ("2023-01-01", "2023-06-30")),
    ("year to date, the police have", PUB, ("2025-01-01", None)),
    ("between May 2 and 9, the agency", PUB, ("2025-05-02", "2025-05-09")),
    ("in October, attacks went up", PUB, ("2024-10-01", "2024-10-31")),
    ("in June, attacks went up", PUB, ("2025-06-01", "2025-06-30")),
    ("in November 2020 there were", PUB, ("2020-11-01", "2020-11-30")),
    ("so far this month the police", PUB, ("2025-09-01", "2025-09-25")),
    ("between July and September, 722 people", date(2025, 10, 2), ("2025-07-01", "2025-09-30")),
    ("since the drive began in November 2023, over", PUB, ("2023-11-01", None)),
])
def test_extract_periods_main_period(text, ref, expected):
    assert _main(text, ref) == expected


def test_extract_periods_two_months_joined_by_and_are_not_a_span():
    spans = [(p.start.isoformat(), p.end.isoformat() if p.end else None) for p in find_periods("in March and May, attacks fell", PUB)]
    assert spans == [("2025-03-01", "2025-03-31"), ("2025-05-01", "2025-05-31")]


def test_extract_periods_current_year_is_open_ended():
    # a year that has not ended at publication: the figures are "so far"
    assert _main("in 2025, the province logged", date(2025, 5, 1)) == ("2025-01-01", None)


def test_extract_periods_month_without_publication_date_uses_anchor():
    # no publication date; the document names December 2023 as its latest date
    assert _main("in March, attacks fell", None, anchor=(2023, 12)) == ("2024-03-01", "2024-03-31")


def test_extract_periods_document_anchor_is_latest_mention():
    assert document_anchor("compared with 2019 and since October 2022, while 2021 saw") == (2022, 10)


@pytest.mark.parametrize("text, role", [
    ("the highest number since November 2015", "compare"),
    ("the lowest level since June 2020", "compare"),
    ("a rise of 5 percent compared with July", "baseline"),
    ("up from 12 in March", "baseline"),
    ("earlier in January, troops killed", "event"),
])
def test_extract_periods_roles(text, role):
    roles = {p.role for p in find_periods(text, PUB)}
    assert roles == {role}


def test_extract_periods_relative_to_period_in_force():
    week = Period(date(2025, 3, 7), date(2025, 3, 13), (0, 0), "day_range")
    found = find_periods("against 12 the week before", PUB, None, week)
    assert [(p.start, p.end, p.role) for p in found] == [(date(2025, 2, 28), date(2025, 3, 6), "baseline")]
    cur = find_periods("during the week under review", PUB, None, week)
    assert (cur[0].start, cur[0].end) == (week.start, week.end)


@pytest.mark.parametrize("start, end, kind, expected", [
    (date(2025, 3, 1), date(2025, 3, 31), "month", (date(2025, 2, 1), date(2025, 2, 28))),
    (date(2024, 1, 1), date(2024, 12, 31), "year", (date(2023, 1, 1), date(2023, 12, 31))),
    (date(2025, 9, 12), date(2025, 9, 18), "day_range", (date(2025, 9, 5), date(2025, 9, 11))),
])
def test_extract_periods_previous(start, end, kind, expected):
    p = previous(Period(start, end, (0, 0), kind))
    assert (p.start, p.end) == expected


@pytest.mark.parametrize("text", [
    "Posted March 8, 2024 at noon",
    "on 14 August 2023 the flag",
    "the 2,600-kilometre border",
    # "and" without "between" joins two days, not a range
    "attacks were reported on April 1 and 7 in the valley",
])
def test_extract_periods_days_and_distances_are_not_periods(text):
    assert [p for p in find_periods(text, PUB) if p.role == "main"] == []


@pytest.mark.parametrize("text, expected", [
    ("two soldiers were martyred on Monday", True),
    ("On December 18, police repulsed", True),
    ("late Friday night the post was hit", True),
    ("attacks rose in May", False),
])
def test_extract_periods_day_mentions(text, expected):
    assert day_mentions(text) is expected


def test_extract_periods_adversarial_input_is_fast():
    junk = ("12 – 18 September 2025 from 2021 to since May 3 " * 1200) + "1" * 5000 + " " * 5000
    start = time.perf_counter()
    find_periods(junk, PUB, (2025, 1), None)
    document_anchor(junk)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("text, ref, expected", [
    # "on <day> alone": one day inside a longer report (a weekday is the last one on or before publication)
    ("On Sunday alone, 3,000 people crossed", date(2025, 3, 12), ("2025-03-09", "2025-03-09")),
    ("on March 4 alone the toll rose", date(2025, 3, 12), ("2025-03-04", "2025-03-04")),
    ("yesterday alone 40 families left", date(2025, 3, 12), ("2025-03-11", "2025-03-11")),
])
def test_extract_periods_single_day_alone(text: str, ref: date, expected: tuple) -> None:
    assert _main(text, ref) == expected


@pytest.mark.parametrize("text, role", [
    ("more than 120 attacks in the first quarter of 2025", "main"),  # a qualifier, not a comparison
    ("120 attacks, more than the 90 in the first quarter of 2025", "baseline"),
    ("12 percent fewer than in February 2025", "baseline"),
])
def test_extract_periods_more_than_a_figure_is_no_baseline(text: str, role: str) -> None:
    assert [p.role for p in find_periods(text, date(2025, 6, 1))] == [role]


@pytest.mark.parametrize("text, expected", [
    # "since" with a full day: the running total starts that day, in the year written
    ("some 640,000 people have gone back since October 3, 2023, when the plan was announced", ("2023-10-03", None)),
    ("the agency has logged 90 attacks since 12 August 2024", ("2024-08-12", None)),
    ("since March 2nd, 2024, the tally has risen", ("2024-03-02", None)),
])
def test_extract_periods_since_a_full_day(text: str, expected: tuple) -> None:
    assert _main(text) == expected


@pytest.mark.parametrize("text", [
    # "this year" after a ranking word ranks the figure; it is not the figure's period
    "4,100 people crossed on Monday, one of the highest daily totals this year",
    "the toll on Friday was the worst so far this year",
])
def test_extract_periods_ranking_this_year_is_a_comparison(text: str) -> None:
    assert [p.role for p in find_periods(text, PUB)] == ["compare"]
