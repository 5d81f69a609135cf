"""Days of diplomatic acts told relative to others: "on the same day", "a day earlier", "The visit came two
days after ...", and a span of days for one act ("met on Sunday and Monday": one meeting, its last day).

Kept apart from diplomacy.py so that each module stays small.
"""
from __future__ import annotations

import re
from datetime import timedelta

from .dates import DateMention
from .fastre import led
from .relations_common import Context, day_role, day_spans, days, prefer_explicit
from .text import Sentence

# "on the same day that ...": the day of the event told just before
_STATED_ON = re.compile(r"\b(?:said|told|announced|statement|briefing|press\s+conference)\b[^.;]{0,25}$", re.I)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PLUPERFECT = re.compile(r"\bhad\s+(?:also\s+|already\s+|just\s+)?(?:been\s+)?[a-z]+(?:ed|en|et|eld|ent|ook|ade|ung|ood)\b", re.I)
_REPORTED = re.compile(r"\b(?:said|says|told|announced|stated|added|confirmed)\b", re.I)
_SAME_DAY_REACH = 5  # sentences back an undated story's day may be told ("... on Thursday", quotes, then "the same day")
_SAME_DAY = led(re.compile(r"\b(?:on\s+)?the\s+same\s+day\b", re.I))
# "A day earlier, Kabul had summoned ...": one day before (or after) the act told just before
_DAY_SHIFT = re.compile(r"\b(?:(?P<back>a\s+day\s+earlier|the\s+previous\s+day|the\s+day\s+before)|"
                        r"(?P<on>a\s+day\s+later|the\s+next\s+day|the\s+following\s+day)|"
                        r"(?P<n>two|three|four|five|[2-5])\s+days\s+(?P<dir>earlier|before|later))\b"
                        r"(?!\s+(?:of|that|the|an?|his|her|its|their)\b)"
                        r"|\bcame\s+(?P<after_n>a|one|two|three|four|five|[1-5])\s+days?\s+after\b", re.I)
_DAY_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_DAY_SPAN = re.compile(r"\s*(?:and|to|till|until|through|[-\u2013])\s*")


def act_days(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The days acts happened on: "met on Sunday and Monday" is one meeting, dated its last day."""
    out = []
    for i, m in enumerate(mentions):
        role = day_role(text, m)
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        opens = role in ("on", "plain") or role == "bound" and text[max(0, m.start - 5):m.start].lower() == "from "
        if opens and nxt is not None and _DAY_SPAN.fullmatch(text, m.end, nxt.start):
            out.append(DateMention(m.start, nxt.end, nxt.day, nxt.kind))
        elif role not in ("bound", "since", "dateline"):
            out.append(m)
    return out


def same_day(ctx: Context, s: Sentence) -> DateMention | None:
    """'... came on the same day that the envoy was in Kabul': the day of the last event told before
    (a statement day does not count), as a mention at the phrase."""
    m = _SAME_DAY.search(s.text)
    told = same_day_base(ctx, s) if m is not None else None
    if told is None and m is not None and ctx.pub is None and _same_day_told(ctx, s):
        return DateMention(m.start(), m.end(), None, "rel")  # an undated story's own day: told, day unknown
    return DateMention(m.start(), m.end(), told.day, "rel") if told is not None else None


def _same_day_told(ctx: Context, s: Sentence) -> bool:
    """In an undated story, 'the same day' refers to the story's own day only when a day was told in the few
    sentences just before (the last time told) and the sentence itself is no background (no year named, no pluperfect of its own:
    "In 2023 the two sides had met ..., and the same day ..." is history)."""
    if _A_YEAR.search(s.text):
        return False
    for had in _PLUPERFECT.finditer(s.text):
        if not _REPORTED.search(s.text, 0, had.start()):
            return False  # "had met" in the report's own voice (not "said that it had summoned")
    for prev in reversed(ctx.sentences[max(0, s.index - _SAME_DAY_REACH):s.index]):
        spans = day_spans(prev.text)
        if any(day_role(prev.text, d) in ("on", "plain") for d in spans):
            return True  # the last time told is an event's day
        if spans or _A_YEAR.search(prev.text):
            return False  # the last time told is another (a year, a bound): not the story's own day
    return False


def same_day_base(ctx: Context, s: Sentence) -> DateMention | None:
    """The last event day (not a statement day) told in the sentences before `s`."""
    for prev in reversed(ctx.sentences[:s.index]):
        found = [d for d in prefer_explicit(days(prev.text, ctx), prev.text) if day_role(prev.text, d) in ("on", "plain")
                 and not _STATED_ON.search(prev.text[max(0, d.start - 40):d.start])]
        if found:
            return found[-1]
    return None


def shifted_day(ctx: Context, s: Sentence, out: list) -> DateMention | None:
    """'A day earlier, X had summoned ...': the day of the last dated act found (else the last event day
    told before) moved by one day, as a mention at the phrase."""
    m = _DAY_SHIFT.search(s.text)
    if m is None:
        return None
    base = next((d.day for d in reversed(out) if d.day is not None), None)
    if base is None:
        told = same_day_base(ctx, s)
        base = told.day if told else None
    if base is None:
        return None
    if m.group("n") or m.group("after_n"):  # "two days earlier"; "The visit came two days after X summoned"
        w = (m.group("n") or m.group("after_n")).lower()
        n = int(w) if w.isdigit() else _DAY_WORDS[w]
        shift = n if m.group("dir") and m.group("dir").lower() == "later" else -n
    else:
        shift = -1 if m.group("back") else 1
    return DateMention(m.start(), m.end(), base + timedelta(days=shift), "rel")
