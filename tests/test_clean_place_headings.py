"""Occurrence sheets and digests head each item with its district: such a heading is kept when prose follows."""
import pytest

from frontierwatch.clean import classify_lines

SHEET = """02. KOHAT / PS Lachi | Firing on police
At 2200 hrs unknown persons opened fire on a police picket near the bypass. One constable injured.

03. Swabi / PS Topi | Dispute
Two brothers quarrelled over the sale of a plot. Case registered."""


@pytest.mark.parametrize("heading", ["02. KOHAT / PS Lachi | Firing on police", "03. Swabi / PS Topi | Dispute"])
def test_district_heading_over_prose_is_kept(heading):
    assert dict(classify_lines(SHEET))[heading] is None


@pytest.mark.parametrize("text, heading", [
    ("LATEST FROM OUR DESK | Sport\nThe match was delayed by rain on Sunday.", "LATEST FROM OUR DESK | Sport"),
    ("KOHAT / PS Lachi | Firing\n\nKOHAT / PS Lachi | Firing", "KOHAT / PS Lachi | Firing"),
    ("MORE STORIES\nPolice said the road was reopened on Monday.", "MORE STORIES"),
    # a menu of cities or a section label over the story: no item of a sheet
    ("Peshawar | Lahore | Karachi | Islamabad\nTwo soldiers were martyred on Monday when their patrol was fired on.",
     "Peshawar | Lahore | Karachi | Islamabad"),
    ("Quetta | Balochistan\nTwo soldiers were martyred on Monday when their patrol was fired on.", "Quetta | Balochistan"),
    ("Khyber Pakhtunkhwa\nTwo soldiers were martyred on Monday when their patrol was fired on.", "Khyber Pakhtunkhwa"),
])
def test_other_headings_stay_dropped(text, heading):
    assert dict(classify_lines(text))[heading] is not None
