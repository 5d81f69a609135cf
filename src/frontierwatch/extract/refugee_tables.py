"""Returns per crossing from a sitrep's pipe table ("Crossing point | Returnees" then "Torkham | 27,415").

A table whose header names a count of people returning, with rows led by a border crossing, reports
each crossing's returns over the table's period: one `returns` event per crossing, with no day (a
period is no day). Rows led by anything else ("Total", a province) make nothing, and a column of
changes or shares ("Change vs previous week", "% of total") is not the count.
"""
from __future__ import annotations

import re

from ..records import Event
from .relations_common import Context, crossing_location, evidence

# a column counting people who returned ("Returnees", "Returns", "Arrivals", "Individuals returned")
_COUNT_HEAD = re.compile(r"\b(?:returnees|returns|arrivals)\b"
                         r"|\b(?:people|individuals|persons|afghans|refugees|families)\b[^|]*\b(?:returned|returning)\b"
                         r"|\b(?:returned|returning)\b[^|]*\b(?:people|individuals|persons|afghans|refugees|families)\b", re.I)
_NOT_COUNT = re.compile(r"%|\b(?:change|share|per\s*cent|percent|rate)\b", re.I)
_GOODS = re.compile(r"\b(?:trucks?|lorries|vehicles?|containers?|goods|cargo|consignments?|tons?|tonnes?)\b", re.I)
# a column of another period than the table's own: "last week", "cumulative since 1 Jan", "previous month"
_OTHER_PERIOD = re.compile(r"\b(?:last|previous|prior|cumulative|since|to\s+date|so\s+far|year-to-date|ytd)\b", re.I)
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,7}")


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.split("|")]


def _count_column(cells: list[str]) -> int | None:
    """The index of the header's returns column (never the first, the row label), or None; a column of the
    table's own period beats one of a past or running period, which is never taken."""
    for i, cell in enumerate(cells[1:], 1):
        if _COUNT_HEAD.search(cell) and not _NOT_COUNT.search(cell) and not _GOODS.search(cell) \
                and not _OTHER_PERIOD.search(cell):
            return i
    return None


def table_returns(ctx: Context) -> list[Event]:
    """One undated `returns` event per crossing row of each returns table of the document."""
    if "|" not in ctx.document.text:
        return []
    out: list[Event] = []
    seen: set[tuple[str, int]] = set()  # the same undated row repeated in another table is one event
    sentences = ctx.sentences
    k = 0
    while k < len(sentences):
        cells = _cells(sentences[k].text) if "|" in sentences[k].text else []
        col = _count_column(cells) if len(cells) >= 2 else None
        k += 1
        if col is None:
            continue
        while k < len(sentences) and len(row := _cells(sentences[k].text)) == len(cells):
            s = sentences[k]
            k += 1
            label_end = s.text.find("|")
            names = [h.values[1] for h in ctx.sentence_hits("crossing_cues", s, ("crossing",)) if h.end <= label_end]
            if not names or not _NUMBER.fullmatch(row[col]):
                continue
            key = (names[0], int(row[col].replace(",", "")))
            if key in seen:
                continue
            seen.add(key)
            ev = Event(type="refugees", country="PK", action="returns", count=key[1],
                       crossing=names[0], place=names[0], evidence=[evidence(s)])
            loc = crossing_location(names[0])
            if loc is not None:
                ev.country = loc.country or "PK"
                ev.admin1, ev.admin2 = loc.admin1, loc.admin2
                ev.lat, ev.lon, ev.geo_precision = loc.lat, loc.lon, loc.precision
            out.append(ev)
    return out
