"""Figures told about something other than the sentence's own incident: a toll counted "since January 1" (a running
total over a period), and an earlier dated incident recalled with its toll."""
from __future__ import annotations

import re

__all__ = ["after_period", "recalled_day", "recalled_toll", "running_total_at", "since_period"]

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "have been killed ... since January 1", "since the start of the year ... have been martyred"
_SINCE = re.compile(r"\bsince\s+(?:" + _MONTHS + r"\b|(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this|last)\s+"
                    r"(?:year|month)|(?:19|20)\d\d\b)", re.I)
_PERFECT_TOLL = re.compile(r"\b(?:have|has)\s+(?:so\s+far\s+|now\s+|also\s+)?been\s+(?:\w+\s+)?(?:killed|martyred|injured|"
                           r"wounded|arrested|abducted|kidnapped|neutrali[sz]ed|eliminated)\b|\b(?:have|has)\s+"
                           r"(?:killed|martyred|claimed\s+the\s+lives\s+of)\b", re.I)


def since_period(text: str) -> bool:
    """True when the sentence gives a present-perfect toll running since a month, a year or the year's start."""
    return _SINCE.search(text) is not None and _PERFECT_TOLL.search(text) is not None


# ", bringing to 23 the number of policemen who have been killed ...", ", the third policeman who has been killed
# ...": a running total tacked on after the sentence's own incident (bounded gaps: used with .search per sentence)
_TACKED_ON = re.compile(r"[,;]\s+(?:bringing|taking|raising|pushing|making|the\s+(?:[\w\-]+\s+){1,3}?(?:who|that)\b)", re.I)


def running_total_at(text: str) -> int | None:
    """Where a running total since a period starts when it is tacked on after a clause of its own (offset in
    text), else None (the sentence is the running total itself, or there is none)."""
    toll = _PERFECT_TOLL.search(text)
    if toll is None or _SINCE.search(text) is None:
        return None
    cut = None
    for m in _TACKED_ON.finditer(text, 0, toll.start()):
        cut = m.start()
    return cut


# "... a month after the June 3 ambush on a convoy in X, which killed nine": an earlier incident recalled
# with its own day and toll, inside a sentence about something else
# (repeats bounded: meant for .match at a day's end; unbounded, a .search over a long text backtracked for seconds)
_RECALLED = re.compile(r"\s{1,3}(?:[\w\-]{1,40}\s{1,3}){0,2}?(?:attack|bombing|blast|explosion|ambush|assault)\s{1,3}"
                       r"(?:on|in|at|near)\s[^.;]{0,120}?,\s{0,3}(?P<which>(?:which|that)\s{1,3}(?:had\s{1,3})?"
                       r"(?:killed|martyred|left|claimed)\b)", re.I)
_CLAUSE_END = re.compile(r",\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:said|says|added|told)\b|[,;]\s+(?:and|while|but)\b|[;:]",
                         re.I)


def recalled_toll(text: str, off: int, d) -> tuple[int, int]:
    """The (start, end) in text (offsets from off) of "which killed nine soldiers" after the recalled day d: the
    recalled incident's own toll, not the sentence's other figures."""
    m = _RECALLED.match(text, d.end - off)
    if m is None:
        return off, off
    end = _CLAUSE_END.search(text, m.end())
    return off + m.start("which"), off + (end.start() if end is not None else len(text))


def recalled_day(text: str, off: int, days: list) -> tuple | None:
    """The (day, stated) of "the <day> attack on X, which killed N" in the sentence text (starting at off)."""
    for d, stmt in days:
        if not stmt and _RECALLED.match(text, d.end - off) is not None:
            return d, stmt
    return None


# "after a week of clashes", "as fighting resumed after days of fighting last month": a period named as the
# background of the sentence's own incident (bounded: used with .search on a short window before the cue)
_AFTER_PERIOD = re.compile(r"\b(?:after|following|amid|since)\s+(?:(?:a|an|the|several|two|three|four|five|many|"
                           r"nearly|almost|over|more\s+than|\w+\s+of)\s+){0,3}$", re.I)
_PERIOD_FIGHTING = re.compile(r"\b(?:clashes|fighting)\b", re.I)
_PHRASE_END = re.compile(r"[,;:]|\s[\u2013\u2014-]\s")


def after_period(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The (start, end) in text of "after <a week of clashes> ..." up to the next comma when the period cue at
    text[a:b] (offsets in text) is named after "after/following/amid/since", else None."""
    if _PERIOD_FIGHTING.search(text, a, b) is None:
        return None
    lead = _AFTER_PERIOD.search(text, max(0, a - 40), a)
    if lead is None:
        return None
    end = _PHRASE_END.search(text, b)
    return lead.start(), end.start() if end is not None else len(text)


# "Several towers were torched over the course of the month": spread over a period, no incident of one day
_OVER_PERIOD = re.compile(r"\b(?:over\s+the\s+course\s+of|throughout)\s+the\s+(?:month|week|year|quarter)\b", re.I)


# what comes before the period phrase when it no longer governs the main verb: a clause break (", the third such
# attack ... throughout the week", ", adding that ... throughout the month") or a subordinate/reported clause
_NOT_MAIN = re.compile(r"[,;:]|\b(?:when|after|as|while|adding|said|says|that|which|who)\b", re.I)


def spread_over_period(text: str, low: str) -> bool:
    """True when a sentence spreads what it tells over a whole period ("over the course of the month"), the
    period phrase governing the main clause's verb (no clause break or subordinate clause before it)."""
    if not ("course" in low or "throughout" in low):
        return False
    m = _OVER_PERIOD.search(text)
    return m is not None and _NOT_MAIN.search(text, 0, m.start()) is None
