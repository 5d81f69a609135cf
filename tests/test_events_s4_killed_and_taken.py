""""Four were killed and six others kidnapped": an assault that also took captives is armed_assault; captives
later found dead stay a kidnapping."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _tactics(text: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-02-12", title="Highway attack", text=text)
    return [e.tactic for e in violence_events(doc, split_sentences(doc.text))]


@pytest.mark.parametrize("text", [
    "Three travellers were killed and five others kidnapped when gunmen blocked the highway near Kalat on Tuesday.",
    "Two drivers were shot dead and four others were abducted by armed men on the road in Kech on Tuesday night.",
])
def test_events_killed_and_others_taken_is_assault(text):
    assert _tactics(text) == ["armed_assault"]


def test_events_kidnapping_alone_stays_kidnapping():
    # near miss: no one killed, only taken away
    assert _tactics("Armed men kidnapped five passengers from a coach near Kalat on Tuesday night.") == ["kidnapping"]
