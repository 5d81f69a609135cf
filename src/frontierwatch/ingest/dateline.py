"""Date-only lines ("Thu Sep 25 2025", "Posted October 23, 2021") -> ISO dates.

Used by the text reader (a page's date line is its publication date) and by the cleaner
(a line that is only a date is page furniture, not content).
"""
from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_WEEKDAYS = {"mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
             "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday"}
# words that may surround a date on a date-only line
_FILLER = {"posted", "published", "updated", "last", "on", "at", "pkt", "pst", "gmt", "utc", "ist",
           "am", "pm", "vol", "no", "issue", "edition", "dated", "date", "modified", "first"}
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_TOKEN = re.compile(r"[A-Za-z]+|\d+(?:st|nd|rd|th)?|\d{1,2}:\d{2}(?::\d{2})?")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date_line(line: str) -> str | None:
    """ISO date if `line` is only a date (with weekday, time, 'Posted' and the like), else None."""
    s = line.strip()
    if not s or len(s) > 60:
        return None
    m = _ISO.search(s)
    rest = _ISO.sub(" ", s) if m else s
    tokens = _TOKEN.findall(rest)
    if re.search(r"[^\w\s,.:|/\-–—()+]", rest):
        return None
    month = year = None
    month_at = -1
    numbers: list[tuple[int, int]] = []  # (token index, value) of candidate days
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if low in _MONTHS and month is None:
            month, month_at = _MONTHS[low], i
        elif low in _WEEKDAYS or low in _FILLER or ":" in tok:
            continue
        elif tok[:1].isdigit():
            digits = re.sub(r"\D", "", tok)
            if len(digits) == 4 and year is None:
                year = int(digits)
            elif len(digits) <= 2:
                numbers.append((i, int(digits)))
            else:
                return None
        else:
            return None  # a real word: not a date-only line
    near = [v for i, v in numbers if abs(i - month_at) == 1 and 1 <= v <= 31]
    day = near[0] if near else None
    if m:
        if month or day:
            return None
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if month and day and year:
        return _valid(year, month, day)
    return None


def is_date_line(line: str) -> bool:
    """True when the line is only a date (see parse_date_line)."""
    return parse_date_line(line) is not None


def normalise_date(value: object) -> str | None:
    """A YYYY-MM-DD string from metadata values like '2025-09-25T10:00:00Z'; None if unusable."""
    if value is None:
        return None
    s = str(value).strip()
    m = _ISO.match(s)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return parse_date_line(s)
