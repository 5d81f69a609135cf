"""Days an undated report still half-gives ('on Saturday', 'since May 4'): they rule dates in or out."""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from ..errors import InputError

_CALENDAR_FILE = "incident_calendar.tsv"
_LEAP = 2024  # month-days without a year are compared on a leap year's calendar (29 February exists)


@dataclass(frozen=True, slots=True)
class DayHints:
    """Weekdays (0 = Monday) and (month, day) pairs a report's evidence names."""

    weekdays: frozenset[int] = frozenset()
    month_days: frozenset[tuple[int, int]] = frozenset()


NO_HINTS = DayHints()


@lru_cache(maxsize=1)
def load_calendar() -> tuple[dict[str, int], dict[str, int]]:
    """(weekday word -> 0..6, month word -> 1..12) from data/lexicons/incident_calendar.tsv."""
    path = resources.files("frontierwatch") / "data" / "lexicons" / _CALENDAR_FILE
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    out: dict[str, dict[str, int]] = {"weekday": {}, "month": {}}
    limits = {"weekday": range(7), "month": range(1, 13)}
    for n, row in enumerate(csv.reader(lines[1:], delimiter="\t"), 2):
        if len(row) != 3 or not all(c.strip() for c in row):
            raise InputError(str(path), f"line {n}: need kind, word and number")
        kind, word, num = (c.strip() for c in row)
        if kind not in out or not num.isdigit() or int(num) not in limits[kind]:
            raise InputError(str(path), f"line {n}: unknown kind {kind!r} or number {num!r} out of range")
        if word in out["weekday"] or word in out["month"]:
            raise InputError(str(path), f"line {n}: duplicate word {word!r}")
        out[kind][word] = int(num)
    return out["weekday"], out["month"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    weekdays, months = load_calendar()
    wd = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))
    mo = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    day = r"(\d{1,2})(?:st|nd|rd|th)?(?![\d%])"
    return (re.compile(rf"\b({wd})\b"),
            re.compile(rf"\b({mo})\.?\s+{day}"),
            re.compile(rf"(?<![\d.,$])\b{day}\s+(?:of\s+)?({mo})\b"))


def _valid(month: int, day: int) -> bool:
    try:
        date(_LEAP, month, day)
    except ValueError:
        return False
    return True


def day_hints(sentences: Iterable[str]) -> DayHints:
    """The weekdays and month-days named in some sentences (a report's evidence)."""
    weekdays, months = load_calendar()
    wd_re, md_re, dm_re = _patterns()
    wds: set[int] = set()
    mds: set[tuple[int, int]] = set()
    for s in sentences:
        wds.update(weekdays[m.group(1)] for m in wd_re.finditer(s))
        mds.update((months[m.group(1)], int(m.group(2))) for m in md_re.finditer(s))
        mds.update((months[m.group(2)], int(m.group(1))) for m in dm_re.finditer(s))
    return DayHints(frozenset(wds), frozenset(md for md in mds if _valid(*md)))


def _weekday_gap(a: int, b: int) -> int:
    d = abs(a - b) % 7
    return min(d, 7 - d)


def _month_day_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    d = abs(date(_LEAP, *a).toordinal() - date(_LEAP, *b).toordinal())
    return min(d, 366 - d)


def _gap_to_day(md: tuple[int, int], day: date) -> int:
    """Days between a month-day (any year) and a date."""
    gaps = []
    for y in (day.year - 1, day.year, day.year + 1):
        try:
            gaps.append(abs((date(y, *md) - day).days))
        except ValueError:  # 29 February in a common year
            continue
    return min(gaps)


def allows_day(h: DayHints, day: date, tol: int) -> bool:
    """An undated report's hints admit `day`: it names no day, or one of its named days (a weekday
    or a month-day; evidence may also name a background day) is within `tol` days of it."""
    if not h.weekdays and not h.month_days:
        return True
    return (any(_weekday_gap(w, day.weekday()) <= tol for w in h.weekdays)
            or any(_gap_to_day(md, day) <= tol for md in h.month_days))


def hints_agree(a: DayHints, b: DayHints, tol: int) -> bool:
    """Two undated reports can be on one day: no kind of hint (weekday, month-day) given by both,
    or some named day of one within `tol` days of a named day of the other of the same kind."""
    kinds = []
    if a.weekdays and b.weekdays:
        kinds.append(any(_weekday_gap(x, y) <= tol for x in a.weekdays for y in b.weekdays))
    if a.month_days and b.month_days:
        kinds.append(any(_month_day_gap(x, y) <= tol for x in a.month_days for y in b.month_days))
    return not kinds or any(kinds)


def exact_match(a: DayHints, day_a: date | None, b: DayHints, day_b: date | None) -> bool:
    """A named weekday or month-day of an undated report is exactly the other's (named or known) day."""
    if day_a is not None and day_b is not None:
        return False  # both dated: the date agreement already counts
    if day_a is not None or day_b is not None:
        h, d = (b, day_a) if day_a is not None else (a, day_b)
        assert d is not None
        return d.weekday() in h.weekdays or (d.month, d.day) in h.month_days
    return bool(a.weekdays & b.weekdays or a.month_days & b.month_days)
