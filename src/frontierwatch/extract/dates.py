"""Day expressions resolved against the publication date.

"on Monday" = the last Monday on or before publication; "yesterday"/"last night" = the day
before; explicit dates ("March 24", "24th March 2025", "2025-03-24", "24/3/2025") with the year inferred as
the latest occurrence not after publication. Vague spans ("last week", "earlier this month")
give no day: the GUIDE scores only day-precise dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import lowered, separated, word_spans

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MON = r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_RANGE = r"(?:\s*(?:-|–|—|to)\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    # "3/9/2025", "03-09-2025", "3.9.2025": day first, as Pakistani and British papers write them
    ("num", re.compile(r"(?<![\d/.\-])(?P<day>[0-3]?\d)[/.\-](?P<m>[0-3]?\d)[/.\-](?P<year>(?:19|20)\d\d)(?![\w/]|\.\d)")),
    ("md", re.compile(rf"\b{_MON}\s+{_DAY}{_RANGE}\b(?:,?\s+{_YEAR})?", re.I)),
    ("dm", re.compile(rf"\b{_DAY}{_RANGE}\s+(?:of\s+)?{_MON}\b(?:,?\s+{_YEAR})?", re.I)),
    # "... from a checkpost near Zhob on the 24th.": a day of the month in force (see _day_of_month)
    ("dom", re.compile(r"(?<=\bon the )(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)]|$)|\s+(?:morning|night|"
                       r"evening|afternoon|when|as|after|before|and|in|at|near|while|during)\b)", re.I)),
    ("rel", re.compile(r"\b(?P<rel>the day before yesterday|yesterday|today|this morning|this evening|tonight|"
                       r"last night|(?:two|three|four|five|six|[2-6]) days ago|(?<!than )(?<!nearly )(?<!about )(?<!almost )(?<!around )(?<!over )(?<!under )(?:a|one) week ago)\b",
                       re.I)),
    ("wd", re.compile(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", re.I)),
]
_REL_OFFSET = {"yesterday": 1, "today": 0, "this morning": 0, "this evening": 0, "tonight": 0,
               "last night": 1, "the day before yesterday": 2}
_DAYS_AGO = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(slots=True, unsafe_hash=True)  # not frozen (never mutated, hashable as before): a frozen one's __init__ is ~4x slower
class DateMention:
    """A day found in text: span, resolved day, and how it was written."""

    start: int
    end: int
    day: date
    kind: str  # iso (all in digits: 2025-03-24, 24/03/2025) | md | dm | rel | wd


def to_date(value: str | date | None) -> date | None:
    """Parse YYYY-MM-DD (or pass a date through); None when absent or malformed."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def last_weekday(weekday: int, published: date) -> date:
    """The last given weekday on or before publication."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _infer_year(month: int, day: int, published: date | None) -> int | None:
    if published is None:
        return None
    for year in (published.year, published.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= published + timedelta(days=1):
            return year
    return None


def _group(kind: str, rx: re.Pattern) -> str:
    # the same named groups appear in several patterns: suffix them with the pattern's kind
    return "(?P<k_%s>%s)" % (kind, re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}_{kind}>", rx.pattern))


_ALL = re.compile("|".join(_group(k, rx) for k, rx in _PATTERNS), re.I)
_ALL_LOWER = re.compile(_ALL.pattern)  # the same on lower-cased text, about twice as fast
# each kind's whole-match group, and its named groups (in pattern order) with their plain names
_KIND_GROUP = {k: f"k_{k}" for k, _ in _PATTERNS}
_KIND_NAMES = {k: (tuple(n for n in _ALL.groupindex if n.endswith(f"_{k}") and not n.startswith("k_")),
                   tuple(n[:-len(k) - 1] for n in _ALL.groupindex if n.endswith(f"_{k}") and not n.startswith("k_")))
               for k, _ in _PATTERNS}


class _Groups:
    """A match's groups for one pattern kind, by their plain names."""

    def __init__(self, m: re.Match, kind: str) -> None:
        self.m, self.kind, self.string = m, kind, m.string
        self._start, self._end = m.span(_KIND_GROUP[kind])

    def groupdict(self) -> dict[str, str | None]:
        names, plain = _KIND_NAMES[self.kind]
        values = self.m.group(*names) if len(names) > 1 else (self.m.group(names[0]),)
        return dict(zip(plain, values))

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, n: int = 0) -> str:
        return self.string[self._start:self._end]


def find_dates(text: str, published: date | str | None) -> list[DateMention]:
    """Every day-precise date in text, resolved against the publication date (one regex pass).

    A whole document is read by several stages: its dates are remembered for the last few texts.
    """
    if len(text) < _MEMO_MIN:
        return _find_dates(text, published)
    key = (text, published)
    hit = _memo.get(key)
    if hit is None:
        hit = _memo[key] = _find_dates(text, published)
        if len(_memo) > _MEMO_SIZE:
            _memo.pop(next(iter(_memo), None), None)
    return list(hit)


_MEMO_MIN, _MEMO_SIZE = 300, 8
_memo: dict[tuple[str, date | str | None], list[DateMention]] = {}


def _find_dates(text: str, published: date | str | None) -> list[DateMention]:
    pub = to_date(published)
    found: list[DateMention] = []
    month: tuple[int, int] | None = None  # the month of the last full date written before
    for kind, g in _scanned(text):
        day = _day_of_month(int(g.groupdict()["day"]), month, pub) if kind == "dom" else _resolve(kind, g, pub)
        if day is not None:
            found.append(DateMention(g.start(), g.end(), day, "iso" if kind == "num" else kind))
            if kind in ("iso", "num", "md", "dm"):
                month = (day.year, day.month)
    return found


def _day_of_month(n: int, month: tuple[int, int] | None, pub: date | None) -> date | None:
    """"on the 24th": that day of the month of the last full date written before it (a report on
    January's incidents), else the last such day on or before publication; never a later day."""
    tries = [month] if month is not None else []
    if pub is not None:
        prev = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        tries += [(pub.year, pub.month), prev]
    for y, m in tries:
        try:
            d = date(y, m, n)
        except ValueError:
            continue
        if pub is None or d <= pub:
            return d
    return None


# The relations extractors ask about one sentence's days several times (with the publication day,
# a probe day, a year anchor): its matches, which do not depend on the day, are kept for the last
# few texts (too few to outlive a document).
_SCAN_SIZE = 16
_scan_memo: dict[str, list[tuple[str, _Groups]]] = {}


def _scanned(text: str) -> list[tuple[str, _Groups]]:
    """The day expressions of text as (kind, groups), in order, each read once."""
    hit = _scan_memo.get(text)
    if hit is not None:
        return hit
    out = []
    low = lowered(text)  # the whole text's is the lexicon scans' (computed once per document)
    scan = _scan_lower(low) if low is not None else _ALL.finditer(text)
    for m in scan:
        kind = m.lastgroup[2:] if m.lastgroup and m.lastgroup.startswith("k_") else None
        if kind is None:
            kind = next(k for k, _ in _PATTERNS if m.group(f"k_{k}") is not None)
        out.append((kind, _Groups(m, kind)))
    _scan_memo[text] = out
    if len(_scan_memo) > _SCAN_SIZE:
        _scan_memo.pop(next(iter(_scan_memo)), None)
    return out


# Where a date can start: the first digit of a run of digits (every pattern that starts with a digit wants
# no digit before it), a month's name right before the whitespace before such a digit (a month is read only
# before a day: "\bmonth\.?\s+day"), or a few letters before "day" (Monday .. Sunday, today, yesterday, "the
# day before", "two days ago"), "night" (tonight, last night), at "this " (this morning/evening) or before
# "week ago" ("a week ago"). str.find finds these far faster than the regex tries every position; the regex
# is then tried only there (same matches as finditer).
_ANCHORS = (("day", (2, 3, 4, 5, 6)), ("night", (2, 5)), ("this ", (0,)), ("week ago", (2, 4)))
_OTHER_DIGIT = re.compile(r"[^\x00-\x7f](?<=\d)")  # a non-ASCII character that is a digit


def _month_before(low: str, q: int) -> int:
    """Where a month name ends a "month[.] " right before position q (a day's digit), else -1."""
    i = q
    while i > 0 and low[i - 1].isspace():
        i -= 1
    if i == q:
        return -1
    if i > 0 and low[i - 1] == ".":
        i -= 1
    j = i
    while i > 0 and "a" <= low[i - 1] <= "z":
        i -= 1
    return i if j - i >= 3 and low[i:j] in MONTHS else -1


def _date_starts(low: str) -> list[int]:
    """Positions where _ALL_LOWER may match in lower-cased text (a superset, sorted)."""
    starts: set[int] = set()
    add = starts.add
    for ch in "0123456789":
        i = low.find(ch)
        while i >= 0:
            if i == 0 or not low[i - 1].isdecimal():
                add(i)
            i = low.find(ch, i + 1)
    if not low.isascii():  # other scripts' digits count as \d too (a search for them alone is cheap)
        for m in _OTHER_DIGIT.finditer(low):
            add(m.start())
    for q in [q for q in starts if q > 0 and low[q - 1].isspace()]:
        p = _month_before(low, q)
        if p >= 0:
            add(p)
    for kw, backs in _ANCHORS:
        i = low.find(kw)
        while i >= 0:
            for b in backs:
                if i >= b:
                    add(i - b)
            i = low.find(kw, i + 1)
    return sorted(starts)


def _scan_lower(low: str):
    """The matches of _ALL_LOWER.finditer(low), trying the regex only where a date can start."""
    end = 0
    match = _ALL_LOWER.match
    for p in _date_starts(low):
        if p < end:
            continue
        m = match(low, p)
        if m is not None:
            end = m.end()
            yield m


def _resolve(kind: str, m, pub: date | None) -> date | None:
    g = m.groupdict()
    try:
        if kind == "iso":
            return date(int(g["year"]), int(g["m"]), int(g["day"]))
        if kind == "num":
            day, month = int(g["day"]), int(g["m"])
            if month > 12 and day <= 12:
                day, month = month, day  # "11/25/2025": month first, the only reading that is a day
            return date(int(g["year"]), month, day)
        if kind in ("md", "dm"):
            month, day = MONTHS[g["mon"].lower().rstrip(".")], int(g["day"])
            year = int(g["year"]) if g.get("year") else _infer_year(month, day, pub)
            return date(year, month, day) if year else None
    except ValueError:
        return None
    if pub is None:
        return None
    if kind == "rel":
        rel = g["rel"].lower()
        if rel.endswith("week ago"):  # "shut exactly a week ago": seven days before publication
            return pub - timedelta(days=7)
        if rel.endswith("days ago"):
            n = rel.split()[0]
            return pub - timedelta(days=int(n) if n.isdigit() else _DAYS_AGO[n])
        return pub - timedelta(days=_REL_OFFSET[rel])
    if kind == "wd":
        # "Mondays" (habitual) and "next Monday" (future) are not event days
        before = m.string[max(0, m.start() - 6):m.start()].lower()
        if "next " in before or m.group(0).lower() not in WEEKDAYS:
            return None
        return last_weekday(WEEKDAYS[g["wd"].lower()], pub)
    return None


def first_day(text: str, published: date | str | None) -> date | None:
    """The first day-precise date in text; an explicit date beats a weekday in the same text."""
    found = find_dates(text, published)
    explicit = [d for d in found if d.kind in ("iso", "md", "dm")]
    chosen = explicit or found
    return chosen[0].day if chosen else None


# Periods with no day: "last week", "earlier this month", "in January", "Last March", "in 2022",
# "since 2021". A mention dated only like this is background with no day (GUIDE: not an event).
_VAGUE = re.compile(
    r"\b(?:last|past|previous|earlier\s+this|earlier\s+in|earlier\s+last|this|later\s+in|in|since|during|"
    r"at\s+the\s+(?:start|end|beginning)\s+of|early|late|mid|until|by|over\s+the\s+past)\s+"
    r"(?:(?:the\s+)?(?:week|month|year|decade|weekend|months|years|weeks)|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)(?!\s+[0-3]?\d\b)"
    r"(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\b"
    r"|\b(?:recently|in\s+recent\s+(?:weeks|months|years|days)|a\s+few\s+(?:days|weeks|months)\s+ago|"
    r"(?:weeks|months|years)\s+ago)\b",
    re.I,
)
_VAGUE_LOWER = re.compile(_VAGUE.pattern)
_VAGUE_AFTER = separated(_VAGUE_LOWER)  # each period begins and ends with a word character
# Days counted from another event's day: "the previous day" (-1), "earlier on the same day" (0).
_RELATIVE = [
    (re.compile(r"\b(?:the\s+previous\s+day|a\s+day\s+earlier|the\s+day\s+before|a\s+day\s+before|"
                r"a\s+day\s+after)\b", re.I), -1),
    (re.compile(r"\b(?:the\s+next\s+day|a\s+day\s+later|the\s+following\s+day)\b", re.I), 1),
    (re.compile(r"\b(?:(?:earlier|later)\s+(?:on\s+)?the\s+same\s+day|on\s+the\s+same\s+day|earlier\s+in\s+the\s+day|"
                r"later\s+in\s+the\s+day|the\s+same\s+day|(?:at\s+)?(?:about|around|almost|nearly)\s+the\s+same\s+time|"
                r"at\s+the\s+same\s+time|simultaneously)\b", re.I), 0),
]


def vague_periods(text: str) -> list[tuple[int, int]]:
    """Spans of periods that give no day ("last week", "in March", "since 2021")."""
    low = lowered(text)  # shared with the lexicon scans of the same text
    if low is not None:
        return word_spans(_VAGUE_LOWER, _VAGUE_AFTER, low)
    return [(m.start(), m.end()) for m in _VAGUE.finditer(text)]


def relative_offset(text: str) -> int | None:
    """Days from a reference day named by phrases like "the previous day" (-1) or "the same day" (0)."""
    for rx, off in _RELATIVE:
        if rx.search(text):
            return off
    return None


def reference_day(text: str, published: date | str | None) -> date | None:
    """The day to resolve weekdays against: publication, else the latest full date written in the text."""
    pub = to_date(published)
    if pub is not None:
        return pub
    full = [d.day for d in find_dates(text, None) if d.kind in ("iso", "md", "dm")]
    return max(full) if full else None


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "the ministry said on Sunday that ...", "officials told reporters on Friday": the day a statement was made
_STATED_ON = re.compile(r"\b(?:said|announced|stated|reported|told)\b[^.;\n]{0,40}?\bon\s+"
                        r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def statement_day(text: str, published: date | str | None) -> date | None:
    """The day a statement in `text` was made ("said on Sunday"), resolved against publication; None if none."""
    pub = to_date(published)
    m = _STATED_ON.search(text) if pub is not None and "day" in text else None  # every weekday ends in "day"
    return last_weekday(_WEEKDAY_NAMES.index(m.group(1).lower()), pub) if m else None
