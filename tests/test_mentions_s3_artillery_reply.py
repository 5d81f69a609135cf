"""A state's artillery reply on a named place across the border is its own cross-border event."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_LEAD = ("Three soldiers were martyred when Afghan forces opened unprovoked fire on Pakistani posts in "
         "Kurram district late on Sunday, officials said. ")


def _cross(tail: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-03-02", title="Border posts attacked",
                   text=_LEAD + tail)
    return [e for e in violence_events(doc, split_sentences(doc.text)) if e.type == "cross_border"]


@pytest.mark.parametrize("tail", [
    "Pakistani troops hit back, targeting Afghan posts across the border in Paktia province's Dand-e-Patan "
    "district with artillery. Eleven Afghan fighters were killed in the return fire, sources said.",
])
def test_mentions_artillery_reply_is_second_event(tail):
    evs = _cross(tail)
    by_country = {e.country: e for e in evs}
    assert set(by_country) == {"PK", "AF"}
    assert by_country["PK"].killed.security_forces == 3 and by_country["PK"].tactic == "armed_assault"
    assert by_country["AF"].perpetrator == "PK_SF" and by_country["AF"].killed.total() == 11


def test_mentions_reply_without_place_across_stays_one_event():
    evs = _cross("Pakistani troops responded swiftly, the officials added.")
    assert [e.country for e in evs] == ["PK"]
