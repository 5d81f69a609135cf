"""Figures in a sentence for the claim extractor: numbers and words with scales, ranges merged,
days of months, years, money and non-claim units left out."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .claim_lexicon import cue_patterns
from .fastre import led
from .numbers import NUMBER, parse_number
from ..records import Claim
from .periods import Period

MONTH_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_WORD = MONTH_WORD


# A figure: digits or words, with an optional scale ("2.8m", "1.45 million"); "no attack" is zero.
_FIGURE = re.compile(
    rf"(?<![\w$£€₨.,/-])(?:{NUMBER})(?:\s*(?:million|m|bn|billion|lakh)\b)?(?![\w/]|[.,]\d)|\bno(?=\s+(?:[a-z-]+\s+)?(?:attacks?|incidents?)\b)",
    re.I)
PERCENT_AFTER = led(re.compile(r"\s*(?:%|per\s*cent\b|percent\b|pc\b)", re.I))
_MONEY_BEFORE = led(re.compile(r"(?:\$|Rs\.?|PKR|USD|US\$|£|€|No\.)\s*$", re.I))
_NEXT_TO_MONTH = re.compile(rf"\b{_MONTH_WORD}\.?\s+$")


def parse_figure(text: str) -> float | None:
    """The value of a figure's text ("no" is 0, "2.8m" is 2,800,000), or None."""
    t = text.strip().lower()
    if t == "no":
        return 0
    m = re.fullmatch(r"(.+?)\s*(million|m|bn|billion|lakh)", t)
    if m:
        base = parse_number(m.group(1))
        if base is None:
            return None
        scale = {"million": 1e6, "m": 1e6, "bn": 1e9, "billion": 1e9, "lakh": 1e5}[m.group(2)]
        return round(base * scale)
    v = parse_number(t)
    return None if v is None else v


@dataclass
class Fig:
    """A figure found in a sentence, and what the claim extractor makes of it."""

    start: int
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    unit: str = "count"
    metric: str | None = None
    direction: str | None = None
    period: Period | None = None
    refers: bool = False  # the metric was the one in force ("the figure was down ...")
    sense: str | None = None  # the casualty or movement sense of a group figure ("killed", "deported", ...)


def find_figures(text: str, periods: list[Period]) -> list[Fig]:
    """The figures of a sentence outside its period expressions, a range "12 to 18" kept as one."""
    raw_figs: list[Fig] = []
    for m in _FIGURE.finditer(text):
        s, e = m.span()
        if any(p.span[0] <= s < p.span[1] for p in periods):
            continue
        raw = m.group(0)
        if re.fullmatch(r"(?:19|20)\d\d", raw):
            continue  # a year, not a figure
        if _NEXT_TO_MONTH.search(text[max(0, s - 12):s]) or re.match(rf"\s*(?:st|nd|rd|th)?\s+{_MONTH_WORD}\b", text[e:e + 16]):
            continue  # a day of a month ("October 27", "1 November")
        v = parse_figure(raw)
        if v is None:
            continue
        if raw.lower() in ("a", "an", "one", "single", "lone") and not re.search(r"[(,]\s*$|\b(?:with|and|from|to)\s+$", text[max(0, s - 6):s]):
            if raw.lower() != "one" or not re.match(r"\s*(?:\)|in\b|of\s+them\b)", text[e:]):
                continue
        raw_figs.append(Fig(s, e, float(v)))
    # a range "12 to 18", "100-150" is one figure with low/high; never averaged
    merged: list[Fig] = []
    for f in raw_figs:
        gap = text[merged[-1].end:f.start] if merged else ""
        between = bool(merged) and re.search(r"\bbetween\s+$", text[max(0, merged[-1].start - 12):merged[-1].start], re.I)
        if merged and (re.fullmatch(r"\s*(?:-|–|to)\s*", gap) or (between and re.fullmatch(r"\s+and\s+", gap))) and not re.search(
                r"\bfrom\s+(?:\S+\s+)?$", text[max(0, merged[-1].start - 25):merged[-1].start]):
            prev = merged[-1]
            prev.low, prev.high, prev.end = prev.value, f.value, f.end
            continue
        merged.append(f)
    return [f for f in merged
            if not _MONEY_BEFORE.search(text[max(0, f.start - 5):f.start]) and not cue_patterns()["unit"].match(text, f.end)]


def drop_restated(claims: list[Claim], rounded: set[int]) -> list[Claim]:
    """'More than 23,000 returned last week' beside '23,480 returned between 5 and 11 July': the lead's
    round figure restates the exact one (same metric and unit, a value within 10% above, periods overlapping)."""
    def overlaps(a: Claim, b: Claim) -> bool:
        if not (a.period_start and b.period_start):
            return False  # "about 50 a month": a rate, not a restated total
        a_end, b_end = a.period_end or a.period_start, b.period_end or b.period_start
        return a.period_start <= b_end and b.period_start <= a_end

    out = []
    for c in claims:
        if id(c) in rounded and any(
                o is not c and id(o) not in rounded and o.metric == c.metric and o.unit == c.unit == "count"
                and c.value < o.value <= c.value * 1.1 and overlaps(c, o) for o in claims):
            continue
        out.append(c)
    return out
