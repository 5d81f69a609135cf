""""The bodies of the six men killed were flown to their home towns in Y": the dead of the incident being
told, carried home, are no new incident in Y; a sentence that reports its own attack still is one."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_LEAD = ("Five labourers were killed when gunmen opened fire on a van near Hub in Lasbela district on Sunday, "
         "officials said. ")


def _events(tail: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-06-09", title="Labourers killed", text=_LEAD + tail)
    return violence_events(doc, split_sentences(doc.text))


@pytest.mark.parametrize("tail", [
    "The bodies of the five men killed in the firing were flown to their native villages in Punjab on Monday. "
    "The BLF claimed responsibility.",
    "On Monday the bodies of the five labourers killed were sent back to Sindh, where they were buried. "
    "The BLF claimed responsibility.",
])
def test_segment_bodies_sent_home_no_new_event(tail):
    evs = _events(tail)
    assert [(e.admin2, e.claimed_by) for e in evs] == [("Lasbela", "BLF")]


def test_segment_bodies_with_own_attack_still_event():
    evs = _events("In Turbat on Monday, the bodies of two men shot dead by gunmen in an attack on a shop were "
                  "taken to the hospital.")
    assert sorted(e.admin2 for e in evs) == ["Kech", "Lasbela"]
