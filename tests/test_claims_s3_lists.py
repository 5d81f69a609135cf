"""Session-3 claim rules: a casualty list keeps its own sense, a baseline figure keeps the count
before it, 'others' past a turn are everyone, a regional part of a total is kept, a predicate names
suicide attacks, and a region is the one named next to its figure."""
from __future__ import annotations

import pytest

from frontierwatch.extract.claims import extract_claims
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _claims(text: str, published: str = "2024-06-02") -> set[tuple]:
    doc = Document(id="t", text=text, title=None, published=published)
    return {(c.metric, c.value, c.period_start) for c in extract_claims(doc, split_sentences(text))}


@pytest.mark.parametrize("text,metric", [
    ("Nationwide, the violence cost 90 lives in May 2024: 30 soldiers, 20 civilians and 40 militants, while 75 people were hurt.",
     "security_forces_killed"),
    ("Nationwide, attacks in May 2024 claimed 90 lives - 30 soldiers, 20 civilians and 40 militants - whereas 75 were wounded.",
     "security_forces_killed"),
])
def test_claims_s3_list_sense_does_not_cross_a_turn(text: str, metric: str) -> None:
    got = _claims(text)
    assert (metric, 30, "2024-05-01") in got
    assert ("civilians_injured", 20, "2024-05-01") not in got


def test_claims_s3_list_sense_near_miss_injured_list_stays_injured() -> None:
    got = _claims("Nationwide, the blasts wounded 75 people in May 2024, among them 30 soldiers and 20 civilians.")
    assert ("security_forces_injured", 30, "2024-05-01") in got


@pytest.mark.parametrize("text,metric,value", [
    ("Troops killed 120 militants nationwide in May 2024, compared with 95 in April.", "militants_killed", 95),
    ("There were four suicide attacks in May 2024, against three in April.", "suicide_attacks", 3),
])
def test_claims_s3_baseline_figure_keeps_the_count_before(text: str, metric: str, value: int) -> None:
    assert (metric, value, "2024-04-01") in _claims(text)


def test_claims_s3_baseline_near_miss_a_metric_named_between() -> None:
    got = {(m, v) for m, v, _ in _claims("In May 2024 attacks rose to five from three, while deaths went up from one to four.")}
    assert ("deaths", 1) in got
    assert ("attacks", 1) not in got


def test_claims_s3_others_past_a_turn_are_everyone() -> None:
    got = _claims("The monitor recorded 60 attacks in May 2024 across the country, killing 12 soldiers and 9 militants, "
                  "while 40 others were injured.")
    assert ("injured", 40, "2024-05-01") in got
    assert ("militants_injured", 40, "2024-05-01") not in got


def test_claims_s3_others_near_miss_same_clause_keeps_the_group() -> None:
    got = _claims("Across the country troops killed 12 militants in May 2024 and wounded 9 more militants.")
    assert ("militants_injured", 9, "2024-05-01") in got
    assert ("injured", 9, "2024-05-01") not in got


@pytest.mark.parametrize("text", [
    "The monitor counted 150 attacks in May 2024. Of the total attacks, 90 took place in Balochistan.",
    "The monitor counted 150 attacks in May 2024. Of the attacks, 90 occurred in Balochistan.",
])
def test_claims_s3_regional_part_of_a_total_is_kept(text: str) -> None:
    assert ("attacks", 90, "2024-05-01") in _claims(text)


def test_claims_s3_part_without_region_is_still_dropped() -> None:
    got = _claims("The monitor counted 150 attacks in May 2024. Of the total attacks, 90 took place at night.")
    assert ("attacks", 90, "2024-05-01") not in got


@pytest.mark.parametrize("text,metric", [
    ("The monitor counted 60 attacks in May 2024. Nine attacks were suicide bombings.", "suicide_attacks"),
    ("The monitor counted 60 attacks in May 2024. Nine attacks were claimed by the banned group.", "attacks"),
])
def test_claims_s3_predicate_names_suicide_attacks(text: str, metric: str) -> None:
    assert (metric, 9, "2024-05-01") in _claims(text)


@pytest.mark.parametrize("text,value,region", [
    ("The remaining attacks were spread over Punjab (7), Sindh (5) and Islamabad (1).", 5, "Sindh"),
    ("The remaining attacks were spread over Punjab (7), Sindh (5) and Islamabad (1).", 7, "Punjab"),
    ("Punjab saw four attacks and Sindh three.", 3, "Sindh"),
    ("Punjab saw four attacks and Sindh three.", 4, "Punjab"),
    ("Militants carried out 30 attacks in Punjab and 20 in Sindh.", 20, "Sindh"),
])
def test_claims_s3_region_named_next_to_the_figure(text: str, value: int, region: str) -> None:
    doc = Document(id="t", text="The monitor counted 60 attacks in May 2024. " + text, title=None, published="2024-06-02")
    got = {c.value: c.region for c in extract_claims(doc, split_sentences(doc.text)) if c.metric == "attacks"}
    assert got.get(value) == region
