""""The X area of Y district": the text's own district wins when the gazetteer files X under a neighbour;
a place written in its own district is unchanged. Our own invented reports; real gazetteer."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import extract_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def run(text: str) -> list[dict]:
    doc = Document(id="v", text=text, title="", published="2025-03-12")
    return [e.as_dict() for e in extract_events(doc, split_sentences(text)) if e.type == "attack"]


@pytest.mark.parametrize("text, admin2", [
    # the gazetteer files Darazinda under Dera Ismail Khan; the report puts it in South Waziristan
    ("Gunmen kidnapped three labourers in the Darazinda area of South Waziristan on Monday.", "South Waziristan"),
    # near misses: the place in its own district, or no "area of"
    ("Gunmen kidnapped three labourers in the Daraban area of Dera Ismail Khan on Monday.", "Dera Ismail Khan"),
    ("Gunmen kidnapped three labourers in Darazinda on Monday.", "Dera Ismail Khan"),
])
def test_violence3_area_of_a_named_district(text: str, admin2: str) -> None:
    evs = run(text)
    assert evs and evs[0]["admin2"] == admin2
