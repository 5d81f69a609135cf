"""Named weekdays and month-days of undated reports (frontierwatch.incidents.when and the merge rule)."""
from __future__ import annotations

from datetime import date

import pytest

from frontierwatch.incidents import assign_incidents
from frontierwatch.incidents.when import DayHints, allows_day, day_hints, hints_agree
from frontierwatch.records import Event, Evidence


@pytest.mark.parametrize("sentence, weekdays, month_days", [
    ("Traffic through the pass stopped on Tuesday evening.", {1}, set()),
    ("Shops have stayed shut since June 9, the traders said.", set(), {(6, 9)}),
    ("The gate was sealed on the 3rd of March and reopened on Sunday.", {6}, {(3, 3)}),
    ("Officials met on 14 Sept. and again on Oct. 2nd.", set(), {(9, 14), (10, 2)}),  # abbreviations
    ("Nearly 30 families left in March 2021.", set(), set()),                # month and year: no day
    ("They may 4 times a week cross over.", set(), set()),                   # the verb 'may' is no month
    ("Losses reached $12 May estimates said.", set(), set()),                # a sum before a month is no day
    ("Nothing was said about when it happened.", set(), set()),
    ("A claim dated February 30 is no day.", set(), set()),
])
def test_incidents_when_day_hints_read_from_sentences(sentence, weekdays, month_days):
    h = day_hints([sentence])
    assert (set(h.weekdays), set(h.month_days)) == (weekdays, month_days)


@pytest.mark.parametrize("hints, day, tol, allowed", [
    (DayHints(frozenset({5})), date(2024, 6, 15), 0, True),        # Saturday is Saturday
    (DayHints(frozenset({5})), date(2024, 6, 16), 1, True),        # a day after, within tolerance
    (DayHints(frozenset({5})), date(2024, 6, 18), 1, False),       # a Tuesday
    (DayHints(month_days=frozenset({(12, 31)})), date(2025, 1, 1), 1, True),   # across the new year
    (DayHints(month_days=frozenset({(12, 31)})), date(2025, 1, 1), 0, False),
    (DayHints(frozenset({2}), frozenset({(1, 5)})), date(2024, 7, 3), 0, True),  # the weekday fits: enough
    (DayHints(), date(2024, 7, 3), 0, True),                       # names nothing: no constraint
])
def test_incidents_when_allows_day(hints, day, tol, allowed):
    assert allows_day(hints, day, tol) is allowed


@pytest.mark.parametrize("a, b, agree", [
    (DayHints(frozenset({0})), DayHints(frozenset({1})), True),
    (DayHints(frozenset({0})), DayHints(frozenset({3})), False),
    (DayHints(frozenset({6})), DayHints(frozenset({0})), True),                   # Sunday, Monday: adjacent
    (DayHints(frozenset({0})), DayHints(month_days=frozenset({(4, 4)})), True),   # different kinds: no test
    (DayHints(month_days=frozenset({(4, 4)})), DayHints(month_days=frozenset({(9, 4)})), False),
])
def test_incidents_when_hints_agree(a, b, agree):
    assert hints_agree(a, b, 1) is agree


def _crossing(doc: str, day: str | None, sentence: str) -> Event:
    return Event(type="border_crossing", doc_id=doc, date=day, country="PK", admin1="Khyber Pakhtunkhwa",
                 admin2="Khyber", place="Torkham", crossing="Torkham", status="closed",
                 evidence=[Evidence(sentence)])


@pytest.mark.parametrize("sentence, merged", [
    ("The crossing was shut to lorries on Wednesday, drivers said.", True),       # 2024-06-12 is a Wednesday
    ("The crossing was shut to lorries on Sunday, drivers said.", False),
    ("Lorries have not crossed since June 12, drivers said.", True),
    ("Lorries have not crossed since August 2, drivers said.", False),
    ("Lorries have not crossed, drivers said.", True),                             # names no day
])
def test_incidents_undated_report_naming_a_day_merges_only_with_that_day(sentence, merged):
    a = _crossing("doc-a", "2024-06-12", "Officials closed the crossing today.")
    b = _crossing("doc-b", None, sentence)
    assign_incidents([a, b])
    assert (a.incident == b.incident) is merged


def test_incidents_named_day_picks_the_one_dated_incident_it_fits():
    # Two dated closures of one crossing; the floating report names the weekday of the later one.
    early = _crossing("doc-a", "2024-03-04", "The crossing was closed.")   # a Monday
    late = _crossing("doc-b", "2024-06-15", "The crossing was closed.")    # a Saturday
    floating = _crossing("doc-c", None, "Traffic at the crossing halted on Saturday.")
    assign_incidents([early, late, floating])
    assert floating.incident == late.incident != early.incident


def test_incidents_refugee_tallies_of_adjacent_named_days_stay_apart():
    kw = dict(type="refugees", country="PK", admin1="Khyber Pakhtunkhwa", admin2="Khyber", crossing="Torkham",
              action="returns")
    a = Event(doc_id="doc-a", date="2024-04-01", evidence=[Evidence("Thousands went home today.")], **kw)
    b = Event(doc_id="doc-b", evidence=[Evidence("On March 31 thousands went home through the crossing.")], **kw)
    c = Event(doc_id="doc-c", evidence=[Evidence("On April 1 thousands went home through the crossing.")], **kw)
    assign_incidents([a, b, c])
    assert a.incident == c.incident != b.incident
