"""Claims from a pipe table in a report ("Region | Attacks | Deaths" then "Balochistan | 61 | 128").

A table row states a region's figures for the table's period, so each numeric cell under a column
named by a metric noun is a claim. The period is the caption's (the two lines above the header), else
the title's; a row with a cell that is wholly a period ("8–14 Aug") is a national figure for that period.
Other rows led by anything but one region ("Total", "Punjab, Sindh and others") are skipped:
the total restates the text's figure and a mixed row is no one region's.
"""
from __future__ import annotations

import re
from datetime import date

from ..records import CLAIM_METRICS, Claim, Document, Evidence
from .claim_lexicon import lexicon, norm
from .claim_rows import row_claims
from .periods import Period, find_periods
from .text import Sentence

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,7}")
_CAPTION_LINES = 2


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.split("|")]


def _header_metrics(cells: list[str]) -> list[str | None] | None:
    """The metric of each column after the first, or None when no column names a scored metric."""
    lex = lexicon()
    out: list[str | None] = []
    for cell in cells[1:]:
        m = lex.metric_rx.fullmatch(cell.lower()) if cell else None
        metric = lex.metric.get(norm(m.group(0))) if m else None
        out.append(metric if metric in CLAIM_METRICS else None)
    return out if any(out) else None


def _region(cell: str) -> str | None:
    """The region a row is about: its first cell when that is exactly one region's name."""
    lex = lexicon()
    m = lex.admin_rx.fullmatch(cell)
    return lex.regions.get(norm(m.group(0))) if m else None


def _period(sentences: list[Sentence], k: int, ref: date | None, anchor, default: Period | None) -> Period | None:
    for s in reversed(sentences[max(0, k - _CAPTION_LINES):k]):
        found = [p for p in find_periods(s.text, ref, anchor) if p.role == "main" and p.start]
        if found:
            return found[-1]
    return default


def _row_period(row: list[str], metrics: list[str | None], ref: date | None, anchor) -> Period | None:
    """The period a row is about when one of its non-metric cells is wholly a period ("1–7 Aug",
    "March 2026"), else None ("Total", a crossing's name, a bare week number)."""
    for i, cell in enumerate(row):
        if (i and metrics[i - 1]) or not cell or not any(c.isalpha() for c in cell):
            continue
        found = [p for p in find_periods(cell, ref, anchor) if p.start and p.span == (0, len(cell))]
        if found and (i == 0 or not any(c.isalpha() for c in row[0]) or _PERIOD_LABEL.match(row[0])):
            return found[0]  # (a row led by a name, "Bannu | March 2025 | 4", is that place's, not the country's)
    return None


_PERIOD_LABEL = re.compile(r"(?:week|wk|month|period|round|phase)\b", re.I)  # "Week 32 | 8–14 Aug | 22,415"


def table_claims(document: Document, sentences: list[Sentence], ref: date | None, anchor,
                 default: Period | None, source: str | None) -> list[Claim]:
    """Claims of the document's pipe tables, then of its region rows under a metric heading."""
    return _pipe_claims(document, sentences, ref, anchor, default, source) + row_claims(sentences, default, source)


def _pipe_claims(document: Document, sentences: list[Sentence], ref: date | None, anchor,
                 default: Period | None, source: str | None) -> list[Claim]:
    """Claims of every pipe table of the document (none without a '|' in the text)."""
    if "|" not in document.text:
        return []
    out: list[Claim] = []
    k = 0
    while k < len(sentences):
        text = sentences[k].text
        cells = _cells(text) if text.count("|") >= 1 else []
        metrics = _header_metrics(cells) if len(cells) >= 2 else None
        if metrics is None:
            k += 1
            continue
        period = _period(sentences, k, ref, anchor, default)
        k += 1
        while k < len(sentences) and len(row := _cells(sentences[k].text)) == len(cells):
            region = _region(row[0])
            row_period = period
            if region is None and (row_period := _row_period(row, metrics, ref, anchor)) is not None:
                region = "PK"  # "32 | 8–14 Aug | 22,415": a national figure for the row's own period
            for metric, cell in zip(metrics, row[1:]):
                if region is None or metric is None or not _NUMBER.fullmatch(cell):
                    continue
                s = sentences[k]
                out.append(Claim(metric=metric, value=int(cell.replace(",", "")), unit="count",
                                 period_start=row_period.start.isoformat() if row_period and row_period.start else None,
                                 period_end=row_period.end.isoformat() if row_period and row_period.end else None,
                                 region=region, source=source, evidence=Evidence(s.text, s.start, s.end)))
            k += 1
    return out
