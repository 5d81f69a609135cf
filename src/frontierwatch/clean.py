"""Page-noise removal (interim identity; the foundation work replaces this).

Contract: clean_document(doc) -> Document with `text` cleaned and `raw_text` the original.
"""
from __future__ import annotations

from dataclasses import replace

from .records import Document


def clean_document(doc: Document) -> Document:
    """Return the document with page noise removed from its text."""
    return replace(doc, raw_text=doc.text)
