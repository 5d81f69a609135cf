"""A deadline's end: a stated new deadline beats some card's expiry, an end already passed lies before the report,
and an end never comes before the day the deadline was set; a running total in a launch sentence is no drive's count."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _deadlines(text: str, published: str = "2025-11-12") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)
    return [(e.date, e.until) for e in extract(doc).events if e.type == "refugees" and e.action == "deadline"]


@pytest.mark.parametrize("text, until", [
    # the expiry belongs to the cards, the new deadline is the end
    ("The interior ministry on Tuesday announced a fresh deadline of December 15 for Afghan refugees whose "
     "registration cards expired on May 31.", "2025-12-15"),
])
def test_refugees_s8_new_deadline_beats_card_expiry(text: str, until: str) -> None:
    got = _deadlines(text)
    assert got and all(u == until for _d, u in got)


@pytest.mark.parametrize("text, until", [
    # an expiry already passed: the past year, not the coming one
    ("Since the expiry of the deadline on 30 April, police have detained 900 Afghans in Rawalpindi.", "2025-04-30"),
])
def test_refugees_s8_passed_deadline_ends_before_report(text: str, until: str) -> None:
    got = _deadlines(text)
    assert all(u is None or u <= "2025-11-12" for _d, u in got)
    assert all(u == until for _d, u in got)


@pytest.mark.parametrize("text, event", [
    # the end follows the day the deadline was set
    ("The deadline set by the Ministry of Interior on 9 March for Afghan refugees holding PoR cards to quit Rawalpindi "
     "expires on 31 March.", ("2025-03-09", "2025-03-31")),
])
def test_refugees_s8_end_follows_set_day(text: str, event: tuple) -> None:
    assert event in _deadlines(text)


def _drives(text: str, published: str = "2025-11-12") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)
    return [(e.date, e.count) for e in extract(doc).events if e.type == "refugees" and e.action == "deportation"]


@pytest.mark.parametrize("text", [
    "Police began a crackdown on undocumented Afghans in Hyderabad on Tuesday, and since January 8,400 Afghans "
    "have been detained across Sindh.",
    "Police launched a crackdown against illegal Afghans in Quetta on Tuesday, and so far this year 7,300 Afghans "
    "have been arrested across Balochistan.",
])
def test_refugees_s8_running_total_is_not_the_drive_count(text: str) -> None:
    got = _drives(text)
    assert all(c not in (8400, 7300) for d, c in got if d == "2025-11-11")


def test_refugees_s8_drive_keeps_its_own_catch() -> None:
    text = ("Police launched a crackdown against illegal Afghans in Quetta on Tuesday, during which 310 Afghans "
            "were taken into custody for deportation.")
    assert ("2025-11-11", 310) in _drives(text)


def test_refugees_s8_same_day_detention_elsewhere_is_second_event() -> None:
    text = ("Police detained 180 Afghans in Peshawar on Tuesday for deportation. In Lahore, 75 Afghans were "
            "arrested on the same day.")
    got = _drives(text)
    assert ("2025-11-11", 180) in got and ("2025-11-11", 75) in got


def test_refugees_s8_same_day_without_drive_before_is_nothing() -> None:
    # no drive told before: "on the same day" borrows no day and makes no drive
    assert _drives("In Lahore, 75 Afghans were arrested on the same day as the protest.") == []
