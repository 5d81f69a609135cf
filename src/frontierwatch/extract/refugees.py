"""refugees events: decisions and actions on Afghans in Pakistan (deadline, extension, deportation, returns).

Only concrete actions count: appeals, warnings and plans are skipped by the lexicon's 'block'
markers. An extension carries `until` (the new end date; a year not written is the one nearest the
publication day); a deadline carries `until` and, when a day is given for its announcement, `date`;
a deportation drive needs the day it was launched; returns are grouped by place (crossing or
Pakistani district), a running total "since"/"so far"/"by" a day being a statistic, not an event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from ..records import Evidence, Event
from . import lexicon
from .dates import DateMention
from .numbers import parse_number
from .relations_common import (Context, blocked, counts, crossing_location, day_role, day_spans, days,
                               evidence, has_day, parse_count, places_in, prefer_explicit)

LEX = "refugee_cues"
_TRIGGERS = ("extension", "deadline", "decision", "launch", "returns", "leave", "detain")
MAX_EVIDENCE = 8  # sentences kept per event
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|to|through|up\s+to|by|after)\s+(?:the\s+)?$", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
_EXPIRED_BEFORE = re.compile(r"\bexpir\w*\s+(?:on\s+)?$", re.I)
_HOURS = re.compile(r"\bhours\b", re.I)
_EXPEL = re.compile(r"\b(?:expel|deport|remove|evict)\w*\s+", re.I)
_DAYS_TO_LEAVE = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+days\s+to\s+(?:leave|quit|exit|depart)", re.I)
# a weak movement verb ("have left", "crossed") is a return only towards Afghanistan or out of Pakistan
_WEAK_RETURNS = frozenset({"have left", "had left", "has left", "crossed", "departed"})
_OUT_OF_PAKISTAN = re.compile(
    r"^\s+(?:from\s+)?(?:Pakistan|the\s+country)\b"
    r"|^[^.;,]{0,50}?\b(?:(?:in)?to\s+(?:their\s+)?(?:Afghanistan|homeland|home\s+country)\b"
    r"|for\s+(?:Afghanistan|home)\b|back\b|home\b|out\b|(?:through|via)\s+(?:the\s+)?(?:main\s+)?[A-Z])")
# "... some 9,000 card holders have left.": nothing follows, the country of the story is meant
_INTRANSITIVE = re.compile(r"^\s*(?:[.;]|$|,\s+(?:officials|the|a|an|according|said|says)\b)", re.I)
_LEFT_CASUALTIES = re.compile(r"^\s+(?:[\w,.\-]+\s+){1,4}?(?:dead|injured|wounded|homeless|displaced|stranded)\b",
                              re.I)
_BARE_COUNT = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,7}(?:\.\d{1,3})?)(?:\s*(million|lakhs?|thousand))?"
                         r"\s+(?:(?:more|others?|also|have|had|were)\s+)?(?:returned|crossed|went\s+back|left)\b", re.I)
_CLAUSE_SPLIT = re.compile(r";|,\s*(?:while|whereas|and|but|with)\s+|\s+while\s+|\s+whereas\s+", re.I)
_UNTIL_TO_LEAVE = re.compile(r"\b(?:until|till|by)\s+[^.;]{3,20}?\s+to\s+(?:leave|quit|exit|depart)\b", re.I)
_DECIDED_ON = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?on\s+", re.I)
_ON_DAY_SUBJECT = re.compile(r",?\s+(?:[A-Za-z'\-]+\s+){1,6}", re.I)  # "On Monday the home department "
_FIXED_AS = re.compile(r"\b(?:fixed|set)\s+[^.;]{1,25}?\s+as\s+the\s+(?:(?:final|last|new|cut-?off)\s+)?"
                       r"(?:date|deadline|day)\b", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:in|from|at|through|via|near|of)\s+(?:the\s+)?$", re.I)
# the launch is the background of the main clause: "..., two days after Pakistan began the drive"
_AFTER_CLAUSE = re.compile(r"(?:\b([a-z]+|\d{1,2})\s+(days?|weeks?)\s+)?\b(?:after|since|following)\s+[^.;]{0,60}$",
                           re.I)
_CONCERNED = re.compile(
    r"(?<![\w.,])\d[\d,.]*(?:\s*(?:million|lakhs?|thousand))?\s+(?:\w+\s+){0,2}?(?:undocumented|illegal|unregistered)\s+"
    r"(?:\w+\s+){0,2}?(?:are\s+|were\s+)?(?:living|residing|staying|live|reside)\b", re.I)
# "began detaining and deporting Afghans": a launch verb heading a removal verb is a drive begun
_LAUNCH_REMOVAL = re.compile(
    r"^\s+(?:\w+ing(?:\s+up)?\s+(?:and|or)\s+)?(?:deport|expel|evict|repatriat|remov)\w*ing\b", re.I)
_RUNNING = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|in\s+total|altogether)\b", re.I)
# "31,000 returned in November", "left last month": a figure over a past month or year is a statistic
_PERIOD = re.compile(
    r"\b(?:in|during|throughout|over|for)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|June|July|"
    r"August|September|October|November|December)\b(?!\s+\d)|\b(?:last|past|previous)\s+(?:month|year)\b"
    r"|\bin\s+(?:19|20)\d\d\b")
_COUNT_NEXT = re.compile(r"^\s+(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|as\s+many\s+as)\s+)?"
                         r"(?:\d|a\s+(?:few\s+)?(?:hundred|thousand|dozen)|(?:one|two|three|four|five|six|seven|eight|nine|"
                         r"ten|dozens|hundreds|thousands)\b)", re.I)
_RESIDING_IN = re.compile(r"\b(?:living|residing|staying|settled|based)\s+in\s+(?:the\s+)?$", re.I)
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
# "the highest number in a single day since ...": 'since' compares the day's figure, it sums nothing
_RECORD_BEFORE = re.compile(r"\b(?:highest|largest|biggest|most|busiest|record|first\s+time)\b[^.;]{0,40}$", re.I)


@dataclass(slots=True)
class _Returns:
    key: str | None  # crossing or district; None = national figure
    order: int
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


def _people_count(text: str) -> tuple[int | None, bool]:
    """The first count of people in text; second item True when a count of families was found."""
    exact, stems, fam = _noun_stems()
    people = frozenset(exact)
    families = frozenset(fam)
    for _s, _e, value, unit in counts(text, people | _stem_words(text, stems), families):
        return (value, False) if unit == "people" else (None, True)
    return None, False


def _stem_words(text: str, stems: tuple[str, ...]) -> frozenset[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", text)}
    return frozenset(w for w in words if any(w.startswith(st) for st in stems))


def _future_year(mention: DateMention, text: str, ctx: Context, ahead: bool = False) -> date | None:
    """An end date: the written year, else the year nearest publication (`ahead`: the first one not
    more than a week before publication, as an extension runs into the future)."""
    if _YEAR_WRITTEN.search(text[mention.start:mention.end]):
        return mention.day
    if ctx.pub is None:
        return None
    best = None
    for year in (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1):
        try:
            d = mention.day.replace(year=year)
        except ValueError:
            continue
        if ahead:
            if d >= ctx.pub - timedelta(days=7):
                return d
        elif best is None or abs((d - ctx.pub).days) < abs((best - ctx.pub).days):
            best = d
    return best


def _has(found, kind: str) -> bool:
    return any(h.values[0] == kind for h in found)


def _extension(s, found, ctx: Context) -> Event | None:
    cues = [h for h in found if h.values[0] == "extension" and not blocked(s.text, h.start, LEX, decided=True)]
    if not cues or not (_has(found, "ext_object") or _has(found, "deadline")):
        return None
    until = day = None
    for m in prefer_explicit(days(s.text, ctx), s.text):
        look = s.text[max(0, m.start - 20):m.start]
        if _UNTIL_BEFORE.search(look) and until is None:
            until = _future_year(m, s.text, ctx, ahead=True)
        elif not _EXPIRED_BEFORE.search(look) and day_role(s.text, m) in ("on", "plain", "speech") and day is None:
            day = m.day
    if until is None and s.index + 1 < len(ctx.sentences):  # "... will now remain valid until June 30."
        nxt = ctx.sentences[s.index + 1]
        for m in days(nxt.text, ctx):
            if re.search(r"\b(?:until|till|through)\s+$", nxt.text[max(0, m.start - 12):m.start]):
                until = _future_year(m, nxt.text, ctx, ahead=True)
                break
    count, _fam = _people_count(s.text)
    return Event(type="refugees", country="PK", action="extension", count=count,
                 until=until.isoformat() if until else None, date=day.isoformat() if day else None,
                 evidence=[evidence(s)])


def _deadline(s, found, ctx: Context) -> Event | None:
    text = s.text
    cues = [h for h in found if h.values[0] == "deadline" and not blocked(text, h.start, LEX)]
    ordered = [h for h in found if h.values[0] == "decision" and h.key in ("ordered", "fixed", "set")]
    if not (cues or ordered or _UNTIL_TO_LEAVE.search(text)) or not _has(found, "leave"):
        return None
    mentions = [m for m in prefer_explicit(days(text, ctx), text)
                if day_role(text, m) not in ("speech", "since", "dateline")]
    if not cues and not _FIXED_AS.search(text) and not _UNTIL_TO_LEAVE.search(text):
        # "ordered every card holder to quit by 31 March": only the 'by' day makes it a deadline
        mentions = [m for m in mentions if _UNTIL_BEFORE.search(text[max(0, m.start - 12):m.start])
                    or any(0 <= h.start - m.end <= 12 and day_role(text, m) == "on" for h in ordered)]
        if not any(_UNTIL_BEFORE.search(text[max(0, m.start - 12):m.start]) for m in mentions):
            return None
    decisions = [h for h in found if h.values[0] == "decision"]
    anchors = [h.start for h in cues + ordered] + [m.start() for m in _UNTIL_TO_LEAVE.finditer(text)]
    mentions.sort(key=lambda m: min(abs(m.start - a) for a in anchors))  # the day nearest the cue
    day = until = None
    for m in mentions:
        if day is None and any(0 <= h.start - m.end <= 12 or _DECIDED_ON.fullmatch(text[h.end:m.start])
                               or _ON_DAY_SUBJECT.fullmatch(text[m.end:h.start]) and day_role(text, m) == "on"
                               for h in decisions):
            day = m.day  # "a May 9 announcement", "on Friday set", "announced on Monday", "On Friday the board set"
        elif until is None:
            until = _future_year(m, text, ctx)
    span = _DAYS_TO_LEAVE.search(text)
    if span and day and until is None:
        n = parse_number(span.group(1))
        until = day + timedelta(days=n) if isinstance(n, int) else None
    if until is None and not mentions and _HOURS.search(text) and ctx.pub:
        until = ctx.pub  # "hours before the deadline runs out"
    count = None
    for m in _EXPEL.finditer(text):
        count, _fam = _people_count(text[m.end():m.end() + 60])
        if count:
            break
    if count is None:
        count = _concerned_count(s, ctx)
    ev = Event(type="refugees", country="PK", action="deadline", count=count,
               until=until.isoformat() if until else None, date=day.isoformat() if day else None,
               evidence=[evidence(s)])
    _place_of_residents(ev, text)
    return ev


def _place_of_residents(ev: Event, text: str) -> None:
    """A measure for 'Afghans living in Islamabad' is located there (a province or district of Pakistan)."""
    for p in places_in(text):
        loc = p.location
        if loc.country == "PK" and loc.crossing is None and loc.admin1 \
                and _RESIDING_IN.search(text[max(0, p.start - 25):p.start]):
            ev.place = p.surface
            ev.admin1, ev.admin2 = loc.admin1, loc.admin2
            ev.lat, ev.lon, ev.geo_precision = loc.lat, loc.lon, loc.precision
            return


def _concerned_count(s, ctx: Context) -> int | None:
    """The people a deadline concerns, estimated in the next sentence: "an estimated 1.1 million
    undocumented Afghans live in the country" (a count of undocumented or illegal residents only)."""
    for nxt in ctx.sentences[s.index + 1:s.index + 3]:
        m = _CONCERNED.search(nxt.text)
        if m:
            count, _fam = _people_count(nxt.text[m.start():])
            if count:
                return count
    return None


def _deportation(s, found, ctx: Context) -> Event | None:
    launches = [h for h in found if h.values[0] == "launch" and not blocked(s.text, h.start, LEX)]
    if not launches or not has_day(s.text):
        return None
    if not _has(found, "drive"):
        launches = [h for h in launches if _LAUNCH_REMOVAL.match(s.text[h.end:h.end + 50])]
        if not launches:
            return None
    after = _AFTER_CLAUSE.search(s.text, 0, launches[0].start)
    for m in prefer_explicit(days(s.text, ctx), s.text) or [None]:
        if m is not None and day_role(s.text, m) in ("bound", "since", "dateline"):
            continue
        day = m.day if m else None
        if after and m is not None and m.end <= after.start():
            # "... returned on Wednesday, two days after Pakistan began the drive": count back, or no day
            n = parse_number(after.group(1)) if after.group(1) else None
            if not isinstance(n, int):
                continue
            day = m.day - timedelta(days=n * (7 if after.group(2).lower().startswith("week") else 1))
        return Event(type="refugees", country="PK", action="deportation",
                     date=day.isoformat() if day else None, evidence=[evidence(s)])
    return None


def _detention(s, found, ctx: Context, themed: bool) -> Event | None:
    """'police detained over 400 Afghan nationals on Sunday' in a removal story: a deportation action
    on that day, with its count (the people are named right after the verb)."""
    if not (themed or _has(found, "drive")):
        return None
    for h in found:
        if h.values[0] != "detain" or blocked(s.text, h.start, LEX):
            continue
        after = s.text[h.end:h.end + 60]
        if not _COUNT_NEXT.match(after):
            continue  # "cards held by 1.3 million refugees", "arrested after 200 Afghans rioted"
        if not any(p.values[0] == "population" and h.end < p.start <= h.end + 60 for p in found):
            continue
        count, _fam = _people_count(after)
        dated = [m for m in prefer_explicit(days(s.text, ctx), s.text) if day_role(s.text, m) == "on"]
        if count is None or not dated:
            continue
        ev = Event(type="refugees", country="PK", action="deportation", count=count,
                   date=dated[0].day.isoformat(), evidence=[evidence(s)])
        place = next((p for p in places_in(s.text) if p.location.country == "PK" and p.location.crossing is None
                      and p.location.admin1), None)
        if place is not None:
            ev.place = place.surface
            ev.admin1, ev.admin2 = place.location.admin1, place.location.admin2
            ev.lat, ev.lon, ev.geo_precision = place.location.lat, place.location.lon, place.location.precision
        return ev
    return None


def _returns(s, found, ctx: Context, themed: bool, report_day: date | None, named: bool) -> list[_Returns]:
    """Returns reported in one sentence: one flow, or one per crossing when each has its own clause."""
    r = _sentence_returns(s, found, ctx, themed, report_day, named)
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
        part = _Returns(key=here[0].values[1], order=s.index, day=r.day, day_strength=r.day_strength,
                        crossing=here[0].values[1], evidence=[evidence(s)])
        if not _has(found, "other_origin"):
            part.count, _fam = _people_count(s.text[lo:hi])
            bare = _BARE_COUNT.search(s.text[lo:hi])
            if part.count is None and bare:  # "while 2,100 returned via Chaman": the subject is people
                part.count = parse_count(bare.group(1), bare.group(2))
        out[part.key] = part
    return list(out.values()) if len(out) >= 2 else [r]


def _sentence_returns(s, found, ctx: Context, themed: bool, report_day: date | None,
                      named: bool) -> _Returns | None:
    text = s.text
    cues = []
    for h in found:
        if h.values[0] != "returns" or blocked(text, h.start, LEX, window=20):
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
    people, _fam = _people_count(text)
    if not (_has(found, "population") or people or (themed and (crossings or places))):
        return None
    mentions = prefer_explicit(days(text, ctx), text)
    if any(_BY_BEFORE.search(text[max(0, m.start - 20):m.start]) for m in day_spans(text)):
        return None  # "had gone back by June 14": a running total
    r = _Returns(key=None, order=s.index, evidence=[evidence(s)])
    if crossings:
        r.crossing = crossings[0].values[1]
        r.key = r.crossing
    elif places:
        r.place = places[0]
        r.key = places[0].location.admin2 or places[0].location.admin1
    if not _has(found, "other_origin"):
        r.count, _fam = _people_count(text)
    dated = [m for m in mentions if day_role(text, m) in ("on", "speech")]
    if _RUNNING.search(text) and not (crossings or places) and not any(day_role(text, m) == "on" for m in dated):
        return None  # "1.1 million have returned so far": a national running total, a statistic
    if _PERIOD.search(text) and not (crossings or places) and not any(day_role(text, m) == "on" for m in dated):
        return None  # "31,000 Afghans returned in November": a monthly figure, a statistic (claims)
    if dated:
        r.day, r.day_strength = dated[0].day, 2
    else:
        r.day = report_day  # a figure over a period is dated to the day it was reported
    return r


def _weak_return(text: str, h, named: bool) -> bool:
    """'have left'/'crossed'/'departed' is a return only when Afghans or refugees are `named` (in this
    or the previous sentence, or throughout a refugee story) and the movement is out of Pakistan or
    towards Afghanistan (for 'left', also when nothing follows: "... had left.")."""
    if not named:
        return False
    after = text[h.end:h.end + 60]
    if _OUT_OF_PAKISTAN.match(after):
        return True
    return h.key != "crossed" and bool(_INTRANSITIVE.match(after))


def _report_day(ctx: Context) -> date | None:
    """The day the report's figures were given: the first 'said on <day>' of the lead, else publication."""
    for s in ctx.sentences[:4]:
        for m in days(s.text, ctx):
            if day_role(s.text, m) == "speech":
                return m.day
    return ctx.pub


def _merge_returns(items: list[_Returns]) -> list[_Returns]:
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


def _returns_event(r: _Returns) -> Event:
    ev = Event(type="refugees", country="PK", action="returns", count=r.count,
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


def _merge_one(events: list[Event]) -> Event | None:
    """Several sentences about one decision: the first value given for each field."""
    if not events:
        return None
    out = events[0]
    for ev in events[1:]:
        out.until = out.until or ev.until
        out.date = out.date or ev.date
        out.count = out.count or ev.count
        out.evidence.extend(ev.evidence)
    del out.evidence[MAX_EVIDENCE:]
    return out


def _separate_deadline(deadline: Event, extension: Event) -> bool:
    """A deadline set on its own stated day for another end date is a decision of its own, not the
    deadline the extension moves ("had earlier, on May 2, set June 30 as the date for card holders to leave")."""
    return bool(deadline.date and deadline.until and extension.until and deadline.until != extension.until
                and deadline.until < extension.until and deadline.date != extension.date)


def extract_refugee_events(ctx: Context) -> list[Event]:
    """refugees events of one document."""
    population = ctx.sentences_with(LEX, ("population",))
    if not population:
        return []  # nobody concerned: not a refugee story
    themed = len(population) >= 3
    triggers = ctx.sentences_with(LEX, _TRIGGERS)
    report_day = _report_day(ctx)
    ext, dead, deport, rets = [], [], [], []
    for s in triggers:
        found = ctx.sentence_hits(LEX, s)
        pop = _has(found, "population") or themed
        if pop:
            ev = _extension(s, found, ctx)
            if ev:
                ext.append(ev)
            ev = _deadline(s, found, ctx)
            if ev:
                dead.append(ev)
            ev = _deportation(s, found, ctx) or _detention(s, found, ctx, themed)
            if ev:
                deport.append(ev)
        named = themed or any(p.index in (s.index, s.index - 1) for p in population)
        rets.extend(_returns(s, found, ctx, themed, report_day, named))
    extension = _merge_one(ext)
    events = [extension] if extension else []
    deadline = _merge_one(dead)
    if deadline and (not extension or _separate_deadline(deadline, extension)):
        events.append(deadline)  # an extension supersedes the deadline it moves
    seen_days = set()
    for ev in deport:
        if ev.date not in seen_days:
            seen_days.add(ev.date)
            events.append(ev)
    events += [_returns_event(r) for r in _merge_returns(rets)]
    return events
