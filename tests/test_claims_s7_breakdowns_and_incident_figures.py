"""Claims: a toll's breakdown in the next sentence, "for the year", yearless baselines, and one incident's figures."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.extract.periods import find_periods
from frontierwatch.records import Document
from datetime import date


def _claims(text: str, published: str | None = "2026-01-10") -> set[tuple]:
    x = extract(Document(id="t", text=text, published=published))
    return {(c.metric, c.value, c.period_start, c.period_end) for c in x.claims}


YEAR = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize("lead", ["They included", "These included", "The dead included", "Those killed comprised"])
def test_claims_s7_breakdown_sentence_splits_the_toll_before(lead: str) -> None:
    text = (f"Altogether 2,150 people were killed in militant violence in 2025, the institute said. "
            f"{lead} 640 members of the security forces, 710 civilians and 800 fighters.")
    got = _claims(text)
    assert ("deaths", 2150) + YEAR in got
    if lead != "Those killed comprised":
        assert {("security_forces_killed", 640) + YEAR, ("civilians_killed", 710) + YEAR,
                ("militants_killed", 800) + YEAR} <= got


@pytest.mark.parametrize("text", [
    # "members" of a body that is no casualty group stays a membership count
    "Altogether 2,150 people were killed in militant violence in 2025, the institute said. "
    "The assembly has 65 members of the ruling coalition.",
])
def test_claims_s7_members_of_a_non_group_is_no_claim(text: str) -> None:
    assert {c[0] for c in _claims(text)} == {"deaths"}


def test_claims_s7_for_the_year_takes_the_period_in_force() -> None:
    text = ("Attacks rose in 2025.\n\nIn all, 3,100 people were killed in militant violence in 2025, the institute said.\n\n"
            "A second group, which counts differently, counted 2,300 violence-linked deaths for the year.")
    assert ("deaths", 2300) + YEAR in _claims(text)


def test_claims_s7_for_the_year_with_no_period_in_force_gives_no_period() -> None:
    text = "The budget for the year sets aside funds for 4,000 new police posts."
    assert not any(c[2] == "2026-01-01" and c[3] is None and c[1] == 4000 for c in _claims(text))


@pytest.mark.parametrize("text, ref, anchor, want", [
    ("Some 210,000 Afghans returned between April and June 2026, compared with 95,000 in January-March.",
     None, (2026, 6), ("2026-01-01", "2026-03-31")),
    ("Attacks rose to 50 in December 2025 from 30 in January.", date(2026, 2, 10), None, ("2025-01-01", "2025-01-31")),
])
def test_periods_s7_yearless_baseline_falls_before_main(text, ref, anchor, want) -> None:
    base = [p for p in find_periods(text, ref, anchor) if p.role == "baseline"]
    assert [(str(p.start), str(p.end)) for p in base] == [want]


@pytest.mark.parametrize("text, ref, want", [
    # a baseline that names the current year or month stays in it, though the main period is a past year
    ("The survey counted 950 deaths in 2025, against 310 so far this year.", date(2026, 3, 15), ("2026-01-01", "None")),
    ("The group logged 400 attacks in 2024, compared with 35 this month.", date(2026, 3, 15), ("2026-03-01", "2026-03-15")),
    # a bare month still running at publication moves back with its whole month, start and end together
    ("Attacks rose to 50 in December 2025 from 30 in February.", date(2026, 2, 10), ("2025-02-01", "2025-02-28")),
])
def test_periods_s7_current_year_baseline_stays_bare_month_moves_whole(text, ref, want) -> None:
    base = [p for p in find_periods(text, ref, None) if p.role == "baseline"]
    assert [(str(p.start), str(p.end)) for p in base] == [want]


@pytest.mark.parametrize("text, ref, want", [
    # a baseline already before the main period, or one with its own year, is left as it is
    ("Attacks fell to 30 in January from 50 in December.", date(2026, 2, 10), ("2025-12-01", "2025-12-31")),
    ("Attacks rose to 50 in March, up from 30 in February.", date(2026, 4, 10), ("2026-02-01", "2026-02-28")),
    ("Attacks rose to 50 in March 2026, up from 30 in November 2026.", date(2026, 12, 10), ("2026-11-01", "2026-11-30")),
])
def test_periods_s7_baseline_before_main_or_with_year_unchanged(text, ref, want) -> None:
    base = [p for p in find_periods(text, ref, None) if p.role == "baseline"]
    assert [(str(p.start), str(p.end)) for p in base] == [want]


_DIGEST = ("WEEKLY SECURITY DIGEST | 1-7 March 2026\nCompiled from official statements.\n\n>> District\n")


def _digest_claims(item: str) -> set[tuple]:
    x = extract(Document(id="t", text=_DIGEST + item, title="Weekly Security Digest: 1-7 March 2026", published="2026-03-08"))
    return {(c.metric, c.value) for c in x.claims}


@pytest.mark.parametrize("item", [
    "The group claimed a bombing on Tuesday. Officials said two soldiers were killed and four wounded when a "
    "roadside device struck their vehicle.",
    "On 5 March, police raided a hideout. During the exchange of fire three militants were killed and two were arrested.",
    "Unknown men threw a grenade at a shop. Four persons including the shopkeeper received injuries and were shifted "
    "to Civil Hospital Quetta.",
    "Troops raided a compound in Orakzai district, killing four militants; three soldiers were martyred in the "
    "exchange of fire.",
])
def test_claims_s7_one_incidents_figures_are_no_claims(item: str) -> None:
    assert not _digest_claims(item)


@pytest.mark.parametrize("item, claim", [
    # the same words in the week's own statistics: plural devices, hospitals, no single fight
    ("Across the province, roadside devices killed 11 soldiers during the week, officials said.", ("security_forces_killed", 11)),
    ("During the week 31 militants were killed in operations across the province.", ("militants_killed", 31)),
])
def test_claims_s7_period_figures_near_incident_words_stay(item: str, claim: tuple) -> None:
    assert claim in _digest_claims(item)


def _plain_claims(text: str) -> set[tuple]:
    x = extract(Document(id="t", text=text, published="2025-12-05"))
    return {(c.metric, c.value) for c in x.claims}


@pytest.mark.parametrize("text, claim", [
    # a figure with its own period stays a statistic though a fight or a hospital is named after it
    ("Security forces killed 95 militants in October, most of them in the exchange of fire during operations in "
     "Kurram and Orakzai.", ("militants_killed", 95)),
    ("A total of 180 soldiers were martyred in 2024, many of them in the exchange of fire along the border, officials "
     "said.", ("security_forces_killed", 180)),
    ("In October, 130 people were injured in attacks across the province and were taken to Lady Reading Hospital, "
     "officials said.", ("injured", 130)),
    # one incident told before a semicolon does not make the month's total after it an incident's
    ("One ambush used a roadside device that killed 9 people; overall 27 soldiers were killed in October, the report "
     "said.", ("security_forces_killed", 27)),
])
def test_claims_s7_period_figure_beside_fight_or_hospital_stays(text: str, claim: tuple) -> None:
    assert claim in _plain_claims(text)
