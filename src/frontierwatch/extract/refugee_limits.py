"""Where a refugee deadline ends and what a drive counts: the deadline as the subject of "expired on", an
end with no year written put after its set day (and before the report once passed), a running total told
beside a drive's launch (kept apart from refugees.py so each stays small).
"""
from __future__ import annotations

import re
from datetime import date

from .dates import DateMention

_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
# "the deadline ... expired on": the deadline itself is the subject (not "Afghans whose cards expired on")
_DEADLINE_SUBJECT = re.compile(r"\bdeadline\b(?![^.;]*\b(?:whose|who|which|where|deadline)\b)[^.;]{0,240}$", re.I)
# a deadline already past: its end is on or before the report's day
_PAST_END = re.compile(r"\b(?:expired|lapsed|ran\s+out|passed)\b"
                       r"|\b(?:after|since|following)\s+the\s+(?:expiry|expiration|lapse|end)\s+of\s+the\s+deadline\b", re.I)


def deadline_is_subject(text: str, at: int) -> bool:
    """True when the "expired on" just before `at` has the deadline as its subject, not "Afghans whose cards"."""
    return _DEADLINE_SUBJECT.search(text, 0, at) is not None


def end_in_order(until: date | None, m: DateMention | None, day: date | None, text: str, pub: date | None) -> date | None:
    """A deadline's end with no year written: not before the day it was set, and on or before the report when
    it has already passed ("since the expiry of the deadline on 31 March")."""
    if until is None or m is None or _YEAR_WRITTEN.search(text[m.start:m.end]):
        return until
    if day is not None:
        for year in (day.year, day.year + 1):
            try:
                d = until.replace(year=year)
            except ValueError:
                continue
            if d >= day:
                return d
    if pub is not None and until > pub and _PAST_END.search(text):
        try:
            return until.replace(year=until.year - 1)
        except ValueError:
            return until
    return until


# a running total, not the drive's own catch: "so far this year 12,000 have been arrested"
_RUNNING = re.compile(r"\b(?:so\s+far|to\s+date|this\s+year|since|in\s+total|overall|altogether|in\s+all|cumulative\w*)\b", re.I)
_CLAUSE_EDGE = re.compile(r"[,;:]")


def running_total(text: str, count: int) -> bool:
    """True when the clause holding `count` in `text` tells a running total (so far / this year / since / overall)."""
    for m in re.finditer(rf"(?<![\d,]){count:,}(?![\d,])|(?<![\d,]){count}(?!\d)", text):
        cut = [e.end() for e in _CLAUSE_EDGE.finditer(text, 0, m.start())]
        after = _CLAUSE_EDGE.search(text, m.end())
        if _RUNNING.search(text, cut[-1] if cut else 0, after.start() if after else len(text)):
            return True
    return False
