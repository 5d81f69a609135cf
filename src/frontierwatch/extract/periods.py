"""Period expressions for statistical claims: weeks, months, quarters, years and spans.

A claim covers a period ("3–9 March 2022", "in November", "the first five months of 2021",
"from 2017 to 2020", "since June 2022", "the past three weeks", "the 12 months to June 2025", "H1 2024",
"year to date", "the past fortnight"). Months and days without a
year take it from the publication date (the last such month on or before it) or, when the
publication date is unknown, from the latest year the document names. Relative expressions
("the week before", "during the month") resolve against the period already in force.
Every pattern is linear (no nested quantifiers), so any input is scanned quickly.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, timedelta

from .fastre import led
from .period_units import enclosing
from .period_restated import restated_roles
from .period_roles import period_role

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
    "dec": 12}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1}

# Month names are matched case-sensitively (capitalised) so the verb "may" is not a month.
_M = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
      r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_Y = r"(?:19[5-9]\d|20[0-4]\d)"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# "and" joins a range only after "between" ("between May 2 and 9"; "on May 2 and 9" is two days)
_DASH = r"\s*(?:[-–—]|to|and|till|until|through)\s*"
_N = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|\d{1,2})"


@dataclass(slots=True, unsafe_hash=True)  # not frozen (never mutated, hashable as before): a frozen one's __init__ is ~4x slower
class Period:
    """A period found in text: its span, dates (end None = still running) and role.

    role: "main" (the figure's period), "baseline" (what a change is compared with),
    "compare" (a reference such as "the most since 2014" that no figure covers) or "event"
    (when one incident happened: "earlier in January").
    """

    start: date | None
    end: date | None
    span: tuple[int, int]
    kind: str  # day_range | week | month | quarter | half | year | span | since | to_date | relative
    role: str = "main"


def month_end(y: int, m: int) -> date:
    """The last day of a month."""
    return date(y, m, calendar.monthrange(y, m)[1])


def _month_year(month: int, ref: date | None, anchor: tuple[int, int] | None) -> int | None:
    """The year of a month named without one: the last such month on or before `ref`."""
    if ref is not None:
        return ref.year if month <= ref.month else ref.year - 1
    if anchor is not None:
        ay, am = anchor
        return ay if month >= am else ay + 1
    return None


def previous(p: Period) -> Period | None:
    """The period just before `p` of the same length (previous week, month, year)."""
    if p.start is None:
        return None
    if p.kind == "month":
        s = (p.start.replace(day=1) - timedelta(days=1)).replace(day=1)
        return replace(p, start=s, end=month_end(s.year, s.month), role="baseline")
    if p.kind == "year":
        y = p.start.year - 1
        return replace(p, start=date(y, 1, 1), end=date(y, 12, 31), role="baseline")
    if p.kind == "quarter":
        s = p.start.replace(day=1)
        for _ in range(3):
            s = (s - timedelta(days=1)).replace(day=1)
        e = (p.start - timedelta(days=1))
        return replace(p, start=s, end=e, role="baseline")
    end = p.end or p.start
    length = (end - p.start).days + 1
    return replace(p, start=p.start - timedelta(days=length), end=p.start - timedelta(days=1), role="baseline")


_ANCHOR = led(re.compile(rf"(?:\b({_M})\s+)?\b({_Y})\b"))  # a year, or a month and year


def document_anchor(text: str) -> tuple[int, int] | None:
    """The latest (year, month) the text names, used as a reference when it has no date."""
    best: tuple[int, int] | None = None
    for m in _ANCHOR.finditer(text[:200_000]):
        y = int(m.group(2))
        mo = MONTHS[m.group(1).lower().rstrip(".")] if m.group(1) else 1
        if best is None or (y, mo) > best:
            best = (y, mo)
    return best


def _mon(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _day(s: str) -> int:
    return int(_NON_DIGIT_RX.sub("", s))


def _safe(y: int | None, m: int, d: int) -> date | None:
    if y is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


# Ordered: longer, more specific forms first; a later pattern never overlaps an earlier match.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 3–9 March 2022 ; between 3 and 9 Nov
    ("dd_m", re.compile(rf"\b(?:[Bb]etween\s+|[Ff]rom\s+)?({_D}){_DASH}({_D})\s+({_M})(?:,?\s+({_Y}))?\b")),
    # 27 Jan – 3 Feb 2024
    ("dm_dm", re.compile(rf"\b(?:[Bb]etween\s+|[Ff]rom\s+)?({_D})\s+({_M})(?:,?\s+({_Y}))?{_DASH}({_D})\s+({_M})(?:,?\s+({_Y}))?\b")),
    # January 27 to February 3, 2024 ; May 2 to October 19 ; between May 2 and 9
    ("md_md", re.compile(rf"\b(?:[Bb]etween\s+|[Ff]rom\s+)?({_M})\s+({_D}){_DASH}(?:({_M})\s+)?({_D})\b(?:,?\s+({_Y}))?(?!\s*(?:per|%))")),
    # between March and May (2022) ; from February to July 2021 ; March-May 2022
    ("mm", re.compile(rf"\b(?:[Bb]etween\s+|[Ff]rom\s+)?({_M})(?:\s+({_Y}))?\s*(?:and|to|till|until|through|[-–—])\s*(?:({_D})\s+)?({_M})(?:,?\s+({_Y}))?\b")),
    # second week of November (2022) ; the first two weeks of April ; the last three weeks of March
    ("week_of", re.compile(rf"\b(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:({_N})\s+(?=weeks))?weeks?\s+of\s+({_M})(?:,?\s+({_Y}))?\b", re.I)),
    # the first five months of 2021 ; first half of 2022 ; third quarter of 2020 ; Q3 2020 ; H2 2021
    ("first_months", re.compile(rf"\b(?:the\s+)?first\s+({_N})\s+(?:months|quarters)\s+of\s+(?:(?:the|this)\s+(?:current\s+)?year|({_Y}))", re.I)),
    ("half", re.compile(rf"\b(?:the\s+)?(first|second)\s+half\s+of\s+(?:(?:the|this)\s+(?:current\s+)?year|({_Y}))", re.I)),
    ("quarter", re.compile(rf"\b(?:the\s+)?(first|second|third|fourth|last)\s+quarter(?:\s+of\s+(?:(?:the|this)\s+(?:current\s+)?year|({_Y})))?", re.I)),
    ("q", re.compile(rf"\bQ([1-4])\s*,?\s*({_Y})\b")),
    ("h", re.compile(rf"\bH([12])\s*,?\s*({_Y})\b")),
    # the 12 months to June 2025 ; the six months ending March 2024 ; the year to June 2025
    ("months_to", re.compile(rf"\b(?:[Tt]he\s+)?(?:({_N})\s+(?i:months?)|([Yy]ear))\s+(?i:to|ending|ended|up\s+to|through|till|until)\s+"
                            rf"(?:the\s+end\s+of\s+)?({_M})(?:,?\s+({_Y}))?")),
    # from 2017 to 2020 ; between 2017 and 2020 ; 2017-2020
    ("years", re.compile(rf"\b(?:from\s+|between\s+)?({_Y})\s*(?:[-–—]|to|and|till|until|through)\s*({_Y})\b", re.I)),
    # since June 2022 ; since 2019 ; since March ; from 2019 up to now
    ("from_now", re.compile(rf"\bfrom\s+(?:({_M})\s+)?({_Y})\s+(?:up\s+)?(?:to|till|until)\s+(?:now|date|the\s+present)\b")),
    # since September 15, 2023 ; since 15 September 2023 ; since June 2022 ; since 2019 ; since March
    # since January last year ; since March this year
    ("since_rel", re.compile(rf"\b[Ss]ince\s+(?:(?:early|mid|late)-?\s*)?({_M})\s+(?:of\s+)?(last|this|the\s+previous)\s+year\b")),
    # ... since the launch of the plan on 1 November 2023 (the event's day starts the running period)
    ("since", re.compile(rf"\b[Ss]ince\s+(?:the\s+[a-z][^,;.\d]{{0,60}}?\s+(?:on|in)\s+)?(?:(?:early|mid|late)-?\s*)?(?:({_M})(?:\s+({_D})\b)?(?:,?\s+({_Y}))?"
                         rf"|({_D})\s+({_M})(?:,?\s+({_Y}))?|({_Y}))\b")),
    # since the start of the month ; since the beginning of this week: a running total to date
    ("since_start", re.compile(r"\b[Ss]ince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(month|week)\b")),
    # so far in 2021 ; so far this year ; this year ; in 2021 so far ; year to date
    ("ytd", re.compile(rf"\b(?:(?:the\s+)?year[\s-]+to[\s-]+date|(?:so\s+far|to\s+date|thus\s+far)\s+(?:in\s+|this\s+|during\s+)?(?:({_Y})|year)|this\s+year|({_Y})\s+(?:so\s+far|to\s+date|thus\s+far))\b", re.I)),
    ("last_year", re.compile(r"\b(?:last|past|previous)\s+year\b", re.I)),
    ("last_month", re.compile(r"\blast\s+month\b", re.I)),
    # the past three weeks ; over the past week ; the last 45 days ; past four months ; past fortnight
    ("past_n", re.compile(rf"\b(?:the\s+)?(?:past|last)\s+(?:({_N})\s+)?(days?|weeks?|fortnights?|months?)\b(?!\s+(?:before|earlier))", re.I)),
    # relative to the period in force
    ("prev_rel", re.compile(r"\b(?:the\s+)?(?:(?:previous|preceding|prior)\s+(week|month|quarter|year)|(week|month|quarter|year)\s+(?:before|earlier))\b", re.I)),
    ("cur_rel", re.compile(r"\b(?:the|this)\s+(week|month|year)\s+under\s+review\b|\b(?:during|in|over|for)\s+the\s+(week|month|year|quarter)\b|\bthis\s+(week|month)\b", re.I)),
    # on Sunday alone ; on March 3 alone ; yesterday alone: a one-day figure within a longer report
    ("day_alone", re.compile(rf"\b(?:[Oo]n\s+)?(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday)"
                             rf"|({_M})\s+({_D})|({_D})\s+({_M}))\s+alone\b")),
    # November 2021 ; in March ; October
    ("month", re.compile(rf"\b({_M})(?:,?\s+({_Y}))?\b")),
    # in 2021 ; 2021 alone ; during 2018
    ("year", re.compile(rf"(?<![\d,.$])\b({_Y})\b(?!\d|,\d|\s*[-–]\s*(?:kilo|km|mile|metre|meter))")),
]
# each led by its first characters (same matches, found faster); cur_rel's own scan was faster as it is
_PATTERNS = [(kind, rx if kind == "cur_rel" else led(rx)) for kind, rx in _PATTERNS]

# Every pattern needs one of these; a sentence without any has no period (a fast first check).
_HINT = re.compile(rf"\b(?:19[5-9]\d|20[0-4]\d)\b|{_M}|\b(?i:week|month|year|quarter|half|since|past|last|far|date|fortnight|alone|q[1-4]|h[12])", )

_MONTH_RX = re.compile(_M)
_YEAR_RX = re.compile(_Y)
_DIGIT_RX = re.compile(r"[0-9]")
# compiled once (the same patterns find_periods and _day built on each call)
_AND_RX, _NON_DIGIT_RX, _DAY_BEFORE_RX = re.compile(r"\sand\s"), re.compile(r"\D"), re.compile(rf"\b{_D}\s+$")
# What each pattern cannot match without (a fast check per sentence, never a looser one): every flag
# of the first set (m: a capitalised month, mm: two of them, d: an ASCII digit, y: a year, or a
# letter sequence of the text) and, when the second set is not empty, one of its lower-cased words.
_NEEDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {k: (frozenset(a), frozenset(b)) for k, (a, b) in {
    "dd_m": ("m d".split(), ()), "dm_dm": ("m d".split(), ()), "md_md": ("m d".split(), ()), "mm": (["mm"], ()),
    "month": (["m"], ()), "months_to": (["m"], ("month", "year")), "week_of": ((), ("week",)),
    "first_months": ((), ("months", "quarters")), "half": ((), ("half",)), "quarter": ((), ("quarter",)),
    "q": (["Q", "y"], ()), "h": (["H", "y"], ()), "years": (["y"], ()), "from_now": (["y"], ()),
    "since": (["ince"], ()), "since_rel": (["ince", "m"], ("year",)), "since_start": (["ince"], ("month", "week")), "ytd": ((), ("year", "date", "far")), "last_year": ((), ("year",)),
    "last_month": ((), ("month",)), "past_n": ((), ("past", "last")),
    "prev_rel": ((), ("week", "month", "quarter", "year")), "cur_rel": ((), ("week", "month", "year", "quarter")),
    "year": (["y"], ()), "day_alone": ((), ("alone",)),
}.items()}
_NEED_WORDS = tuple(sorted({w for _, words in _NEEDS.values() for w in words}))
# characters that case-insensitive regexes equate with an ASCII letter although lower() does not
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u212a]")

# _HINT in three parts, the words matched on the lower-cased text (much faster than (?i:...))
_HINT_YEAR = led(re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b"))
_HINT_WORD = led(re.compile(r"\b(?:week|month|year|quarter|half|since|past|last|far|date|fortnight|alone|q[1-4]|h[12])"))


@lru_cache(maxsize=None)
def _select(flags: frozenset[str]) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns whose needs `flags` meet (few distinct sets occur, so this is cached)."""
    return [(kind, rx) for kind, rx in _PATTERNS
            if _NEEDS[kind][0] <= flags and (not _NEEDS[kind][1] or not _NEEDS[kind][1].isdisjoint(flags))]


def _candidates(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns that may match `text`: none without a _HINT, all when its case folding is unusual."""
    if not text.isascii() and _CASE_ODD.search(text):
        return _PATTERNS if _HINT.search(text) else []
    low = text.lower()
    month = _MONTH_RX.search(text)
    if month is None and not (("19" in text or "20" in text) and _HINT_YEAR.search(text)) and not _HINT_WORD.search(low):
        return []
    flags = [w for w in _NEED_WORDS if w in low]
    if month is not None:
        flags.append("m")
        if _MONTH_RX.search(text, month.end()):
            flags.append("mm")
    if _DIGIT_RX.search(text):
        flags.append("d")
        if _YEAR_RX.search(text):
            flags.append("y")
    flags.extend(f for f in ("Q", "H", "ince") if f in text)
    return _select(frozenset(flags))


_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;.]{0,60}\b(?:in|of)\s+$", re.I)
_DAY_NEXT = re.compile(rf"^\.?\s*(?:{_D})\b(?:,?\s+{_Y}\b)?(?!\s*(?:per|%|percent))")


def _resolve(kind: str, m: re.Match[str], ref: date | None, anchor: tuple[int, int] | None,
             current: Period | None) -> tuple[date | None, date | None, str] | None:
    g = m.groups()
    if kind == "dd_m":
        mo = _mon(g[2])
        y = int(g[3]) if g[3] else _month_year(mo, ref, anchor)
        return _safe(y, mo, _day(g[0])), _safe(y, mo, _day(g[1])), "day_range"
    if kind == "dm_dm":  # "between 1 September 2023 and 15 March 2026": the first year may be given
        m1, m2 = _mon(g[1]), _mon(g[4])
        y2 = int(g[5]) if g[5] else (int(g[2]) + (m2 < m1) if g[2] else _month_year(m2, ref, anchor))
        y1 = int(g[2]) if g[2] else None if y2 is None else (y2 if m1 <= m2 else y2 - 1)
        return _safe(y1, m1, _day(g[0])), _safe(y2, m2, _day(g[3])), "day_range"
    if kind == "md_md":
        m1 = _mon(g[0])
        m2 = _mon(g[2]) if g[2] else m1
        y2 = int(g[4]) if g[4] else _month_year(m2, ref, anchor)
        y1 = None if y2 is None else (y2 if m1 <= m2 else y2 - 1)
        return _safe(y1, m1, _day(g[1])), _safe(y2, m2, _day(g[3])), "day_range"
    if kind == "mm":  # "between September 2023 and 15 March 2026": the span may end on a day
        m1, m2 = _mon(g[0]), _mon(g[3])
        y2 = int(g[4]) if g[4] else (int(g[1]) + (1 if m2 < m1 else 0) if g[1] else _month_year(m2, ref, anchor))
        if y2 is None:
            return None
        y1 = int(g[1]) if g[1] else (y2 if m1 <= m2 else y2 - 1)
        return date(y1, m1, 1), (_safe(y2, m2, _day(g[2])) if g[2] else month_end(y2, m2)), "span"
    if kind == "week_of":
        mo = _mon(g[2])
        y = int(g[3]) if g[3] else _month_year(mo, ref, anchor)
        if y is None:
            return None
        n = _ORDINALS[g[0].lower()]
        weeks = (int(g[1]) if g[1].isdigit() else _COUNTS.get(g[1].lower(), 1)) if g[1] else 1
        if g[1] and g[0].lower() not in ("first", "last", "1st"):
            return None  # "the second two weeks of May": no clear span
        if g[0].lower() == "last":
            e = month_end(y, mo)
            return e - timedelta(days=7 * weeks - 1), e, "week" if weeks == 1 else "span"
        if weeks > 1:  # "the first two weeks of April": from the 1st, 7 days a week
            return date(y, mo, 1), date(y, mo, min(7 * weeks, month_end(y, mo).day)), "span"
        s = date(y, mo, 1 + 7 * (n - 1))
        return s, s + timedelta(days=6), "week"
    if kind in ("first_months", "half", "quarter", "q"):
        y = int(g[1]) if g[1] else (current.start.year if current is not None and current.start else
                                    ref.year if ref else (anchor[0] if anchor else None))
        if y is None:
            return None
        if kind == "first_months":
            n = int(g[0]) if g[0].isdigit() else _COUNTS[g[0].lower()]
            n = max(1, min(12, 3 * n if "quarters" in m.group(0).lower() else n))  # "first three quarters": 9 months
            return date(y, 1, 1), month_end(y, n), "span"
        if kind == "half":
            return (date(y, 1, 1), date(y, 6, 30), "half") if g[0].lower() == "first" else (date(y, 7, 1), date(y, 12, 31), "half")
        q = int(g[0]) if kind == "q" else _ORDINALS[g[0].lower()]
        return date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter"
    if kind == "h":
        y = int(g[1])
        return (date(y, 1, 1), date(y, 6, 30), "half") if g[0] == "1" else (date(y, 7, 1), date(y, 12, 31), "half")
    if kind == "months_to":
        n = 12 if g[1] else (int(g[0]) if g[0].isdigit() else _COUNTS[g[0].lower()])
        mo = _mon(g[2])
        y = int(g[3]) if g[3] else _month_year(mo, ref, anchor)
        if y is None or not 1 <= n <= 60:
            return None
        first = y * 12 + (mo - 1) - (n - 1)
        return date(first // 12, first % 12 + 1, 1), month_end(y, mo), "span"
    if kind == "years":
        y1, y2 = int(g[0]), int(g[1])
        if y2 < y1:
            return None
        return date(y1, 1, 1), date(y2, 12, 31), "span"
    if kind == "since":
        if g[6]:
            return date(int(g[6]), 1, 1), None, "since"
        mo = _mon(g[0] or g[4])
        day_s, year_s = g[1] or g[3], g[2] or g[5]
        y = int(year_s) if year_s else _month_year(mo, ref, anchor)
        if y is None:
            return None
        start = _safe(y, mo, _day(day_s)) if day_s else date(y, mo, 1)
        return (start, None, "since") if start else None
    if kind == "since_rel":
        if ref is None:
            return None
        y = ref.year if g[1].lower() == "this" else ref.year - 1
        return date(y, _mon(g[0]), 1), None, "since"
    if kind == "since_start":
        if ref is None:
            return None
        start = ref.replace(day=1) if g[0].lower() == "month" else ref - timedelta(days=ref.weekday())
        return start, None, "to_date"  # ends when it is told (the claim extractor knows that day)
    if kind == "from_now":
        if g[1]:
            y = int(g[1])
            mo = _mon(g[0]) if g[0] else 1
        else:
            mo = _mon(g[0])
            y = _month_year(mo, ref, anchor)
            if y is None:
                return None
        return date(y, mo, 1), None, "since"
    if kind == "ytd":
        y = int(g[0] or g[1]) if (g[0] or g[1]) else (ref.year if ref else None)
        if y is None:
            return None
        return date(y, 1, 1), None, "since"
    if kind == "last_year":
        if ref is None:
            return None
        return date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31), "year"
    if kind == "past_n":
        if ref is None:
            return None
        n = 1 if not g[0] else (int(g[0]) if g[0].isdigit() else _COUNTS[g[0].lower()])
        unit = g[1].lower().rstrip("s")
        days = {"day": 1, "week": 7, "fortnight": 14, "month": 30}[unit] * n
        return ref - timedelta(days=days), ref, "relative"
    if kind == "prev_rel":
        if current is None:
            return None
        p = previous(current)
        return (p.start, p.end, p.kind) if p else None
    if kind == "cur_rel":
        if current is None:
            if ref is None or not m.group(0).lower().startswith("this"):
                return None
            if (g[2] or "").lower() == "month":  # "this month": the month of publication so far
                return ref.replace(day=1), ref, "month"
            return ref - timedelta(days=6), ref, "week"
        return enclosing(current, (g[0] or g[1] or g[2] or "").lower())
    if kind == "last_month":
        if ref is None:
            return None
        s = (ref.replace(day=1) - timedelta(days=1)).replace(day=1)
        return s, month_end(s.year, s.month), "month"
    if kind == "month":
        mo = _mon(g[0])
        y = int(g[1]) if g[1] else _month_year(mo, ref, anchor)
        if y is None:
            return None
        return date(y, mo, 1), month_end(y, mo), "month"
    if kind == "year":
        y = int(g[0])
        return date(y, 1, 1), date(y, 12, 31), "year"
    if kind == "day_alone":
        day = _one_day(g, ref, anchor)
        return (day, day, "day") if day else None
    return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _one_day(g: tuple, ref: date | None, anchor: tuple[int, int] | None) -> date | None:
    """The day of a 'day_alone' match: a weekday is the last one on or before publication (yesterday
    the day before it); a month-day takes the year nearest publication."""
    if g[0]:
        if ref is None:
            return None
        word = g[0].lower()
        if word == "yesterday":
            return ref - timedelta(days=1)
        return ref - timedelta(days=(ref.weekday() - _WEEKDAYS.index(word)) % 7)
    mo, d = (_mon(g[1]), _day(g[2])) if g[1] else (_mon(g[4]), _day(g[3]))
    return _safe(_month_year(mo, ref, anchor), mo, d)


def find_periods(text: str, ref: date | None = None, anchor: tuple[int, int] | None = None,
                 current: Period | None = None) -> list[Period]:
    """All period expressions in `text`, in order, with their role.

    text (str): a sentence. ref (date|None): publication date. anchor ((year, month)|None): the
    latest month the document names, used when ref is None. current (Period|None): the period in
    force, for "the week before" and "during the month".
    """
    candidates = _candidates(text)
    if not candidates:
        return []
    taken: list[tuple[int, int]] = []
    found: list[Period] = []
    yearless: list[Period] = []  # baselines named without a year ("compared with 131,000 in January-March")
    for kind, rx in candidates:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind in ("dd_m", "dm_dm", "md_md", "mm", "years") and _AND_RX.search(m.group(0)) \
                    and not m.group(0).lower().startswith("between"):
                continue  # "on May 2 and 9", "in March and May": two days or months, not a span
            if kind == "month" and _DAY_NEXT.match(text[e:e + 12]):
                taken.append((s, e + len(_DAY_NEXT.match(text[e:e + 12]).group(0))))
                continue  # "March 8" is a day, not a month
            if kind == "month" and _DAY_BEFORE_RX.search(text[max(0, s - 6):s]):
                taken.append((s, e))
                continue  # "8 March" is a day
            res = _resolve(kind, m, ref, anchor, current)
            taken.append((s, e))
            if res is None:
                continue
            start, end, pkind = res
            if start is None:
                continue
            before = text[max(0, s - 60):s]
            role = period_role(kind, text, s, before)
            if role == "main" and text[e:e + 2] in ("'s", "\u2019s") and _PREP_END.search(before) \
                    and _INCIDENT_AFTER.match(text, e + 2):
                role = "event"  # "a commander wanted for last month's attacks": another incident's time
            if kind in ("month", "year") and role == "main" and _SINCE_CLAUSE.search(before):
                end, pkind = None, "since"  # "since the drive was launched in June 2022"
            full_end = end
            if ref is not None and end is not None and start <= ref < end and pkind in ("year", "month", "quarter", "half", "span"):
                end = None  # the period is not over yet at publication: figures so far
            found.append(Period(start, end, (s, e), pkind, role))
            if role == "baseline" and kind in _BARE_MONTHS and not _YEAR_RX.search(m.group(0)):
                yearless.append((found[-1], full_end))  # "in January-March" (not "so far this year")
    found.sort(key=lambda p: p.span)
    if yearless:
        moved = {id(p): _baseline_before(p, full, found) for p, full in yearless}
        found = [moved.get(id(p), p) for p in found]
    return restated_roles(text, found) if "(" in text else found


# the kinds that name bare months ("in January", "January-March"), the only baselines moved to a past year
_BARE_MONTHS = frozenset({"month", "mm"})


def _baseline_before(p: Period, full_end: date | None, found: list[Period]) -> Period:
    """A bare month baseline named without a year falls before the sentence's main period ("248,000 in April-June
    2026, compared with 131,000 in January-March"): a year earlier, start and end together (full_end: its end
    before a running period's end was dropped), while it would start after it."""
    mains = [q.start for q in found if q.role == "main" and q.start is not None]
    if not mains or p.start is None or p.start <= min(mains):
        return p
    start, end = p.start, full_end
    while start > min(mains) and start.year > 1950:
        start, end = _year_back(start), (_year_back(end) if end else None)
    return replace(p, start=start, end=end)


def _year_back(d: date) -> date:
    return d.replace(year=d.year - 1, day=min(d.day, calendar.monthrange(d.year - 1, d.month)[1]))


_SINCE_THEN = led(re.compile(r"\bsince\s+then\b", re.I))
# the possessive names one incident's time only before an incident noun ("last month's attacks", not "... returns")
_INCIDENT_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|ambush(?:es)?|raids?|killings?"
                             r"|assassinations?|shootings?|massacre|strikes?|clash(?:es)?|violence)\b", re.I)
_PREP_END = re.compile(r"\b(?:for|in|after|behind|over|since|of)\s+$", re.I)


def since_then(text: str, before: str, ref: date | None, anchor, low: str | None = None) -> Period | None:
    """'since then' read as a running period from the start of the period named in the sentence before
    (`low`: text.lower(), when made: without "since" in it and no case-folding trap, no regex search)."""
    m = None if low is not None and "since" not in low and (text.isascii() or not _CASE_ODD.search(text)) \
        else _SINCE_THEN.search(text)
    if m is None:
        return None
    prev = next((p for p in find_periods(before, ref, anchor) if p.role == "main" and p.start), None)
    return Period(prev.start, None, (m.start(), m.end()), "since") if prev else None
