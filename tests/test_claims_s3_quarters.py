"""Session-3 round-2 claim rules: 'the first three quarters of 2025' is a nine-month period, a
change 'over the second quarter' after a longer phrase is compared with that quarter, a joint figure
for two groups ("together lost") is no one group's, and "three and two attacks respectively"."""
from __future__ import annotations

import pytest

from frontierwatch.extract.claims import extract_claims
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _claims(text: str, published: str = "2025-10-02") -> set[tuple]:
    doc = Document(id="t", text=text, title=None, published=published)
    return {(c.metric, c.value, c.unit, c.period_start, c.period_end) for c in extract_claims(doc, split_sentences(text))}


@pytest.mark.parametrize("span,end", [("first three quarters", "2025-09-30"), ("first two quarters", "2025-06-30"),
                                      ("first nine months", "2025-09-30")])
def test_claims_s3_first_quarters_of_a_year(span: str, end: str) -> None:
    text = f"The monitor said the death toll for the {span} of 2025 has reached 1,870."
    assert ("deaths", 1870, "count", "2025-01-01", end) in _claims(text)


@pytest.mark.parametrize("phrase", ["a 31 percent increase in fatalities over the second quarter",
                                    "a 31 percent jump in deaths over the second quarter"])
def test_claims_s3_change_over_an_earlier_quarter_is_for_the_current_one(phrase: str) -> None:
    text = f"The country recorded 640 fatalities in the third quarter of 2025, {phrase}."
    got = _claims(text)
    assert ("deaths", 31, "percent", "2025-07-01", "2025-09-30") in got
    assert not any(v == 31 and s == "2025-04-01" for _, v, _, s, _ in got)


@pytest.mark.parametrize("joint", ["together lost", "combined lost"])
def test_claims_s3_joint_group_figure_is_no_group_claim(joint: str) -> None:
    text = (f"In the third quarter of 2025, 210 soldiers and 150 civilians were killed. Civilians and security "
            f"forces {joint} 360 lives, the monitor said.")
    got = _claims(text)
    assert not any(v == 360 for _, v, *_ in got)
    assert ("security_forces_killed", 210, "count", "2025-07-01", "2025-09-30") in got


def test_claims_s3_single_group_figure_is_kept() -> None:
    text = "In the third quarter of 2025, security forces lost 360 personnel, the monitor said."
    assert ("security_forces_killed", 360, "count", "2025-07-01", "2025-09-30") in _claims(text)


@pytest.mark.parametrize("pair", ["three and two attacks respectively", "3 and 2 attacks respectively"])
def test_claims_s3_respectively_pairs_take_the_metric(pair: str) -> None:
    text = f"In September 2025, Khyber Pakhtunkhwa saw 40 attacks. Sindh and Punjab recorded {pair}."
    got = _claims(text)
    assert ("attacks", 3, "count", "2025-09-01", "2025-09-30") in got
    assert ("attacks", 2, "count", "2025-09-01", "2025-09-30") in got


def test_claims_s3_pair_without_respectively_keeps_the_first_bare() -> None:
    text = "In September 2025, police said three and two suspects fled, and 40 attacks took place."
    assert not any(m == "attacks" and v == 3 for m, v, *_ in _claims(text))
