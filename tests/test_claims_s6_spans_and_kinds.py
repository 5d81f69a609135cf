"""Session-6 claims: a range that starts on a month of one year and ends on a day of another is one span;
a thousands comma does not cut a figure's clause ("1,480 were members of the police"); "which was N percent
higher" is the change of the count before it; "incidents of kidnapping" count abductions; a returns figure
over such a span is a statistic, not a returns event."""
from __future__ import annotations

from datetime import date

import pytest

from frontierwatch.extract import extract
from frontierwatch.extract.claims import extract_claims
from frontierwatch.extract.periods import find_periods
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _claims(text: str, published: str = "2026-02-10") -> set[tuple]:
    doc = Document(id="t", text=text, published=published)
    return {(c.metric, c.value, c.unit, c.direction, c.period_start, c.period_end)
            for c in extract_claims(doc, split_sentences(text))}


@pytest.mark.parametrize("phrase,start,end", [
    ("between October 2024 and 20 January 2026", date(2024, 10, 1), date(2026, 1, 20)),
    ("from June 2025 to 3 February 2026", date(2025, 6, 1), date(2026, 2, 3)),
    ("between 5 March 2024 and 9 January 2026", date(2024, 3, 5), date(2026, 1, 9)),
    ("from 28 December to 4 January", date(2025, 12, 28), date(2026, 1, 4)),
    ("between March and May", date(2025, 3, 1), date(2025, 5, 31)),  # months only: whole months
])
def test_claims_s6_period_range_ends(phrase: str, start: date, end: date) -> None:
    main = [p for p in find_periods(f"Figures {phrase} show a rise.", date(2026, 2, 10)) if p.role == "main"]
    assert [(p.start, p.end) for p in main] == [(start, end)]


def test_claims_s6_two_days_joined_by_and_are_no_span() -> None:
    assert all(p.kind != "span" for p in find_periods("Blasts on March 2 and May 9 hit the town.", date(2026, 2, 10)))


def test_claims_s6_returns_over_a_long_span() -> None:
    text = "The ministry said 640,000 Afghan nationals had gone back to Afghanistan between October 2024 and 20 January 2026."
    assert ("returnees", 640000, "count", None, "2024-10-01", "2026-01-20") in _claims(text)
    events = extract(Document(id="t", text=text, published="2026-02-10")).events
    assert [e for e in events if e.type == "refugees"] == []


def test_claims_s6_returns_on_a_day_stay_an_event() -> None:
    text = "The ministry said 2,300 Afghan nationals went back to Afghanistan through Torkham on Monday."
    events = extract(Document(id="t", text=text, published="2026-02-10")).events
    assert [(e.action, e.count) for e in events if e.type == "refugees"] == [("returns", 2300)]


@pytest.mark.parametrize("figure,value", [("1,480", 1480), ("21,350", 21350)])
def test_claims_s6_thousands_comma_keeps_the_clause(figure: str, value: int) -> None:
    text = f"Of those killed in 2025, {figure} were personnel of the security forces (mostly in the north), 930 were civilians."
    found = _claims(text)
    assert ("security_forces_killed", value, "count", None, "2025-01-01", "2025-12-31") in found
    assert ("civilians_killed", 930, "count", None, "2025-01-01", "2025-12-31") in found


@pytest.mark.parametrize("clause,direction", [
    ("which was 21 percent higher than in 2024", "increase"),
    ("which was 12 percent lower than in 2024", "decrease"),
    ("which marked a rise of 9 percent over 2024", "increase"),
])
def test_claims_s6_which_was_percent_is_the_counts_change(clause: str, direction: str) -> None:
    text = f"The report said 318 soldiers and policemen were martyred in 2025, {clause}."
    value = int(clause.split(" percent")[0].split()[-1])
    assert ("security_forces_killed", value, "percent", direction, "2025-01-01", "2025-12-31") in _claims(text)


def test_claims_s6_which_was_percent_with_its_own_metric_is_not_bound() -> None:
    text = "The report said 318 soldiers were martyred in 2025, while attacks rose 21 percent over 2024."
    assert not any(c[0] == "security_forces_killed" and c[2] == "percent" for c in _claims(text))


@pytest.mark.parametrize("noun,metric", [
    ("incidents of kidnapping", "abductions"),
    ("incidents of abduction", "abductions"),
    ("incidents of suicide bombing", "suicide_attacks"),
    ("incidents of terrorism", "attacks"),  # no metric of its own: the incidents are attacks
    ("incidents of targeted killing", "attacks"),  # a killing kind is still an attack count
])
def test_claims_s6_incidents_of_a_kind(noun: str, metric: str) -> None:
    text = f"The monitor recorded 143 {noun} across the country in 2025."
    assert {c[0] for c in _claims(text) if c[1] == 143} == {metric}


def _regions(text: str) -> set[tuple]:
    doc = Document(id="t", text=text, published="2026-02-10")
    return {(c.metric, c.value, c.region) for c in extract_claims(doc, split_sentences(text))}


@pytest.mark.parametrize("tail,region", [
    ("had gone back to Afghanistan", "PK"),  # where they went is not where they were counted
    ("had gone back to Afghanistan from Iran and Pakistan", "AF"),  # several origins: the destination
    ("had crossed into Afghanistan", "AF"),  # counted on arrival
])
def test_claims_s6_returnee_region_and_destination(tail: str, region: str) -> None:
    text = f"Officials said 74,000 Afghans {tail} since March 2025."
    assert ("returnees", 74000, region) in _regions(text)
