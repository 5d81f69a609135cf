"""Extraction: a cleaned Document in, an Extraction (events, claims, quotes) out.

Stages: text.split_sentences -> events.extract_events, claims.extract_claims,
quotes.extract_quotes. Pure functions; no database, no network.
"""
from __future__ import annotations

import sys
import types
from dataclasses import replace

from ..records import Document, Extraction
from .claims import extract_claims
from .events import extract_events
from .quotes import extract_quotes
from .text import split_sentences, without_case_traps


def extract(document: Document) -> Extraction:
    """Extract events, statistical claims and quotes from one cleaned document."""
    clean = without_case_traps(document.text)
    if clean != document.text or (document.title and without_case_traps(document.title) != document.title):
        document = replace(document, text=clean, title=without_case_traps(document.title or "") or None)
    sentences = split_sentences(document.text)
    return Extraction(
        doc_id=document.id,
        events=extract_events(document, sentences),
        claims=extract_claims(document, sentences),
        quotes=extract_quotes(document, sentences),
    )


class _CallableModule(types.ModuleType):
    """Lets `frontierwatch.extract(doc)` work although `frontierwatch.extract` is this package."""

    def __call__(self, document: Document) -> Extraction:
        return extract(document)


sys.modules[__name__].__class__ = _CallableModule
