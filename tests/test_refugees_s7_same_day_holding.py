"""Detentions told 'on the same day' in another city, held 'at a holding centre': that drive's day, there."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

_LEAD = ("Afghan refugees without valid cards faced arrest after the deadline. Police in Islamabad on Thursday launched a crackdown on Afghan nationals without documents, during which "
         "210 Afghan citizens were taken into custody and shifted to a holding centre for deportation. ")


def _deports(text: str) -> list[tuple]:
    doc = Document(id="t", text=text, published="2025-10-03")
    return [(e.date, e.count, e.admin1) for e in extract(doc).events
            if e.type == "refugees" and e.action == "deportation"]


@pytest.mark.parametrize("text, event", [
    (_LEAD + "Similarly, in Quetta, 85 Afghan nationals were arrested on the same day and were shifted to the holding "
     "centre at Baleli, police said.", ("2025-10-02", 85, "Balochistan")),
    (_LEAD + "In Karachi, 40 Afghan nationals were detained on the same day and moved to a holding facility, "
     "officials said.", ("2025-10-02", 40, "Sindh")),
])
def test_refugees_s7_same_day_detention_elsewhere(text: str, event: tuple) -> None:
    got = _deports(text)
    assert ("2025-10-02", 210, "Islamabad") in got and event in got


@pytest.mark.parametrize("text", [
    # no removal word and no day: an arrest, not a drive
    _LEAD + "In Quetta, 85 Afghan nationals were arrested and later released on bail, police said.",
])
def test_refugees_s7_undated_arrest_without_removal_no_event(text: str) -> None:
    assert all(e[1] != 85 for e in _deports(text))


def test_refugees_s7_same_day_drive_without_place_not_doubled() -> None:
    # the drive told again the same day with no province named: one event, not two
    text = (_LEAD + "On the same day, 30 more Afghan nationals were detained and shifted to a holding centre, "
            "officials said.")
    assert len([e for e in _deports(text) if e[0] == "2025-10-02"]) == 1
