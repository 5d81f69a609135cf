"""Reported returns of Afghans from Pakistan: one flow per crossing or district, with its count and day.

A running total ("so far", "since", "by June 14") or a figure over a month, year or range of days is a
statistic (claims), not an event; a forced removal ("were deported through Chaman") is a deportation.
Also the people counts and lexicon checks the other refugee measures share.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..records import Evidence, Event
from . import lexicon
from .relations_common import (Context, blocked, counts, crossing_location, day_role, day_spans, days, evidence,
                               parse_count, places_in, prefer_explicit)

LEX = "refugee_cues"
MAX_EVIDENCE = 8  # sentences kept per event
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
# a weak movement verb ("have left", "crossed") is a return only towards Afghanistan or out of Pakistan
_WEAK_RETURNS = frozenset({"have left", "had left", "has left", "crossed", "departed", "came through", "came via",
                           "arrived through", "arrived via", "sent back", "entered"})
_RETURN_KINDS = ("returns", "forced")
_ACTIVE_FORCED = frozenset({"deported", "expelled"})  # "deported 1,200 Afghans": a removal with its count
_COUNTED_OBJECT = re.compile(r"\s+(?:(?:more\s+than|over|about|around|some|nearly|at\s+least)\s+)?\d[\d,]*\s+")
_OUT_OF_PAKISTAN = re.compile(
    r"^\s+(?:from\s+)?(?:Pakistan|the\s+country)\b"
    r"|^[^.;,]{0,50}?\b(?:(?:in)?to\s+(?:their\s+)?(?:Afghanistan|homeland|home\s+country)\b"
    r"|for\s+(?:Afghanistan|home)\b|back\b|home\b|out\b|(?:through|via|at)\s+(?:the\s+)?(?:main\s+)?[A-Z])")
# "... some 9,000 card holders have left.": nothing follows, the country of the story is meant
_INTRANSITIVE = re.compile(r"^\s*(?:[.;]|$|,\s+(?:officials|the|a|an|according|said|says)\b)", re.I)
_LEFT_CASUALTIES = re.compile(r"^\s+(?:[\w,.\-]+\s+){1,4}?(?:dead|injured|wounded|homeless|displaced|stranded)\b",
                              re.I)
# "2,100 returned", "2,100 of them were sent back": the subject is people although no noun follows
_BARE_COUNT = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,7}(?:\.\d{1,3})?)(?:\s*(million|lakhs?|thousand))?"
                         r"\s+(?:of\s+(?:them|these|those)\s+)?(?:(?:more|others?|also|have|had|were)\s+)?"
                         r"(?:been\s+)?(?:forcibly\s+)?(?:returned|crossed|went\s+back|left|sent\s+back|"
                         r"deported|expelled)\b", re.I)
# clause breaks between per-crossing flows; "1,530 through Torkham and 610 through Spin Boldak": "and" before a figure
_CLAUSE_SPLIT = re.compile(r"[;:]|,\s*(?:while|whereas|and|but|with)\s+|\s+while\s+|\s+whereas\s+|\s+and\s+(?=\d)"
                           r"|\s[\u2013\u2014-]\s", re.I)
_LEAD_COUNT = re.compile(r"\W*(?:(?:more\s+than|over|about|around|some|nearly|another)\s+)?"
                         r"(\d{1,3}(?:,\d{3})+|\d{1,7})(?:\s*(million|lakhs?|thousand))?\s+(?:through|via|at|from)\b", re.I)
_SHARE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:in|from|at|through|via|near|of)\s+(?:the\s+)?$", re.I)
_RUNNING = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|in\s+total|altogether)\b", re.I)
# "31,000 returned in November", "left last month": a figure over a past month, year or span is a statistic
_PERIOD = re.compile(
    r"\b(?:in|during|throughout|over|for)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|June|July|"
    r"August|September|October|November|December)\b(?!\s+\d)|\b(?:last|past|previous)\s+(?:month|year)\b"
    r"|\b(?:in|during|throughout)\s+(?:19|20)\d\d\b"
    r"|\b(?:between|from)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}\s+(?:and|to|until|till)\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d{1,2}\b"  # "between January 1 and April 12": a span of days, a statistic
    r"|\bbetween\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s+\d{1,2})?,?\s+(?:19|20)\d\d\s+and\b")  # "between September 2023 and 15 March 2026": years long
_INTO_PAKISTAN = re.compile(r"\s+(?:Pakistan|Pakistani\s+territory|the\s+country)\b")
_RETURNEES = re.compile(r"\breturnees?\b", re.I)
# "the highest number in a single day since ...": 'since' compares the day's figure, it sums nothing
# "recorded 4,380 returnees at the Torkham zero point": a counted flow at a named crossing or place
_RETURNEES_AT = re.compile(r"\s+(?:at|through|via)\s+(?:the\s+)?[A-Z]")
_COUNTED_BEFORE = re.compile(r"\d[\d,]*\s+(?:[\w-]+\s+){0,4}$")  # "4,380 undocumented and PoR-holding returnees"
# the count is a tally taken there: a counting verb before the count or after the place ("registered 2,950
# returnees at ...", "1,310 returnees at Chaman were processed"), else a crossing right after 'at' ("1,200 returnees
# at the Omari camp lack shelter" is people at a camp, not a flow)
_COUNT_VERB = r"\b(?:record(?:ed|s)?|register(?:ed|s)?|count(?:ed|s)?|crossed|receive[ds]?|process(?:ed|es)?)\b"
_COUNT_VERB_BEFORE = re.compile(_COUNT_VERB + r"[^.;]{0,50}$", re.I)
_COUNT_VERB_AFTER = re.compile(r"[^.;]{0,60}?\b(?:were|was|have\s+been|had\s+been|are|been)\s+(?:\w+ly\s+)?"
                               r"(?:recorded|registered|counted|received|processed)\b", re.I)
_RECORD_BEFORE = re.compile(r"\b(?:highest|largest|biggest|most|busiest|record|first\s+time)\b[^.;]{0,40}$", re.I)


@dataclass(slots=True)
class _Returns:
    key: str | None  # crossing or district; None = national figure
    order: int
    action: str = "returns"  # or "deportation": people forced out ("were deported through Chaman")
    count: int | None = None
    day: date | None = None
    day_strength: int = 0
    crossing: str | None = None
    place: object = None
    evidence: list[Evidence] = field(default_factory=list)


@cache
def _noun_stems() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(exact people words, people stems, family words) from the lexicon."""
    rows = lexicon.load(LEX).rows
    exact = {k for k, v in rows.items() if v[0] == "people"}
    exact |= {k for k, v in rows.items() if v[0] == "population" and " " not in k and not k.endswith("*")}
    stems = {k.rstrip("*") for k, v in rows.items() if v[0] == "population" and k.endswith("*") and " " not in k}
    fam = {k for k, v in rows.items() if v[0] == "family"}
    return tuple(sorted(exact)), tuple(sorted(stems)), tuple(sorted(fam))


@cache
def _noun_sets() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    exact, stems, fam = _noun_stems()
    return frozenset(exact), stems, frozenset(fam)


def people_count(text: str) -> tuple[int | None, bool]:
    """The first count of people in text; second item True when a count of families was found."""
    people, stems, families = _noun_sets()
    found = counts(text, people | _stem_words(text, stems), families)
    for i, (_s, end, value, unit) in enumerate(found):
        if unit == "people":
            return value, False
        if i + 1 < len(found) and found[i + 1][3] == "people" and _FAMILIES_OF.fullmatch(text, end, found[i + 1][0]):
            return found[i + 1][2], True  # "1,240 families, comprising 6,830 individuals": the people
        return None, True
    return None, False


# between a count of families and the count of their people: "1,240 families, comprising 6,830 individuals"
_FAMILIES_OF = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+(?:\s*\(\s*(?:(?:comprising|totall?ing)\s+)?"
                          r"|\s*,?\s+(?:comprising|consisting\s+of|made\s+up\s+of|totall?ing)\s+)"
                          r"(?:(?:about|some|nearly|over|around|more\s+than)\s+)?")


_LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


def _stem_words(text: str, stems: tuple[str, ...]) -> frozenset[str]:
    words = {w.lower() for w in _LETTER_WORD.findall(text)}
    return frozenset(w for w in words if w.startswith(stems))  # a tuple: starts with any of them


def _tally_at(text: str, h, crossings) -> bool:
    """Whether returnee hit `h` is a count taken at a place: a count, 'at <Name>', and a counting verb or a crossing."""
    at = _RETURNEES_AT.match(text, h.end)
    if at is None or _COUNTED_BEFORE.search(text, max(0, h.start - 60), h.start) is None:
        return False
    if any(h.end < c.start <= at.end() - 1 for c in crossings):
        return True  # "4,380 returnees at Torkham": the place is a crossing
    return bool(_COUNT_VERB_BEFORE.search(text, max(0, h.start - 80), h.start) or _COUNT_VERB_AFTER.match(text, at.end()))


def counted_at_place(s, ctx: Context) -> bool:
    """True when a returnee count is set at a named place ("recorded 4,380 returnees at Torkham")."""
    found = [h for h in ctx.sentence_hits(LEX, s, ("population",)) if h.key.startswith("returnee")]
    if not found:
        return False
    crossings = ctx.sentence_hits("crossing_cues", s, ("crossing",))
    return any(_tally_at(s.text, h, crossings) for h in found)


def has_kind(found, kind: str) -> bool:
    return any(h.values[0] == kind for h in found)


def returns_in(s, found, ctx: Context, themed: bool, named: bool) -> list[_Returns]:
    """Returns reported in one sentence: one flow, or one per crossing when each has its own clause."""
    r = _sentence_returns(s, found, ctx, themed, named)
    if r is None or r.crossing is None:
        return [r] if r else []
    crossings = ctx.sentence_hits("crossing_cues", s, ("crossing",))
    if len({c.values[1] for c in crossings}) < 2:
        return [r]
    # "4,000 went home via Torkham, while 900 left through Chaman": a flow per crossing
    out: dict[str, _Returns] = {}
    bounds = [0] + [m.end() for m in _CLAUSE_SPLIT.finditer(s.text)] + [len(s.text) + 1]
    for lo, hi in zip(bounds, bounds[1:]):
        here = [c for c in crossings if lo <= c.start < hi]
        if len({c.values[1] for c in here}) != 1 or here[0].values[1] in out:
            continue
        part = _Returns(key=here[0].values[1], order=s.index, action=r.action, day=r.day,
                        day_strength=r.day_strength, crossing=here[0].values[1], evidence=[evidence(s)])
        if not has_kind(found, "other_origin"):
            part.count, _fam = people_count(s.text[lo:hi])
            bare = _BARE_COUNT.search(s.text[lo:hi])
            if part.count is None and bare:  # "while 2,100 returned via Chaman": the subject is people
                part.count = parse_count(bare.group(1), bare.group(2))
            lead = _LEAD_COUNT.match(s.text, lo, hi) if part.count is None else None
            if lead:  # "... returned – 1,530 through Torkham and 610 through Spin Boldak": the flow's share
                part.count = parse_count(lead.group(1), lead.group(2))
        out[part.key] = part
    return list(out.values()) if len(out) >= 2 else [r]


def _sentence_returns(s, found, ctx: Context, themed: bool, named: bool) -> _Returns | None:
    text = s.text
    cues = []
    for h in found:
        if h.values[0] == "leave" and h.key in _ACTIVE_FORCED and _COUNTED_OBJECT.match(text, h.end):
            h = lexicon.Hit(h.start, h.end, h.key, ("forced",))  # "police deported 1,200 Afghans via Chaman"
        elif h.values[0] == "population" and h.key.startswith("returnee") \
                and _tally_at(text, h, ctx.sentence_hits("crossing_cues", s, ("crossing",))):
            h = lexicon.Hit(h.start, h.end, h.key, ("returns",))  # "4,380 returnees at Torkham": a flow there
        if h.values[0] not in _RETURN_KINDS or blocked(text, h.start, LEX, window=20):
            continue
        if h.key in _WEAK_RETURNS and not _weak_return(text, h, named):
            continue  # "1,200 people have left the tribal districts": not Afghans going back
        if h.key in _WEAK_RETURNS and _LEFT_CASUALTIES.match(text[h.end:h.end + 60]):
            continue  # "the attacks had left 40 people dead"
        if h.key == "returned" and re.match(r"\s+fire\b", text[h.end:h.end + 6], re.I):
            continue
        cues.append(h)
    if not cues or any(h.values[0] == "cumulative" and not _RECORD_BEFORE.search(text[max(0, h.start - 60):h.start])
                       for h in found):
        return None
    crossings = ctx.sentence_hits("crossing_cues", s, ("crossing",))
    places = [p for p in places_in(text)
              if p.location.country == "PK" and p.location.precision <= 3 and p.location.crossing is None
              and _PLACE_BEFORE.search(text[max(0, p.start - 12):p.start])
              and not re.match(r"\s+[A-Z]", text[p.end:p.end + 2])]
    people, _fam = people_count(text)
    if people is None and _SHARE.search(text):
        return None  # "41% of returnees were deported": a share, a statistic
    bare = _BARE_COUNT.search(text) if named else None  # "2,100 of them were sent back": Afghans just named
    if not (has_kind(found, "population") or people or bare or (themed and (crossings or places))):
        return None
    mentions = prefer_explicit(days(text, ctx), text)
    if any(_BY_BEFORE.search(text[max(0, m.start - 20):m.start]) for m in day_spans(text)):
        return None  # "had gone back by June 14": a running total
    r = _Returns(key=None, order=s.index, evidence=[evidence(s)])
    if all(h.values[0] == "forced" for h in cues):
        if people is None and bare is None and _RETURNEES.search(text, 0, cues[0].start):
            return None  # "some of the returnees said they had been sent back": how those returns went
        r.action = "deportation"  # "1,100 were deported through Chaman"; "crossed, among them 300 deported" stays
    if crossings:
        r.crossing = crossings[0].values[1]
        r.key = r.crossing
    elif places:
        r.place = places[0]
        r.key = places[0].location.admin2 or places[0].location.admin1
    if not has_kind(found, "other_origin"):
        r.count = people
        if r.count is None and bare:
            r.count = parse_count(bare.group(1), bare.group(2))
    else:
        r.count = _own_clause_count(text, found, cues)
    # the day of the flow ("on Saturday", "yesterday") before the day it was told ("said on Sunday")
    rank = {"on": 0, "plain": 1, "speech": 2}
    dated = sorted((m for m in mentions if day_role(text, m) in ("on", "speech") or (m.kind == "rel" and day_role(text, m) == "plain")),
                   key=lambda m: rank[day_role(text, m)])
    if _RUNNING.search(text) and not (crossings or places) and not any(day_role(text, m) == "on" for m in dated):
        return None  # "1.1 million have returned so far": a national running total, a statistic
    if _PERIOD.search(text) and not (crossings or places) and not any(day_role(text, m) == "on" for m in dated):
        return None  # "31,000 Afghans returned in November": a monthly figure, a statistic (claims)
    if dated:
        r.day, r.day_strength = dated[0].day, 2
    else:
        r.day = report_day(ctx)  # a figure over a period is dated to the day it was reported
    return r


def _own_clause_count(text: str, found, cues: list) -> int | None:
    """With returns from elsewhere in the sentence ("..., while 4,100 others returned from Iran"), the
    count of the one clause that tells a return and names no other origin, else None."""
    bounds = [0] + [m.end() for m in _CLAUSE_SPLIT.finditer(text)] + [len(text) + 1]
    own = [(lo, hi) for lo, hi in zip(bounds, bounds[1:])
           if any(lo <= h.start < hi for h in cues)
           and not any(lo <= h.start < hi for h in found if h.values[0] == "other_origin")]
    if len(own) != 1:
        return None
    count, _fam = people_count(text[own[0][0]:own[0][1]])
    return count


def _weak_return(text: str, h, named: bool) -> bool:
    """'have left'/'crossed'/'departed' is a return only when Afghans or refugees are `named` (in this
    or the previous sentence, or throughout a refugee story) and the movement is out of Pakistan or
    towards Afghanistan (for 'left', also when nothing follows: "... had left.")."""
    if not named:
        return False
    after = text[h.end:h.end + 60]
    if h.key == "entered" and _INTO_PAKISTAN.match(after):
        return False  # "Afghans entered Pakistan through Torkham": the other way
    if _OUT_OF_PAKISTAN.match(after) or h.key.endswith((" through", " via")) and re.match(r"\s+(?:the\s+)?[A-Z]", after):
        return True  # "... came through Torkham"
    into = _INTO_NAME.match(after)
    if into and any(p.location.country == "AF" for p in places_in(into.group(1))):
        return True  # "3,905 people crossed into Nangarhar": into an Afghan province
    return h.key != "crossed" and bool(_INTRANSITIVE.match(after))


_INTO_NAME = re.compile(r"\s+into\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def report_day(ctx: Context) -> date | None:
    """The day the report's figures were given: the first 'said on <day>' of the lead, else publication
    (found when a dated-by-report flow first asks, then kept with the context)."""
    if "report_day" not in ctx._scans:
        ctx._scans["report_day"] = next((m.day for s in ctx.sentences[:4] for m in days(s.text, ctx)
                                         if day_role(s.text, m) == "speech"), ctx.pub)
    return ctx._scans["report_day"]


def merge_returns(items: list[_Returns]) -> list[_Returns]:
    """One flow per place and action; a single placed flow takes in the national sentences of its action."""
    out: list[_Returns] = []
    for action in ("returns", "deportation"):
        out += _merge_flows([r for r in items if r.action == action])
    return out


def _merge_flows(items: list[_Returns]) -> list[_Returns]:
    groups: dict[str | None, _Returns] = {}
    for r in items:
        g = groups.get(r.key)
        if g is None:
            groups[r.key] = r
            continue
        g.count = r.count if r.count is not None else g.count  # the later figure stands
        if r.day_strength > g.day_strength or g.day is None:
            g.day, g.day_strength = r.day or g.day, max(r.day_strength, g.day_strength)
        g.evidence.extend(r.evidence)
    placed = [g for k, g in groups.items() if k is not None]
    if None in groups and len(placed) == 1:  # one flow: the national sentence refines it
        nat, g = groups.pop(None), placed[0]
        if nat.count is not None and (g.count is None or nat.order > g.order):
            g.count = nat.count
        g.day = g.day or nat.day
        g.evidence.extend(nat.evidence)
    for g in groups.values():
        del g.evidence[MAX_EVIDENCE:]
    return list(groups.values())


def returns_event(r: _Returns) -> Event:
    ev = Event(type="refugees", country="PK", action=r.action, count=r.count,
               date=r.day.isoformat() if r.day else None, evidence=r.evidence)
    loc = crossing_location(r.crossing) if r.crossing else (r.place.location if r.place else None)
    if r.crossing:
        ev.crossing = ev.place = r.crossing
    elif r.place is not None:
        ev.place = r.place.surface
    if loc is not None:
        ev.country = loc.country or "PK"
        ev.admin1, ev.admin2 = loc.admin1, loc.admin2
        ev.lat, ev.lon, ev.geo_precision = loc.lat, loc.lon, loc.precision
    return ev
