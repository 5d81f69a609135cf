"""Bilateral-relations events: border crossings, refugee measures and diplomacy (GUIDE types).

One shared Context per document; each family lives in its own module (crossings, refugees,
diplomacy) and returns GUIDE-shaped Events with their evidence sentences.
"""
from __future__ import annotations

from ..records import Document, Event
from .crossings import extract_crossing_events
from .diplomacy import extract_diplomacy_events
from .refugees import extract_refugee_events
from .relations_common import make_context
from .text import Sentence

# A news sentence is well under this; a longer "sentence" is page junk or a run-on list, and only
# its beginning is read, so every document stays fast whatever its content.
MAX_SENTENCE = 2000


def _clip(sentences: list[Sentence]) -> list[Sentence]:
    return [s if len(s.text) <= MAX_SENTENCE else
            Sentence(s.text[:MAX_SENTENCE], s.start, s.start + MAX_SENTENCE, s.paragraph, s.index)
            for s in sentences]


def extract_relations_events(document: Document, sentences: list[Sentence]) -> list[Event]:
    """Border-crossing closures/reopenings, refugee measures and diplomatic events of one document."""
    ctx = make_context(document, _clip(sentences))
    events: list[Event] = []
    events.extend(extract_crossing_events(ctx))
    events.extend(extract_refugee_events(ctx))
    events.extend(extract_diplomacy_events(ctx))
    for ev in events:
        ev.doc_id = document.id
    return events
