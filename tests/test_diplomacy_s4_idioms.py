"""Session-4 diplomacy: a travel verb in a listed idiom ('came to a halt', 'reached an understanding', data in
diplomacy_cues.csv) is no visit; a travel verb with a place stays a visit, also when the place follows 'a'
('visited a refugee camp in Peshawar')."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _dips(text: str, published: str = "2025-06-12") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)  # 2025-06-12 is a Thursday
    return sorted((e.date, e.action, tuple(e.parties or ())) for e in extract(doc).events if e.type == "diplomacy")


@pytest.mark.parametrize("idiom", ["came to a halt", "came to a standstill", "came to an end", "reached a deadlock",
                                   "reached a new low", "came to a grinding halt"])
def test_diplomacy_s4_travel_idiom_is_no_visit(idiom: str) -> None:
    text = (f"QUETTA: Trade between Pakistan and Afghanistan {idiom} on Wednesday after customs staff "
            "stopped work at the border.")
    assert [d for d in _dips(text) if d[1] == "visit"] == []


def test_diplomacy_s4_travel_verb_with_a_place_is_a_visit() -> None:
    text = "KABUL: Pakistan's foreign minister came to Kabul on Wednesday for a day of meetings with Afghan officials."
    assert ("2025-06-11", "visit", ("AF", "PK")) in _dips(text)


@pytest.mark.parametrize("place", ["a refugee camp", "a school for returnee children", "a district hospital"])
def test_diplomacy_s4_visit_to_a_place_after_a_is_a_visit(place: str) -> None:
    text = f"PESHAWAR: The Afghan consul general in Peshawar visited {place} in Peshawar on Wednesday."
    assert [d for d in _dips(text) if d[1] == "visit"] != []
