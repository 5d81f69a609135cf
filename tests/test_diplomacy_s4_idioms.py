"""Session-4 diplomacy: a travel verb whose object starts with 'a'/'an' ('came to a halt', 'reached an
understanding') is an idiom, not a visit; a travel verb with a place stays a visit."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _dips(text: str, published: str = "2025-06-12") -> list[tuple]:
    doc = Document(id="t", text=text, published=published)  # 2025-06-12 is a Thursday
    return sorted((e.date, e.action, tuple(e.parties or ())) for e in extract(doc).events if e.type == "diplomacy")


@pytest.mark.parametrize("idiom", ["came to a halt", "came to a standstill", "came to an end"])
def test_diplomacy_s4_travel_idiom_is_no_visit(idiom: str) -> None:
    text = (f"QUETTA: Trade between Pakistan and Afghanistan {idiom} on Wednesday after customs staff "
            "stopped work at the border.")
    assert [d for d in _dips(text) if d[1] == "visit"] == []


def test_diplomacy_s4_travel_verb_with_a_place_is_a_visit() -> None:
    text = "KABUL: Pakistan's foreign minister came to Kabul on Wednesday for a day of meetings with Afghan officials."
    assert ("2025-06-11", "visit", ("AF", "PK")) in _dips(text)
