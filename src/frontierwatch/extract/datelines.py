"""Where the report was filed and what it names: the dateline ("QUETTA, Oct 14 (AGENCY) - ") is cut off
the body so its place and day are not read as the scene or a count; places come from the gazetteer.

Split from mentions.py (sentence features) to keep that module small.
"""
from __future__ import annotations

import warnings

from ..errors import FrontierwatchError
from ..records import Location, PlaceMatch
from .dates import DateMention
from .text import Sentence, dateline_span

_warned = False


def find_places(text: str) -> list[PlaceMatch]:
    """Places named in text, via frontierwatch.geo; [] (with one warning) if the gazetteer is unavailable."""
    global _warned
    try:
        from .. import geo

        return list(geo.find_places(text))
    except (ImportError, FrontierwatchError) as exc:
        if not _warned:
            warnings.warn(f"gazetteer unavailable, events get no places: {exc}", stacklevel=2)
            _warned = True
        return []


def after_dateline(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with the dateline ("QUETTA, Oct 14 (AGENCY) - ") cut off the one that holds it,
    so its day number is not read as a count ("14 - Three policemen")."""
    span = dateline_span(text)
    if span is None or not sentences:
        return sentences
    out = list(sentences)
    for i, s in enumerate(out):
        if s.start < span[1] < s.end and s.start >= span[0] - 2:
            out[i] = Sentence(text[span[1]:s.end], span[1], s.end, s.paragraph, s.index)
            break
    return out


def strip_dateline(text: str, places: list[PlaceMatch], days: list[DateMention]
                   ) -> tuple[list[PlaceMatch], list[DateMention], Location | None]:
    """Remove the dateline's place and date (where the report was filed) from the body's mentions;
    return the dateline's place separately as a last-resort location."""
    span = dateline_span(text)
    if span is None:
        return places, days, None
    inside = [p for p in places if span[0] <= p.start < span[1]]
    places = [p for p in places if not span[0] <= p.start < span[1]]
    days = [d for d in days if not span[0] <= d.start < span[1]]
    return places, days, inside[0].location if inside else None
