"""An attack told "in <province>" after paragraphs about another district is placed in that province."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_LEAD = ("Police rounded up dozens of hawkers in Quetta on Sunday after a court order. "
         "The drive covered markets in the Satellite Town area of the city.\n\n")


def _attacks(body: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-02-03", title="City drive", text=_LEAD + body)
    return [e for e in violence_events(doc, split_sentences(doc.text)) if e.type == "attack"]


@pytest.mark.parametrize("body,admin1", [
    ("Meanwhile in Kabul, three people were killed on Monday when a bomb went off at a bus stop.", "Kabul"),
    ("Separately, in Kandahar, a grenade blast wounded five people on Monday.", "Kandahar"),
])
def test_event_places_opening_province_beats_other_paragraphs(body, admin1):
    evs = _attacks(body)
    assert len(evs) == 1
    assert evs[0].country == "AF" and evs[0].admin1 == admin1 and evs[0].admin2 != "Quetta"


def test_event_places_province_as_government_keeps_scene():
    # "with Kabul": the government addressed, not a scene; the district told earlier stays
    evs = _attacks("Gunmen shot dead two policemen in Satellite Town on Monday, and officials raised "
                   "the matter with Kabul.")
    assert len(evs) == 1 and evs[0].admin2 == "Quetta"
