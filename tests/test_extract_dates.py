"""Day expressions resolved against the publication date (extract/dates.py), our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from frontierwatch.extract.dates import (
    find_dates, first_day, last_weekday, reference_day, relative_offset, to_date, vague_periods,
)

PUB = "2024-05-15"  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("The blast happened on Monday.", date(2024, 5, 13)),
    ("Gunmen struck late Tuesday night.", date(2024, 5, 14)),
    ("The convoy was hit early on Wednesday morning.", date(2024, 5, 15)),
    ("It happened on Thursday.", date(2024, 5, 9)),  # the last Thursday on or before publication
    ("It happened on May 12.", date(2024, 5, 12)),
    ("It happened on 12th May 2024.", date(2024, 5, 12)),
    ("It happened on December 30.", date(2023, 12, 30)),  # year: latest not after publication
    ("It happened on 2023-11-02.", date(2023, 11, 2)),
    ("The raids ran from May 3-5.", date(2024, 5, 3)),  # a range keeps its first day
    ("The week of 6–12 May 2024 was calm.", date(2024, 5, 6)),
    ("Police said yesterday that two men were held.", date(2024, 5, 14)),
    ("The post was attacked three days ago.", date(2024, 5, 12)),
    ("Tuesday's blast wounded four.", date(2024, 5, 14)),
])
def test_dates_resolve_against_publication(text: str, expected: date) -> None:
    assert first_day(text, PUB) == expected


@pytest.mark.parametrize("text", [
    "Attacks rose last week.",
    "Earlier this month, a bomb went off.",
    "Schools reopen next Monday.",  # future day: not an event day
    "Markets close on Mondays.",  # habitual
    "In March, two posts were attacked.",
])
def test_dates_no_day_when_none_given(text: str) -> None:
    assert first_day(text, PUB) is None


def test_dates_weekday_needs_publication() -> None:
    assert first_day("It happened on Monday.", None) is None
    assert first_day("It happened on 3 March 2022.", None) == date(2022, 3, 3)


def test_dates_reference_day_from_text_when_unpublished() -> None:
    text = "A caption dated 14 June 2021. The attack came on Sunday, 13 June 2021."
    assert reference_day(text, None) == date(2021, 6, 14)
    assert reference_day(text, "2021-06-20") == date(2021, 6, 20)


@pytest.mark.parametrize("text, offset", [
    ("The previous day, two raids were carried out.", -1),
    ("A day earlier, a bomb went off.", -1),
    ("Earlier on the same day, a guard was shot.", 0),
    ("The next day, the road reopened.", 1),
    ("Nothing relative here.", None),
])
def test_dates_relative_offsets(text: str, offset: int | None) -> None:
    assert relative_offset(text) == offset


def test_dates_vague_periods_spans() -> None:
    text = "Since 2021 violence grew; last month it eased, and in October too, but on October 3 it spiked."
    found = [text[s:e] for s, e in vague_periods(text)]
    assert "Since 2021" in found and "last month" in found and "in October" in found
    assert not any("October 3" in f for f in found)


def test_dates_helpers() -> None:
    assert to_date("2024-05-15") == date(2024, 5, 15)
    assert to_date("15/05/2024") is None
    assert last_weekday(0, date(2024, 5, 15)) == date(2024, 5, 13)
    assert [d.kind for d in find_dates("On May 2 and on Friday", PUB)] == ["md", "wd"]


def test_dates_adversarial_input_is_fast() -> None:
    import time

    blob = ("12 13 14 May June Monday yesterday 2024-01-0 " * 2500)[:100_000]
    t = time.process_time()
    find_dates(blob, PUB)
    vague_periods(blob)
    assert time.process_time() - t < 1.0
