"""A labelled row for two regions ("- Punjab and Sindh: 6 attacks") is no one region's figure."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

_LEAD = "Pakistan saw 87 militant attacks in March 2025, the report said.\n\nBy province:\n"


def _claims(text: str) -> set[tuple]:
    doc = Document(id="t", text=text, published="2025-04-02")
    return {(c.metric, c.value, c.region) for c in extract(doc).claims}


@pytest.mark.parametrize("rows, absent", [
    ("- Khyber Pakhtunkhwa: 61 attacks\n- Punjab and Sindh: 6 attacks combined\n- Balochistan: 20 attacks", 6),
    ("- Khyber Pakhtunkhwa: 61 attacks\n- Sindh, Punjab: 6 attacks\n- Balochistan: 20 attacks", 6),
])
def test_claims_s7_two_region_row_makes_no_claim(rows: str, absent: int) -> None:
    got = _claims(_LEAD + rows)
    assert ("attacks", 61, "Khyber Pakhtunkhwa") in got and ("attacks", 20, "Balochistan") in got
    assert all(c[1] != absent for c in got)


@pytest.mark.parametrize("text, claim", [
    # a sentence naming two provinces before a colon, then one province's figure: that province's
    ("In March 2025, Punjab and Sindh recorded few attacks: Punjab saw 4 attacks.", ("attacks", 4, "Punjab")),
])
def test_claims_s7_one_region_after_colon_kept(text: str, claim: tuple) -> None:
    assert claim in _claims(text)
