"""Shared helpers for the relations extractors: context, cue lookups, day roles, counts, places.

Border crossings, refugee measures and diplomacy all need the same things: the document's
publication day (or a year anchor when it is unknown), a check that a cue is not planned or
hypothetical, the role of a day mention (event day, statement day, period bound), people counts
("1.45 million", "2 lakh") and locations from `frontierwatch.geo` (absent geo data gives None).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..errors import FrontierwatchError
from ..records import Document, Evidence, Location, PlaceMatch
from . import lexicon
from .dates import DateMention, find_dates, to_date
from .fastre import led
from .periods import document_anchor
from .text import Sentence, dateline

# a day far from any corpus date: resolves every day expression, used only to ask "is there a day?"
_PROBE_DAY = date(2000, 6, 15)
_TO_BEFORE = led(re.compile(r"\bto\s+(?:be\s+)?(?:\w+ly\s+)?$", re.IGNORECASE))
_DECIDED_TO = re.compile(r"\b(?:decided|agreed|approved|voted|resolved|decision)\s+to\s+(?:\w+ly\s+)?$", re.I)
_CLAUSE_CUT = re.compile(r"[;:\u2014\u2013(]|\s-\s")
_SPEECH_BEFORE = led(re.compile(
        r"\b(?:said|says|say|told|confirmed|announced|stated|declared|reported|added|tweeted|posted|noted)"
        r"\s+(?:late\s+|early\s+)?(?:on\s+)?(?:late\s+|early\s+)?$", re.IGNORECASE))
_BOUND_BEFORE = led(re.compile(r"\b(?:from|between|by|until|till|through|before|to|and)\s+(?:the\s+)?$", re.IGNORECASE))
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_ON_BEFORE = re.compile(r"(?:\bon|^|,)\s*(?:late\s+|early\s+)?$", re.IGNORECASE)
_DATELINE_BEFORE = re.compile(r"\W*[A-Z][A-Z .'\-/]{1,30},\s*$")
_DATELINE_AFTER = led(re.compile(r"(?:,?\s*(?:19|20)\d\d)?\s*(?:\(|[-:\u2013\u2014])"))
_COUNT = led(re.compile(
        r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,7}(?:\.\d{1,3})?)(?:\s*(million|mn|m|lakhs?|thousand|k)\b)?",
        re.IGNORECASE))
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|pc\b)", re.I)
_SCALE = {"million": 1_000_000, "mn": 1_000_000, "m": 1_000_000, "lakh": 100_000, "lakhs": 100_000,
          "thousand": 1000, "k": 1000}
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_WORD_VALUES = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100}
_WORD_COUNT = led(re.compile(
        r"(?<![\w\-])((?:half\s+)?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty))\s+"
        r"(million|lakhs?|thousand)\b", re.I))
# "dozens of Afghans", "a dozen families": 12, as the GUIDE counts them (ACLED's convention)
_DOZENS = led(re.compile(r"(?<![\w\-])(?<!half )(?:dozens|a\s+dozen)(?=\s+(?:of\s+)?[a-z])", re.I))


@dataclass(frozen=True, slots=True)
class Context:
    """One document as the relations extractors see it."""

    document: Document
    sentences: list[Sentence]
    pub: date | None
    dateline: str | None
    _scans: dict = field(default_factory=dict)

    @property
    def year_anchor(self) -> date | None:
        """Dec 31 of the latest year written in the text, when pub is unknown: found on first use
        (a whole-text date scan that most documents, with no dated relations cue, never need)."""
        if self.pub is not None:
            return None
        if "year_anchor" not in self._scans:
            years = [d.day.year for d in find_dates(self.document.text, None) if d.kind in ("iso", "md", "dm")]
            self._scans["year_anchor"] = date(max(years), 12, 31) if years else None
        return self._scans["year_anchor"]

    @property
    def day_anchor(self) -> date | None:
        """The year anchor, else (no full date written) Dec 31 of the latest year a month is named
        with ("in the first week of September 2026"): what an undated text's month-days resolve against."""
        if self.pub is not None:
            return None
        if "day_anchor" not in self._scans:
            named = None if self.year_anchor is not None else document_anchor(self.document.text)
            self._scans["day_anchor"] = self.year_anchor or (date(named[0], 12, 31) if named else None)
        return self._scans["day_anchor"]

    def _index(self, name: str) -> tuple[list[lexicon.Hit], list[int]]:
        """Every hit of lexicon `name` in the whole text, scanned once, with their starts."""
        if name not in self._scans:
            if name in _TOGETHER and "together" not in self._scans:
                self._scans["together"] = None  # the three cue lexicons every document reads: one scan
                lexicon.together(_TOGETHER).scan(self.document.text)
            found = lexicon.load(name).find(self.document.text)
            self._scans[name] = (found, [h.start for h in found])
        return self._scans[name]

    def document_hits(self, name: str) -> list[lexicon.Hit]:
        """Every hit of lexicon `name` in the whole text."""
        return self._index(name)[0]

    def sentences_with(self, name: str, kinds: tuple[str, ...]) -> list[Sentence]:
        """The sentences holding a hit of `kinds` from lexicon `name`."""
        key = (name, kinds)
        if key not in self._scans:
            found, starts = self._index(name)
            keep = []
            for s in self.sentences:
                i = bisect_left(starts, s.start)
                while i < len(found) and found[i].start < s.end:
                    if found[i].values[0] in kinds:
                        keep.append(s)
                        break
                    i += 1
            self._scans[key] = keep
        return self._scans[key]

    def sentence_hits(self, name: str, s: Sentence, kinds: tuple[str, ...] | None = None) -> list[lexicon.Hit]:
        """Hits of lexicon `name` inside one sentence, with offsets relative to the sentence."""
        if self.document.text[s.start:s.end] != s.text:  # a sentence not cut from this text
            return hits(name, s.text, kinds)
        found, starts = self._index(name)
        out = []
        for i in range(bisect_left(starts, s.start), len(found)):
            h = found[i]
            if h.start >= s.end:
                break
            if h.end <= s.end and (kinds is None or h.values[0] in kinds):
                out.append(lexicon.Hit(h.start - s.start, h.end - s.start, h.key, h.values))
        return out


def make_context(document: Document, sentences: list[Sentence]) -> Context:
    """Build the shared context: publication day, a year anchor for undated texts, the dateline."""
    ctx = Context(document, sentences, to_date(document.published), _first_dateline(sentences))
    if ctx.pub is None and ctx.dateline is not None:
        filed = _dateline_day(ctx)
        if filed is not None:  # "ISLAMABAD, Nov. 20 (Xinhua) --" and no publication day: filed that day
            return Context(document, sentences, filed, ctx.dateline)
    return ctx


def _dateline_day(ctx: Context) -> date | None:
    """The filing day of a dated dateline, its year from the text's latest year (publication unknown)."""
    for s in ctx.sentences[:8]:
        m = _DATED_DATELINE.match(s.text)
        if m:
            return next((d.day for d in days(s.text[:m.end()], ctx)
                         if d.day is not None and d.kind in ("md", "dm") and day_role(s.text, d) == "dateline"), None)
    return None


def _first_dateline(sentences: list[Sentence]) -> str | None:
    """The dateline of the story ("ISLAMABAD: ..."), which may follow a headline or caption lines."""
    for s in sentences[:8]:
        place = dateline(s.text)
        if place:
            return place
        m = _DATED_DATELINE.match(s.text)
        if m:
            return m.group(1).title()  # "KABUL, April 15 (Xinhua) -- ..."
    return None


# a dateline with the filing day between the place and the dash: "KABUL, April 15 (Xinhua) --"
_DATED_DATELINE = re.compile(
    r"\s*([A-Z][A-Z'\-]{2,}(?:\s[A-Z][A-Z'\-]+){0,2}),\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+\d{4})?\s*(?:\([A-Za-z .]{1,20}\)\s*)?[:;\-\u2013\u2014]+\s")


_TOGETHER = ("crossing_cues", "refugee_cues", "diplomacy_cues")


def hits(name: str, text: str, kinds: tuple[str, ...] | None = None) -> list[lexicon.Hit]:
    """Lexicon hits in text, optionally only rows whose first value (kind) is in `kinds`."""
    found = lexicon.load(name).find(text)
    return found if kinds is None else [h for h in found if h.values[0] in kinds]


def evidence(sentence: Sentence) -> Evidence:
    """The sentence as evidence with its span in the document."""
    return Evidence(sentence.text, sentence.start, sentence.end)


def lookback(text: str, start: int, window: int = 50) -> str:
    """The words shortly before position `start`, cut at the nearest clause break."""
    look = text[max(0, start - window):start]
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(look)]
    return look[cuts[-1]:] if cuts else look


def blocked(text: str, start: int, lexicon_name: str, window: int = 50, decided: bool = False) -> bool:
    """True when a plan/hypothesis/denial marker (lexicon kind 'block') or 'to' precedes the cue
    (`decided`: "decided to extend" is a decision taken, not a plan)."""
    look = lookback(text, start, window)
    if _TO_BEFORE.search(look) and not (decided and _DECIDED_TO.search(look)):
        return True
    for m in _block_regex(lexicon_name).finditer(look):
        if m.group(0).lower() == "may" and m.group(0) != "may":  # "May 4" is a month
            continue
        return True
    return False


@cache
def _block_regex(lexicon_name: str) -> re.Pattern:
    """The lexicon's 'block' phrases as one case-insensitive whole-word regex (built once)."""
    parts = []
    for key, values in lexicon.load(lexicon_name).rows.items():
        if values[0] == "block":
            words = [re.escape(w) for w in key.rstrip("*").split()]
            parts.append(r"[\s\-]+".join(words) + (r"\w*" if key.endswith("*") else ""))
    parts.sort(key=len, reverse=True)
    return led(re.compile(r"(?<![\w\-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE))


def has_day(text: str) -> bool:
    """Whether the text names a day at all (even one that cannot be resolved without a year)."""
    return bool(find_dates(text, _PROBE_DAY))


def day_spans(text: str) -> list[DateMention]:
    """Every day expression in text, resolved or not (only the spans and kinds are meaningful)."""
    return find_dates(text, _PROBE_DAY)


def days(text: str, ctx: Context) -> list[DateMention]:
    """Day mentions resolved against publication (or, when unknown, the year anchor for month-days)."""
    if ctx.pub is not None:
        return find_dates(text, ctx.pub)
    if ctx.day_anchor is not None:
        return [d for d in find_dates(text, ctx.day_anchor) if d.kind in ("iso", "md", "dm")]
    return find_dates(text, None)


def day_role(text: str, mention: DateMention) -> str:
    """How a day is used: 'dateline' (the filing day, "KABUL, March 3 (AFP) -"), 'speech' (said on),
    'since', 'bound' (by/from/until), 'on' or 'plain'."""
    if mention.start <= 40 and _DATELINE_BEFORE.match(text[:mention.start]) \
            and _DATELINE_AFTER.match(text[mention.end:mention.end + 12]):
        return "dateline"
    look = text[max(0, mention.start - 30):mention.start]
    if _SPEECH_BEFORE.search(look):
        return "speech"
    if _SINCE_BEFORE.search(look):
        return "since"
    if _BOUND_BEFORE.search(look):
        return "bound"
    if _ON_BEFORE.search(look):
        return "on"
    return "plain"


def prefer_explicit(mentions: list[DateMention], text: str) -> list[DateMention]:
    """Drop a weekday written just before an explicit date ("Monday (March 24)"): the date wins."""
    out = []
    for i, m in enumerate(mentions):  # mentions come sorted by position
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.kind == "wd" and nxt is not None and nxt.kind in ("md", "dm", "iso") \
                and re.fullmatch(r"[\s,(]*", text[m.end:nxt.start]):
            continue
        out.append(m)
    return out


def parse_count(number: str, scale: str | None) -> int | None:
    """'1.45' + 'million' -> 1450000; '140,322' -> 140322."""
    try:
        value = float(number.replace(",", ""))
    except ValueError:
        return None
    if scale:
        value *= _SCALE[scale.lower()]
    return int(round(value))


def counts(text: str, people: frozenset[str], families: frozenset[str]) -> list[tuple[int, int, int, str]]:
    """Numbers followed (within 4 words) by a people noun or a family noun: (start, end, value, unit)."""
    out = []
    found = [(m, parse_count(m.group(1), m.group(2))) for m in _COUNT.finditer(text)]
    for m in _WORD_COUNT.finditer(text):
        words = m.group(1).lower().split()
        half = 0.5 if words[0] == "half" else 1
        found.append((m, int(half * _WORD_VALUES[words[-1]] * _SCALE[m.group(2).lower()])))
    if "ozen" in text:  # "Dozens", "dozens"
        found += [(m, 12) for m in _DOZENS.finditer(text)]
    for m, value in sorted(found, key=lambda mv: mv[0].start()):
        if value is None or _PERCENT_AFTER.match(text, m.end()):
            continue  # "41% of returnees": a share, not a count of people
        if re.search(r"[A-Za-z]{3,}\.?\s*$", text[max(0, m.start() - 10):m.start()]) and \
                find_dates(text[max(0, m.start() - 10):m.end()], _PROBE_DAY):
            continue  # the day of a date ("April 1"), not a count
        after = re.split(r"\d", text[m.end():m.end() + 60], maxsplit=1)[0]
        words = [w.lower() for w in _WORD.findall(after)[:4]]
        for w in words:
            if w in people:
                out.append((m.start(), m.end(), value, "people"))
                break
            if w in families:
                out.append((m.start(), m.end(), value, "family"))
                break
    return out


def _geo():
    try:
        from .. import geo
    except ImportError:  # geo package not installed yet: no locations
        return None
    return geo


def crossing_location(name: str) -> Location | None:
    """The crossing's location on its Pakistani side, or None when geo cannot say."""
    geo = _geo()
    if geo is None:
        return None
    try:
        return geo.crossing(name)
    except FrontierwatchError:
        return None


def place_lookup(name: str, context: str = "") -> Location | None:
    """One place name resolved by geo, or None."""
    geo = _geo()
    if geo is None:
        return None
    try:
        return geo.lookup(name, context)
    except FrontierwatchError:
        return None


def places_in(text: str, context: str = "") -> list[PlaceMatch]:
    """Places named in text, per geo (empty when geo cannot say)."""
    geo = _geo()
    if geo is None:
        return []
    try:
        return geo.find_places(text, context)
    except FrontierwatchError:
        return []


# a change in an 'after' clause with its own day ("stuck on Monday after they shut it on Saturday")
OWN_DAY_AFTER = re.compile(
    r"[^,;.]{0,40}?\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December))\b")


def days_after(text: str, cue, found: list) -> int:
    """N when the cue sits in an "N day(s) after" clause ("closed on Sunday, a day after forces shut the
    gate": the change came N days before the day told), else 0."""
    for a in found:
        if a.values[0] == "after" and a.end <= cue.start and cue.start - a.end <= 40 \
                and not re.search(r"[,;:]", text[a.end:cue.start]):
            m = _N_DAYS.search(text, max(0, a.start - 20), a.start)
            if m:
                n = m.group(1).lower()
                return int(n) if n.isdigit() else _DAY_COUNTS[n]
    return 0


_N_DAYS = re.compile(r"\b(a|one|two|three|four|five|six|[1-6])\s+days?\s+$", re.I)
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
