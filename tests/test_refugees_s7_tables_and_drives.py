"""Refugee events from sitrep tables per crossing, a drive counted by its detentions, and deadline days."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _refugees(text: str, published: str | None = "2025-10-03") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)
    return [(e.action, e.date, e.count, e.until, e.crossing, e.admin1)
            for e in extract(doc).events if e.type == "refugees"]


_SITREP = ("Afghan returns flash update. Afghan nationals continued to leave Pakistan this week. Returnees reported "
           "long waits. Refugees without cards were the largest group.\n\n{table}")


@pytest.mark.parametrize("table, rows", [
    ("Crossing point | Returnees | Change vs previous week\nTorkham (Khyber) | 9,310 | +20%\n"
     "Chaman | 4,120 | -5%\nTotal | 13,430 | +12%",
     [("returns", None, 9310, None, "Torkham", "Khyber Pakhtunkhwa"), ("returns", None, 4120, None, "Chaman", "Balochistan")]),
    ("Border point | Arrivals\nGhulam Khan | 870",
     [("returns", None, 870, None, "Ghulam Khan", "Khyber Pakhtunkhwa")]),
])
def test_refugees_s7_table_row_per_crossing(table: str, rows: list[tuple]) -> None:
    got = _refugees(_SITREP.format(table=table))
    assert all(r in got for r in rows)
    assert not any(e[2] == 13430 for e in got)  # the total row is no crossing


@pytest.mark.parametrize("table", [
    "Crossing point | Change vs previous week\nTorkham | 20\nChaman | 5",  # a change column is no count
    "Province | Returnees\nPunjab | 3,400\nSindh | 1,200",  # rows led by provinces: claims, not crossings
])
def test_refugees_s7_table_without_crossing_count_makes_no_event(table: str) -> None:
    assert not any(e[0] == "returns" for e in _refugees(_SITREP.format(table=table)))


@pytest.mark.parametrize("text, event", [
    ("After the expiry of the deadline given to Afghan refugees holding PoR cards at midnight on September 30, police in "
     "Islamabad on Thursday launched a crackdown on Afghan nationals, during which 240 Afghan citizens were "
     "taken into custody and shifted to a holding centre for deportation.",
     ("deportation", "2025-10-02", 240, None, None, "Islamabad")),
])
def test_refugees_s7_drive_counts_its_detentions(text: str, event: tuple) -> None:
    got = _refugees(text)
    assert event in got
    assert ("deadline", None, None, "2025-09-30", None, None) in got


@pytest.mark.parametrize("text, date", [
    # the day right before the launch verb is the launch day, not a deadline's
    ("Two days after the deadline passed, on Thursday police in Islamabad launched a crackdown on Afghan "
     "nationals, during which 240 Afghan citizens were taken into custody for deportation.", "2025-10-02"),
])
def test_refugees_s7_launch_day_kept_when_deadline_named(text: str, date: str) -> None:
    assert any(e[0] == "deportation" and e[1] == date for e in _refugees(text))


@pytest.mark.parametrize("text, event", [
    ("The deadline set by the Ministry of Interior on 6 March 2025 for Afghan refugees holding PoR cards to leave Islamabad "
     "expired on 31 March 2025.", ("deadline", "2025-03-06", None, "2025-03-31", None, None)),
    # a long description of who must leave between the deadline and its expiry
    ("The deadline set by the Ministry of Interior on 6 March 2025 for holders of Proof of Registration (PoR) cards "
     "and their dependants to leave Islamabad, Rawalpindi and the surrounding districts expired on 31 March 2025.",
     ("deadline", "2025-03-06", None, "2025-03-31", None, None)),
])
def test_refugees_s7_deadline_set_by_then_expired(text: str, event: tuple) -> None:
    assert event in _refugees(text, published="2025-04-02")


def test_refugees_s7_one_day_deadline_stays_its_end() -> None:
    # one day only, after 'expired on': the end, no announcement day made up
    text = "The deadline for Afghan refugees holding PoR cards to leave the capital expired on 31 March 2025."
    assert ("deadline", None, None, "2025-03-31", None, None) in _refugees(text, published="2025-04-02")


@pytest.mark.parametrize("table, count", [
    # goods columns are no people
    ("Crossing point | Lorries crossed | Lorries returned\nTorkham | 410 | 380", None),
    # the table's own period, not the week before
    ("Crossing point | Returns previous week | Returns this week\nChaman | 2,050 | 2,640", 2640),
    # the running total is not the period's count
    ("Crossing point | Returnees (cumulative since 1 Jan) | Returnees this week\nTorkham | 88,200 | 3,150", 3150),
])
def test_refugees_s7_table_column_people_and_own_period(table: str, count: int | None) -> None:
    got = [e[2] for e in _refugees(_SITREP.format(table=table)) if e[0] == "returns" and e[4]]
    assert got == ([count] if count else [])


def test_refugees_s7_table_same_row_in_two_tables_is_one_event() -> None:
    table = "Crossing point | Returnees\nGhulam Khan | 640\n\nCrossing point | Returnees\nGhulam Khan | 640"
    got = [e for e in _refugees(_SITREP.format(table=table)) if e[0] == "returns" and e[4] == "Ghulam Khan"]
    assert len(got) == 1
