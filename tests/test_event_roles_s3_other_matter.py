"""A "Meanwhile ..." sentence left in a frame lends it no tactic: it tells another matter."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_LEAD = "Two policemen were killed at a checkpoint in Bannu on Sunday, officials said. "


def _tactic(tail: str) -> str | None:
    doc = Document(id="t1", url="u", outlet="o", published="2026-03-02", title="Checkpoint toll", text=_LEAD + tail)
    evs = [e for e in violence_events(doc, split_sentences(doc.text)) if e.type == "attack"]
    return evs[0].tactic


@pytest.mark.parametrize("tail", [
    "Meanwhile, the provincial assembly condemned last year's shelling of border villages.",
    "Meanwhile, traders protested against the suicide bombings of recent years.",
])
def test_event_roles_meanwhile_lends_no_tactic(tail):
    assert _tactic(tail) is None


def test_event_roles_detail_sentence_lends_tactic():
    assert _tactic("The attackers opened fire from a moving car and fled.") == "armed_assault"
