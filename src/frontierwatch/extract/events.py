"""Stub: events extraction (violence events to be written); relations events come from relations.py."""
from __future__ import annotations

from ..records import Document, Event
from .relations import extract_relations_events
from .text import Sentence


def extract_events(document: Document, sentences: list[Sentence]) -> list[Event]:
    """All events of a document: violence events here, relations events from relations.py."""
    events: list[Event] = []
    events.extend(extract_relations_events(document, sentences))
    return events
