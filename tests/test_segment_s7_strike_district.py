"""A strike on Afghan soil told first by province, then by district: one event in that district; a district in
Pakistan named in passing ("a commander blamed for attacks in X") is no scene of the strike."""
from __future__ import annotations

from frontierwatch.extract import extract
from frontierwatch.records import Document

_LEAD = ("Pakistani jets targeted hideouts of the banned Tehreek-e-Taliban Pakistan in Afghanistan's Khost province "
         "late on Sunday, killing at least 12 militants including a commander blamed for attacks in South Waziristan, "
         "security sources said. ")


def _strikes(text: str) -> list[tuple]:
    ev = extract(Document(id="t", text=text, published="2026-03-11")).events
    return [(e.date, e.country, e.admin2, e.killed.militants) for e in ev if e.type == "cross_border"]


def test_segment_s7_district_told_next_is_the_strike_s_own() -> None:
    got = _strikes(_LEAD + "The sources said the air strikes were carried out on compounds in the Tani district.")
    assert got == [("2026-03-08", "AF", "Tani", 12)]


def test_segment_s7_district_struck_on_another_day_is_another_strike() -> None:
    got = _strikes(_LEAD + "On Tuesday, fresh air strikes were carried out on compounds in the Tani district.")
    assert sorted(got, key=str) == sorted([("2026-03-08", "AF", None, 12), ("2026-03-10", "AF", "Tani", None)], key=str)
