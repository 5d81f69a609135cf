"""Claims from a digest's labelled rows under a metric heading ("Attacks by region" then "- Sindh: 3").

Think-tank digests list a metric's split by region as short rows, one region a row. Each row whose
label is exactly one province or country is that region's figure for the digest's period (the
title's); a row led by anything else ("Total", "Urban areas", "Others") makes nothing.
"""
from __future__ import annotations

import re

from ..records import CLAIM_METRICS, Claim, Evidence
from .claim_lexicon import lexicon, norm
from .periods import Period
from .text import Sentence

# "Attacks by region", "Deaths by province:", "Fatalities per province", "Returnees by province of departure"
_HEADING = re.compile(r"(?P<metric>[A-Za-z][A-Za-z -]{1,40}?)\s+(?:by|per|in\s+each|across)\s+"
                      r"(?:the\s+)?(?:region|province|country|area)s?(?:\s+of\s+(?:departure|origin|return|residence))?\s*:?", re.I)
# "- Balochistan: 19", "• Sindh: 3 (up from 1)", "Punjab: 2" (a percent row is a share, not a count)
_ROW = re.compile(r"(?:[-\u2013\u2022*\u00b7]\s+)?(?P<label>[A-Z][^:\d\n]{1,70}):\s*(?P<value>\d{1,3}(?:,\d{3})+|\d{1,7})"
                  r"(?!\s*(?:%|percent|per\s*cent))(?:\s*\([^()\n]{1,40}\))?\.?")


def heading_metric(text: str) -> str | None:
    """The scored metric a heading splits by region, or None when it is no such heading."""
    m = _HEADING.fullmatch(text.strip())
    if not m:
        return None
    head = m.group("metric").strip()
    found = [f for f in lexicon().metric_rx.finditer(head) if f.end() == len(head)]
    metric = lexicon().metric.get(norm(found[-1].group(0))) if found else None
    return metric if metric in CLAIM_METRICS else None


def row_region(label: str) -> str | None:
    """The region a row is about: its label when that is exactly one province's or country's name."""
    lex = lexicon()
    label = label.strip()
    m = lex.admin_rx.fullmatch(label) or lex.country_rx.fullmatch(label)
    return lex.regions.get(norm(m.group(0))) if m else None


def row_claims(sentences: list[Sentence], period: Period | None, source: str | None) -> list[Claim]:
    """Claims of every run of region rows under a metric heading (none without a period in force)."""
    if period is None or period.start is None:
        return []
    out: list[Claim] = []
    for k, head in enumerate(sentences):
        if len(head.text) > 80 or not (metric := heading_metric(head.text)):
            continue
        for s in sentences[k + 1:]:
            row = _ROW.fullmatch(s.text.strip())
            if row is None:
                break
            region = row_region(row.group("label"))
            if region is None:
                continue
            out.append(Claim(metric=metric, value=int(row.group("value").replace(",", "")), unit="count",
                             period_start=period.start.isoformat(),
                             period_end=period.end.isoformat() if period.end else None,
                             region=region, source=source, evidence=Evidence(s.text, s.start, s.end)))
    return out
