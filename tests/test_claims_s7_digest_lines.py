"""Digest lines: a change set after a count's clause is that count's, a joint subject's figures are no one
region's, and a list of incidents led by their days holds no statistics."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _claims(text: str) -> set[tuple]:
    doc = Document(id="t", text=text, title="Security digest: attacks dip in October 2025", published="2025-11-02")
    return {(c.metric, c.value, c.unit, c.region) for c in extract(doc).claims}


@pytest.mark.parametrize("text, claim", [
    ("Security forces killed 151 militants during October 2025, a 17 percent rise over the previous month.",
     ("militants_killed", 17, "percent", "PK")),
    ("Militants killed 40 soldiers in October 2025, a 12 percent fall from September.",
     ("security_forces_killed", 12, "percent", "PK")),
])
def test_claims_s7_change_after_count_clause(text: str, claim: tuple) -> None:
    assert claim in _claims(text)


@pytest.mark.parametrize("text, absent", [
    ("In October 2025, Khyber Pakhtunkhwa saw 51 attacks. Punjab and Sindh together accounted for the remaining "
     "five attacks, with three deaths.", 3),
    ("Militants carried out 78 attacks across the country in October 2025.\n\n• Security forces killed 164 militants "
     "during the month.\n\nMajor incidents of the month\n\n- 6 October: Militants stormed a Levies post at Surab in "
     "Kalat district, killing five Levies personnel.\n- 14 October: Four policemen were martyred when gunmen stormed a "
     "police station in Tank.", 5),
])
def test_claims_s7_no_single_region_or_incident_figure(text: str, absent: int) -> None:
    assert all(c[1] != absent for c in _claims(text))


@pytest.mark.parametrize("text, claim", [
    # one region in the figure's own clause still takes it, after a joint clause
    ("In October 2025, Punjab and Sindh together saw few attacks, while Balochistan recorded 22 attacks.",
     ("attacks", 22, "count", "Balochistan")),
    # a period list ("October 2025: 78 attacks") is no incident list
    ("Attacks by month:\nOctober 2025: 78 attacks across the country, the report said.", ("attacks", 78, "count", "PK")),
])
def test_claims_s7_digest_near_misses_kept(text: str, claim: tuple) -> None:
    assert claim in _claims(text)
