"""Figures in a sentence for the claim extractor: numbers and words with scales, ranges merged,
days of months, years, money and non-claim units left out."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .claim_lexicon import cue_patterns
from .fastre import first_class, led
from .numbers import NUMBER, parse_number
from ..records import Claim
from .periods import Period

MONTH_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_WORD = MONTH_WORD


# A figure: digits or words, with an optional scale ("2.8m", "1.45 million"); "no attack" is zero; not an
# issue number ("Update #14")
FIGURE_PLAIN = re.compile(
    rf"(?<![\w$£€₨.,/#-])(?:{NUMBER})(?:\s*(?:million|m|bn|billion|lakh)\b)?(?![\w/]|[.,]\d)|\bno(?=\s+(?:[a-z-]+\s+)?(?:attacks?|incidents?)\b)",
    re.I)
# the same matches, searched faster: every match starts with a word character after a non-word
# character (the lookbehind, or \b before "no"), so a word boundary and the first-character class
# lead the pattern and the engine skips the inside of words at once
_FIGURE = re.compile(r"\b" + (first_class(FIGURE_PLAIN) or "") + FIGURE_PLAIN.pattern, re.I)
# ... and faster still on lower-cased text, the pattern's letters all lower case (no re.I): the same
# matches when lower-casing keeps the length and the text holds none of the four characters that
# re.I folds onto an ASCII letter (İ ı ſ and the Kelvin sign)
_FIGURE_LOWER = re.compile(r"\b" + (first_class(re.compile(FIGURE_PLAIN.pattern)) or "") + FIGURE_PLAIN.pattern)
_FOLD_TRAPS = "\u0130\u0131\u017f\u212a"
PERCENT_AFTER = led(re.compile(r"\s*(?:%|per\s*cent\b|percent\b|pc\b)", re.I))
_MONEY_BEFORE = led(re.compile(r"(?:\$|Rs\.?|PKR|USD|US\$|£|€|No\.)\s*$", re.I))
_NEXT_TO_MONTH = re.compile(rf"\b(?:{_MONTH_WORD}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")
_MONTH_AFTER = re.compile(rf"\s*(?:st|nd|rd|th)?\s+{_MONTH_WORD}\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ONE_AFTER = re.compile(r"[(,]\s*$|\b(?:with|and|from|to)\s+$")  # "(one", ", one", "and one": a count
_ONE_COUNTED = re.compile(r"\s*(?:\)|in\b|of\s+them\b)")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_RANGE_GAP = re.compile(r"\s*(?:-|–|to)\s*")
_AND_GAP = re.compile(r"\s+and\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:\S+\s+)?$")
# "wanted in the killing of two police officers": the charge against someone names incidents, not a statistic
_CHARGE_WORD = re.compile(r"wanted|accused|suspected|charged|convicted")
_CHARGE_BEFORE = re.compile(r"\b(?:wanted|accused|suspected|charged|convicted)\s+(?:in|for|of|with)\s+(?:the\s+)?"
                            r"(?:[a-z]+\s+of\s+|[a-z]+ing\s+)$", re.I)
_SCALED = re.compile(r"(.+?)\s*(million|m|bn|billion|lakh)")


def parse_figure(text: str) -> float | None:
    """The value of a figure's text ("no" is 0, "2.8m" is 2,800,000), or None."""
    t = text.strip().lower()
    if t == "no":
        return 0
    m = _SCALED.fullmatch(t)
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


def _figure_spans(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """Spans of _FIGURE's matches in text (`low`: text.lower(), when already made)."""
    low = text.lower() if low is None else low
    if len(low) == len(text) and (text.isascii() or not any(c in text for c in _FOLD_TRAPS)):
        return [m.span() for m in _FIGURE_LOWER.finditer(low)]
    return [m.span() for m in _FIGURE.finditer(text)]


def figure_candidates(text: str, low: str | None = None) -> list[tuple[int, int, float]]:
    """(start, end, value) of every figure of a sentence, periods not yet left out: none here means
    find_figures finds none whatever the periods (it only drops candidates and merges ranges).
    `low`: text.lower(), when the caller has it."""
    out: list[tuple[int, int, float]] = []
    for s, e in _figure_spans(text, low):
        raw = text[s:e]
        if _YEAR.fullmatch(raw):
            continue  # a year, not a figure
        if _NEXT_TO_MONTH.search(text[max(0, s - 12):s]) or _MONTH_AFTER.match(text[e:e + 16]):
            continue  # a day of a month ("October 27", "1 November")
        v = parse_figure(raw)
        if v is None:
            continue
        if raw.lower() in ("a", "an", "one", "single", "lone") and not _ONE_AFTER.search(text[max(0, s - 6):s]):
            if raw.lower() != "one" or not _ONE_COUNTED.match(text[e:]):
                continue
        out.append((s, e, float(v)))
    return out


def find_figures(text: str, periods: list[Period],
                 candidates: list[tuple[int, int, float]] | None = None) -> list[Fig]:
    """The figures of a sentence outside its period expressions, a range "12 to 18" kept as one
    (`candidates`: figure_candidates(text), when already known)."""
    raw_figs = [Fig(s, e, v) for s, e, v in (figure_candidates(text) if candidates is None else candidates)
                if not any(p.span[0] <= s < p.span[1] for p in periods)]
    # a range "12 to 18", "100-150" is one figure with low/high; never averaged
    merged: list[Fig] = []
    for f in raw_figs:
        gap = text[merged[-1].end:f.start] if merged else ""
        between = bool(merged) and _BETWEEN_BEFORE.search(text[max(0, merged[-1].start - 12):merged[-1].start])
        if merged and (_RANGE_GAP.fullmatch(gap) or (between and _AND_GAP.fullmatch(gap))) and not _FROM_BEFORE.search(
                text[max(0, merged[-1].start - 25):merged[-1].start]):
            prev = merged[-1]
            prev.low, prev.high, prev.end = prev.value, f.value, f.end
            continue
        merged.append(f)
    charged = _CHARGE_WORD.search(text) is not None  # (a cheap look first: most sentences charge no one)
    return [f for f in merged
            if not _MONEY_BEFORE.search(text[max(0, f.start - 5):f.start]) and not cue_patterns()["unit"].match(text, f.end)
            and not (charged and _CHARGE_BEFORE.search(text, max(0, f.start - 50), f.start))]


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


# "..., which was 38 percent higher than in 2024": a change told of the count of the clause before
_WHICH_WAS = re.compile(r",\s+(?:which|this|that)\s+(?:was|were|is|are|marks|marked|represents|represented)\s+"
                        r"(?:an?\s+)?(?:(?:increase|rise|jump|decrease|decline|drop|fall)\s+of\s+)?$", re.I)


def refers_back(text: str, lo: int, hi: int, metric_rx: re.Pattern[str]) -> bool:
    """True when the percentage at `hi` opens a relative clause on the count ending at `lo`, with no
    other metric noun or clause break between them."""
    return hi - lo <= 200 and _WHICH_WAS.search(text, lo, hi) is not None and ";" not in text[lo:hi] \
        and metric_rx.search(text, lo, hi) is None


# "187 incidents of abduction": the generic noun counts the kind named after "of"
_KIND_OF = re.compile(r"\s+of\s+([a-z]+(?:\s+[a-z]+)?)\b", re.I)
_GENERIC_COUNTS = ("incident", "incidents")
_KIND_METRICS = frozenset({"abductions", "suicide_attacks", "arrests"})


def kind_of(text: str, end: int, noun: str, metric: str | None, metrics: dict[str, str]) -> str | None:
    """The metric of a generic count noun ("incidents") followed by "of <kind>", else `metric`."""
    m = _KIND_OF.match(text, end) if noun.lower() in _GENERIC_COUNTS else None
    if m is None:
        return metric
    words = m.group(1).lower().split()
    for phrase in (" ".join(words), words[0]):
        kind = metrics.get(phrase + "s") or metrics.get(phrase)
        if kind in _KIND_METRICS:
            return kind
    return metric
