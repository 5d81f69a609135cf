"""Stub: border_crossing, refugees and diplomacy events (to be written)."""
from __future__ import annotations

from ..records import Document, Event
from .text import Sentence


def extract_relations_events(document: Document, sentences: list[Sentence]) -> list[Event]:
    """Border-crossing closures/reopenings, refugee measures and diplomatic events."""
    return []
