"""Militants who fire on a team and die in the return fire are the operation's own detail, not an attack."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_LEAD = "The CTD said four terrorists were killed in a shootout near Pishin on Sunday night. "


def _types(tail: str) -> list[str]:
    doc = Document(id="t1", url="u", outlet="o", published="2026-03-02", title="Shootout", text=_LEAD + tail)
    return sorted(e.type for e in violence_events(doc, split_sentences(doc.text)))


@pytest.mark.parametrize("tail", [
    "An official said the terrorists opened fire when the team signalled their car to stop near Pishin, and "
    "were killed in the return fire.",
    "The suspects attacked the raiding party near Pishin and died in retaliatory fire, the spokesman said.",
])
def test_segment_return_fire_joins_operation(tail):
    assert _types(tail) == ["security_operation"]


def test_segment_attack_with_own_victims_stays_attack():
    tail = "On Monday, militants opened fire on a police post in Quetta, killing two constables."
    assert _types(tail) == ["attack", "security_operation"]
