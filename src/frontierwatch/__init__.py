"""frontierwatch: news reports about Pakistan and Afghanistan -> a sourced event database."""
from __future__ import annotations

__version__ = "0.1.0"

from .records import Casualties, Claim, Document, Event, Extraction, Incident, Location, Quote  # noqa: E402


def extract(document: Document) -> Extraction:
    """Extract events, claims and quotes from one cleaned Document (no database needed)."""
    from .extract import extract as _extract

    return _extract(document)


__all__ = ["Casualties", "Claim", "Document", "Event", "Extraction", "Incident", "Location", "Quote",
           "extract", "__version__"]
