"""A sentence whose subject is one incident ("The explosion killed five") and a period naming another
incident's time ("wanted for last month's attacks") give no statistic."""
from __future__ import annotations

import datetime

import pytest

from frontierwatch.extract import extract
from frontierwatch.extract.periods import find_periods
from frontierwatch.records import Document


def _claims(text: str) -> set[tuple]:
    doc = Document(id="t", text=text, title="Two convicted for 2024 market bombing", published="2025-05-20")
    return {(c.metric, c.value) for c in extract(doc).claims}


@pytest.mark.parametrize("text, absent", [
    ("The court said the men had planted a device in a parked motorcycle on March 3, 2024. The explosion killed six "
     "people and wounded 21 others.", 6),
    ("The court heard that the men planted the bomb on March 3, 2024. The roadside bombing had killed four soldiers.", 4),
])
def test_claims_s7_one_incident_subject_no_claim(text: str, absent: int) -> None:
    assert all(v != absent for _m, v in _claims(text))


@pytest.mark.parametrize("text, claim", [
    # plural subject: the year's attacks are a statistic
    ("The attacks killed 141 people in 2024, the report said.", ("deaths", 141)),
])
def test_claims_s7_plural_subject_is_statistic(text: str, claim: tuple) -> None:
    assert claim in _claims(text)


@pytest.mark.parametrize("text, role", [
    ("Jets struck hideouts on Tuesday, killing 20 militants including a commander wanted for last month's attacks.", "event"),
    ("Last month's tally of 78 attacks was the lowest this year.", "main"),  # the figure's own period
])
def test_claims_s7_possessive_period_after_preposition(text: str, role: str) -> None:
    assert [p.role for p in find_periods(text, datetime.date(2025, 5, 20))][0] == role


@pytest.mark.parametrize("text, claim", [
    # the incident is the subject of the first clause only: a later period figure is a statistic
    ("The Kohat ambush killed four policemen; in all, 96 security personnel were killed in October, the group said.",
     ("security_forces_killed", 96)),
    ("The roadside blast killed nine people, bringing the number of militant attacks in October to 73, the centre said.",
     ("attacks", 73)),
])
def test_claims_s7_incident_subject_only_its_clause(text: str, claim: tuple) -> None:
    got = _claims(text)
    assert claim in got
    assert all(v not in (4, 9) for _m, v in got)


@pytest.mark.parametrize("text, role", [
    # a possessive period before a non-incident noun is the figure's own period
    ("Figures for last month's returns show 88,000 Afghans went back, the agency said.", "main"),
    ("Police are hunting the men behind last month's bombing in the bazaar.", "event"),
])
def test_claims_s7_possessive_period_needs_incident_noun(text: str, role: str) -> None:
    assert [p.role for p in find_periods(text, datetime.date(2025, 5, 20))][0] == role


def test_claims_s7_possessive_returns_period_keeps_claim() -> None:
    text = "Figures for last month's returns show 88,000 Afghans went back, the UNHCR said."
    assert ("returnees", 88000) in _claims(text)
