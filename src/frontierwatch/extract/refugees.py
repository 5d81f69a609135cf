"""refugees events: decisions and actions on Afghans in Pakistan (deadline, extension, deportation, returns).

Only concrete actions count: appeals, warnings and plans are skipped by the lexicon's 'block'
markers. An extension carries `until` (the new end date; a year not written is the one nearest the
publication day); a deadline carries `until` and, when a day is given for its announcement, `date`;
a deportation drive needs the day it was launched (or a counted detention in a removal drive);
reported returns and forced removals through a crossing come from refugee_returns.py.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..records import Event
from .dates import MONTHS, DateMention
from .numbers import parse_number
from .refugee_limits import deadline_is_subject, end_in_order, running_total
from .refugee_tables import table_returns
from .refugee_returns import counted_at_place, has_kind, merge_returns, people_count, returns_event, returns_in
from .relations_common import Context, blocked, day_role, days, evidence, has_day, parse_count, places_in, prefer_explicit

LEX = "refugee_cues"
_TRIGGERS = ("extension", "deadline", "decision", "launch", "returns", "forced", "leave", "detain")
MAX_EVIDENCE = 8  # sentences kept per event
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|to|through|up\s+to|by|after)\s+(?:the\s+)?$", re.I)
# "the deadline for card holders expired on 30 June": a deadline told by its end, with no word for leaving
_RAN_OUT = re.compile(r"\b(?:expired|expires|lapsed|lapses|ran\s+out|runs\s+out)\s+(?:on\s+)?(?:\d|[A-Z][a-z])"
                      r"|\b(?:[Ee]xpiry|[Ee]xpiration|[Ll]apse)\s+of\s+the\s+deadline\b")  # "after the expiry of the deadline ... on"
_EXPIRED_BEFORE = re.compile(r"\bexpir\w*\s+(?:on\s+)?$", re.I)
_SET_BY_ON = re.compile(r"\b(?:set|fixed|announced|imposed|given)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+|for\s+)?){1,5}on\s+$")
_UNTIL_MONTH_END = re.compile(
    r"\b(?:until|till|through|to)\s+(?:the\s+)?end(?:\s+of\s+|-)(?P<mon>January|February|March|April|May|June|July|"
    r"August|September|October|November|December|(?P<yr>this|next|the)\s+year)\b"
    r"(?:\s+(?P<rel>next|this)\s+year|,?\s+(?P<year>(?:19|20)\d\d))?", re.I)
# "approved the extension": the extension the article already told, named again with its day or end
_THE_EXTENSION = re.compile(r"\b(?:the|this|that)\s+extension\b", re.I)
# "1.3 million registered Afghans hold PoR cards": the people holding the cards extended
_HOLD_CARDS = re.compile(r"\b(?:hold|holds|holding)\s+(?:[\w-]+\s+){0,3}?cards?\b", re.I)
_COVERS = re.compile(r"\b(?:covers|covered|will\s+cover|applies\s+to|will\s+apply\s+to|benefits|will\s+benefit|gives|grants|will\s+give|will\s+grant)\b", re.I)
# "... and handed them over for repatriation": people held to be sent out of the country
_FOR_REMOVAL = re.compile(r"\b(?:for|pending|before|ahead\s+of|prior\s+to)\s+(?:their\s+)?(?:repatriation|deportation|expulsion|removal)\b"
                          r"|\bto\s+be\s+(?:deported|repatriated|expelled)\b"
                          r"|\b(?:shifted|transferred|moved|sent|taken)\s+to\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?holding\s+(?:centre|center|facility|camp)", re.I)
_SAME_DAY = re.compile(r"\bon\s+the\s+same\s+day\b", re.I)  # "96 were arrested on the same day": the day just told
_HOURS = re.compile(r"\bhours\b", re.I)
_EXPEL = re.compile(r"\b(?:expel|deport|remove|evict)\w*\s+", re.I)
_DAYS_TO_LEAVE = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+days\s+to\s+(?:leave|quit|exit|depart)", re.I)
_UNTIL_TO_LEAVE = re.compile(r"\b(?:until|till|by)\s+[^.;]{3,20}?\s+to\s+(?:leave|quit|exit|depart)\b", re.I)
_DECIDED_ON = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?on\s+", re.I)
_ON_DAY_SUBJECT = re.compile(r",?\s+(?:[A-Za-z'\-]+\s+){1,6}", re.I)  # "On Monday the home department "
_FIXED_AS = re.compile(r"\b(?:fixed|set)\s+[^.;]{1,25}?\s+as\s+the\s+(?:(?:final|last|new|cut-?off)\s+)?"
                       r"(?:date|deadline|day)\b", re.I)
# the launch is the background of the main clause: "..., two days after Pakistan began the drive"
_AFTER_CLAUSE = re.compile(r"(?:\b([a-z]+|\d{1,2})\s+(days?|weeks?)\s+)?\b(?:after|since|following)\s+[^.;]{0,60}$",
                           re.I)
_CONCERNED = re.compile(
    r"(?<![\w.,])\d[\d,.]*(?:\s*(?:million|lakhs?|thousand))?\s+(?:\w+\s+){0,2}?(?:undocumented|illegal|unregistered)\s+"
    r"(?:\w+\s+){0,2}?(?:are\s+|were\s+)?(?:living|residing|staying|live|reside)\b", re.I)
# "began detaining and deporting Afghans": a launch verb heading a removal verb is a drive begun
_LAUNCH_REMOVAL = re.compile(
    r"^\s+(?:\w+ing(?:\s+up)?\s+(?:and|or)\s+)?(?:deport|expel|evict|repatriat|remov)\w*ing\b", re.I)
_COUNT_NEXT = re.compile(r"^\s+(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|as\s+many\s+as)\s+)?"
                         r"(?:\d|a\s+(?:few\s+)?(?:hundred|thousand|dozen)|(?:one|two|three|four|five|six|seven|eight|nine|"
                         r"ten|dozens|hundreds|thousands)\b)", re.I)
_RESIDING_IN = re.compile(r"\b(?:living|residing|staying|settled|based)\s+in\s+(?:the\s+)?$", re.I)
_OWN_DEADLINE = re.compile(r"\b(?:fresh|new|separate)\s+deadline\b[^.;]{0,60}\b(?:undocumented|unregistered|illegal|"
                           r"citizen\s+card)", re.I)
# "at least 340 people were detained": the count before a passive detention verb
_PASSIVE_COUNT = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,7})\s+(?:[\w-]+\s+){1,3}?(?:were|have\s+been|had\s+been)"
                            r"\s+(?:also\s+)?$", re.I)
_TOOK = re.compile(r"\b(?:took|take|takes|taking|taken)\s+((?:[\w,-]+\s+){1,6}?)$", re.I)
_SINCE_CLAUSE = re.compile(r"\bsince\s+[^,;.]*$", re.I)
_TOOK_PLACE = re.compile(r"^(?:The|These|Those)\s+(?:detentions|arrests|raids|round-?ups)\s+(?:took\s+place|were\s+(?:made|carried\s+out|"
                         r"conducted))\b", re.I)
_AS_THE_DATE = re.compile(r"\s+as\s+the\s+(?:(?:final|last|new|cut-?off)\s+)?(?:date|deadline|day)\b", re.I)  # "announced May 15 as the last date"
_SINCE_LAUNCH = re.compile(r"\bsince\s+(?:the|its)\s+$", re.I)
_OTHER_GROUP = re.compile(r"\b(?:Afghan\s+Citizen\s+Cards?|ACC|undocumented|unregistered|illegal(?:ly)?)\b")
_SAME_DECISION = re.compile(r"\b(?:at\s+the\s+same\s+time|in\s+the\s+same\s+(?:meeting|session|decision))\b", re.I)
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
# "Of these, 289 were deported": part of the people just detained, removed in the same action
_PART_OF_THEM = re.compile(r"\s*(?:Of|Among)\s+(?:these|them|those|whom)\b")


# the day a deadline ran out, told before a launch: "after the expiry of the deadline ... at midnight on"
_DEADLINE_END = re.compile(r"\b(?:expiry|expiration|lapse|end)\s+of\s+the\s+deadline\b[^.;,]{0,120}$"
                           r"|\bdeadline\b[^.;]{0,60}?\b(?:expired|lapsed|ended|ran\s+out|passed)\s+(?:at\s+midnight\s+)?(?:on\s+)?$", re.I)


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


def _extension(s, found, ctx: Context, told: bool = False) -> Event | None:
    """An extension told in sentence s (`told`: one was already told, so "approved the extension" needs no object)."""
    cues = [h for h in found if h.values[0] == "extension" and not blocked(s.text, h.start, LEX, decided=True)]
    if not cues or not (has_kind(found, "ext_object") or has_kind(found, "deadline")
                        or told and any(_THE_EXTENSION.search(s.text, max(0, h.start - 12), h.end) for h in cues)):
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
    if until is None:
        until = _month_end(s.text, ctx)
    count, _fam = people_count(s.text)
    if count is None:
        count = _covered_count(s, ctx)
    return Event(type="refugees", country="PK", action="extension", count=count,
                 until=until.isoformat() if until else None, date=day.isoformat() if day else None,
                 evidence=[evidence(s)])


def _month_end(text: str, ctx: Context) -> date | None:
    """'till the end of June next year': the month's last day (no year written: the first such day
    not more than a week before publication); 'until the end of the year': December 31."""
    m = _UNTIL_MONTH_END.search(text)
    if m is None or ctx.pub is None:
        return None
    if m.group("yr"):  # "until the end of next year"
        return date(ctx.pub.year + (1 if m.group("yr").lower() == "next" else 0), 12, 31)
    month = MONTHS[m.group("mon").lower()]
    if m.group("year"):
        years = [int(m.group("year"))]
    elif m.group("rel"):
        years = [ctx.pub.year + (1 if m.group("rel").lower() == "next" else 0)]
    else:
        years = [ctx.pub.year, ctx.pub.year + 1]
    for year in years:
        end = date(year, month, calendar.monthrange(year, month)[1])
        if len(years) == 1 or end >= ctx.pub - timedelta(days=7):
            return end
    return None


def _covered_count(s, ctx: Context) -> int | None:
    """The people a measure covers, told in the next sentence: "The decision covers some 1.3 million
    card holders" (not "does not cover ...")."""
    for nxt in ctx.sentences[s.index + 1:s.index + 3]:
        for m in _COVERS.finditer(nxt.text):
            if not blocked(nxt.text, m.start(), LEX):
                count, _fam = people_count(nxt.text[m.end():m.end() + 80])
                if count:
                    return count
        hold = _HOLD_CARDS.search(nxt.text)
        if hold and not blocked(nxt.text, hold.start(), LEX):
            count, _fam = people_count(nxt.text[max(0, hold.start() - 60):hold.start()])
            if count:
                return count  # "Around 1.3 million registered Afghans hold PoR cards"
    return None


def _deadline(s, found, ctx: Context) -> Event | None:
    text = s.text
    cues = [h for h in found if h.values[0] == "deadline" and not blocked(text, h.start, LEX)]
    ordered = [h for h in found if h.values[0] == "decision" and h.key in ("ordered", "fixed", "set", "directed")]
    if not (cues or ordered or _UNTIL_TO_LEAVE.search(text)) or not (has_kind(found, "leave") or cues and _RAN_OUT.search(text)):
        return None
    mentions = [m for m in prefer_explicit(days(text, ctx), text)
                if day_role(text, m) not in ("speech", "since", "dateline") or _AS_THE_DATE.match(text, m.end)]
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
    ran_out = next((m for m in mentions if _EXPIRED_BEFORE.search(text, max(0, m.start - 20), m.start)
                    and deadline_is_subject(text, m.start)), None)
    if ran_out is not None and len(mentions) > 1:
        until = _future_year(ran_out, text, ctx)  # "the deadline set ... on 7 March expired on 31 March": the end
        mentions = [m for m in mentions if m is not ran_out]
    elif ran_out is None:
        # "a new deadline of 1 September for Afghans whose cards expired on 30 June": that expiry is no end
        mentions = [m for m in mentions if not _EXPIRED_BEFORE.search(text, max(0, m.start - 20), m.start)] or mentions
    until_m = ran_out if until is not None else None
    for m in mentions:
        if day is None and _SET_BY_ON.search(text, max(0, m.start - 80), m.start):
            day = m.day  # "the deadline set by the Ministry of Interior on 7 March"
        elif day is None and any(0 <= h.start - m.end <= 12 or _DECIDED_ON.fullmatch(text[h.end:m.start])
                               or _ON_DAY_SUBJECT.fullmatch(text[m.end:h.start]) and day_role(text, m) == "on"
                               for h in decisions):
            day = m.day  # "a May 9 announcement", "on Friday set", "announced on Monday", "On Friday the board set"
        elif until is None:
            until, until_m = _future_year(m, text, ctx), m
    until = end_in_order(until, until_m, day, text, ctx.pub)
    span = _DAYS_TO_LEAVE.search(text)
    if span and day and until is None:
        n = parse_number(span.group(1))
        until = day + timedelta(days=n) if isinstance(n, int) else None
    if until is None and not mentions and _HOURS.search(text) and ctx.pub:
        until = ctx.pub  # "hours before the deadline runs out"
    count = None
    for m in _EXPEL.finditer(text):
        count, _fam = people_count(text[m.end():m.end() + 60])
        if count:
            break
    if count is None:
        count = _concerned_count(s, ctx)
    ev = Event(type="refugees", country="PK", action="deadline", count=count,
               until=until.isoformat() if until else None, date=day.isoformat() if day else None,
               evidence=[evidence(s)])
    _place_of_residents(ev, text)
    return ev


_PROVINCIAL_BODY = re.compile(r"\s+(?:provincial\s+)?(?:home\s+department|government|cabinet|interior\s+department|"
                              r"apex\s+committee|chief\s+minister)\b", re.I)


def _place_of_residents(ev: Event, text: str) -> None:
    """A measure for 'Afghans living in Islamabad' is located there (a province or district of Pakistan); one
    a province's own government orders is located in that province."""
    for p in places_in(text):
        loc = p.location
        if loc.country == "PK" and loc.crossing is None and loc.admin1 \
                and _RESIDING_IN.search(text[max(0, p.start - 25):p.start]):
            ev.place = p.surface
            ev.admin1, ev.admin2 = loc.admin1, loc.admin2
            ev.lat, ev.lon, ev.geo_precision = loc.lat, loc.lon, loc.precision
            return
    for p in places_in(text):  # "the Balochistan home department ordered": a provincial measure
        loc = p.location
        if loc.country == "PK" and loc.crossing is None and loc.admin1 and loc.admin2 is None \
                and _PROVINCIAL_BODY.match(text, p.end):
            ev.admin1 = loc.admin1
            return


def _concerned_count(s, ctx: Context) -> int | None:
    """The people a deadline concerns, estimated in the next sentence: "an estimated 1.1 million
    undocumented Afghans live in the country" (a count of undocumented or illegal residents only)."""
    for nxt in ctx.sentences[s.index + 1:s.index + 3]:
        m = _CONCERNED.search(nxt.text)
        if m:
            count, _fam = people_count(nxt.text[m.start():])
            if count:
                return count
    return None


def _deportation(s, found, ctx: Context) -> Event | None:
    launches = [h for h in found if h.values[0] == "launch" and not blocked(s.text, h.start, LEX)
                and not _SINCE_LAUNCH.search(s.text, max(0, h.start - 12), h.start)]  # "Since the launch of ...": an anchor
    if not launches or not has_day(s.text):
        return None
    if not has_kind(found, "drive"):
        launches = [h for h in launches if _LAUNCH_REMOVAL.match(s.text[h.end:h.end + 50])]
        if not launches:
            return None
    after = _AFTER_CLAUSE.search(s.text, 0, launches[0].start)
    for m in prefer_explicit(days(s.text, ctx), s.text) or [None]:
        if m is not None and day_role(s.text, m) in ("bound", "since", "dateline"):
            continue
        if m is not None and m.end <= launches[0].start and _DEADLINE_END.search(s.text, max(0, m.start - 160), m.start):
            continue  # "After the expiry of the deadline ... on September 30, police on Thursday launched": the end
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


def _detention(s, found, ctx: Context, themed: bool, follows: bool = False) -> Event | None:
    """'police detained over 400 Afghan nationals on Sunday' in a removal story: a deportation action
    on that day, with its count (the people are named right after the verb); held 'for repatriation',
    also undated or uncounted ("detained dozens of Afghans ... for repatriation")."""
    same_day = follows and _SAME_DAY.search(s.text) is not None  # `follows`: a drive was told before
    if not (themed or has_kind(found, "drive") or same_day):
        return None
    for h in found:
        if h.values[0] != "detain" or blocked(s.text, h.start, LEX):
            continue
        after = s.text[h.end:h.end + 60]
        passive = _PASSIVE_COUNT.search(s.text, max(0, h.start - 80), h.start)
        took = _TOOK.search(s.text, max(0, h.start - 70), h.start) if h.key == "into custody" else None
        if h.key == "into custody" and took is None:
            continue  # "in custody", "handed into custody": not a detention told here
        if took is not None:  # "police took 312 Afghans into custody": the people between verb and cue
            count, _fam = people_count(took.group(1))
            if count is None or not any(p.values[0] == "population" and took.start(1) <= p.start < h.start
                                        for p in found):
                continue
        elif passive and any(p.values[0] in ("population", "people") and passive.start() < p.start < h.start for p in found):
            count = parse_count(passive.group(1), None)  # "another 430 Afghans were detained in Islamabad"
        elif not _COUNT_NEXT.match(after):
            continue  # "cards held by 1.3 million refugees", "arrested after 200 Afghans rioted"
        elif not any(p.values[0] == "population" and h.end < p.start <= h.end + 60 for p in found):
            continue
        else:
            count, _fam = people_count(after)
        mentions = [m for m in prefer_explicit(days(s.text, ctx), s.text)
                    if not _SINCE_CLAUSE.search(s.text, max(0, m.start - 90), m.start)]  # "since the cards expired on Tuesday"
        dated = [m for m in mentions if day_role(s.text, m) == "on"] or [
            m for m in mentions if m.kind == "wd" and day_role(s.text, m) == "plain"]  # "Last Sunday, police detained"
        if not dated:
            dated = _told_next(s, ctx)
        if (count is None or not (dated or same_day)) and not _FOR_REMOVAL.search(s.text, h.end):
            continue  # an undated or uncounted detention counts only when held for removal
        ev = Event(type="refugees", country="PK", action="deportation", count=count,
                   date=dated[0].day.isoformat() if dated else None, evidence=[evidence(s)])
        place = next((p for p in places_in(s.text) if p.location.country == "PK" and p.location.crossing is None
                      and p.location.admin1), None)
        if place is not None:
            ev.place = place.surface
            ev.admin1, ev.admin2 = place.location.admin1, place.location.admin2
            ev.lat, ev.lon, ev.geo_precision = place.location.lat, place.location.lon, place.location.precision
        return ev
    return None


def _take_count(launch: Event, held: Event, text: str = "") -> None:
    """A drive launched and its detentions told in one sentence: the drive counts the people held, where held."""
    if held.count is not None and running_total(text, held.count):
        return  # "launched a crackdown on Monday, and so far this year 12,000 have been arrested": no count of its own
    launch.count = held.count
    if launch.admin1 is None and held.admin1 is not None:
        launch.place, launch.admin1, launch.admin2 = held.place, held.admin1, held.admin2
        launch.lat, launch.lon, launch.geo_precision = held.lat, held.lon, held.geo_precision


def _told_next(s, ctx: Context) -> list[DateMention]:
    """The day given in the next sentence for the detentions just told: "The detentions took place on Wednesday"."""
    if s.index + 1 >= len(ctx.sentences):
        return []
    nxt = ctx.sentences[s.index + 1]
    if not _TOOK_PLACE.search(nxt.text):
        return []
    return [m for m in days(nxt.text, ctx) if day_role(nxt.text, m) == "on"][:1]


def _speech_dated(ev: Event, s, ctx: Context) -> bool:
    """True when the extension's day is the day of a statement about it ("a spokesman said on Monday")."""
    return bool(ev.date) and any(m.day.isoformat() == ev.date and day_role(s.text, m) == "speech"
                                 for m in days(s.text, ctx))


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
    if not (deadline.until and extension.until and deadline.until < extension.until):
        return False
    if deadline.date and deadline.date != extension.date:
        return True
    # "extended the cards until December 31, while setting a fresh deadline of August 31 for undocumented
    # Afghans": a deadline of its own, for other people, decided alongside
    if any(_OWN_DEADLINE.search(e.text) for e in deadline.evidence):
        return True
    # "PoR cards extended ..." then "ACC holders must leave by August 31": another group's own deadline
    return any(_OTHER_GROUP.search(e.text) for e in deadline.evidence) and \
        not any(_OTHER_GROUP.search(e.text) for e in extension.evidence)


def extract_refugee_events(ctx: Context) -> list[Event]:
    """refugees events of one document."""
    population = ctx.sentences_with(LEX, ("population",))
    if not population:
        return []  # nobody concerned: not a refugee story
    themed = len(population) >= 3
    triggers = ctx.sentences_with(LEX, _TRIGGERS)
    counted = [s for s in population if counted_at_place(s, ctx)]  # "4,380 returnees at Torkham": no return verb
    if counted:
        triggers = sorted(set(triggers) | set(counted), key=lambda s: s.index)
    ext, dead, deport, rets = [], [], [], []
    spoken: list[bool] = []  # per extension told: dated only by the day someone spoke of it
    for s in triggers:
        found = ctx.sentence_hits(LEX, s)
        pop = has_kind(found, "population") or themed
        if pop:
            ev = _extension(s, found, ctx, told=bool(ext))
            if ev:
                ext.append(ev)
                spoken.append(_speech_dated(ev, s, ctx))
            ev = _deadline(s, found, ctx)
            if ev:
                dead.append(ev)
            ev = _deportation(s, found, ctx)
            held = _detention(s, found, ctx, themed, follows=bool(deport))
            if ev and held and ev.count is None:
                _take_count(ev, held, s.text)  # "launched a crackdown ..., during which 312 Afghans were taken into custody"
            ev = ev or held
            if ev and ev.date is None and deport and _SAME_DAY.search(s.text):
                ev.date = deport[-1].date  # "Similarly, in Quetta, 96 were arrested on the same day"
            if ev:
                deport.append(ev)
        elif ext:
            ev = _extension(s, found, ctx, told=True)  # "the cabinet approved the extension on Wednesday"
            if ev:
                ext.append(ev)
                spoken.append(_speech_dated(ev, s, ctx))
        named = themed or any(p.index in (s.index, s.index - 1) for p in population)
        rets.extend(returns_in(s, found, ctx, themed, named))
    if spoken and spoken[0] and any(ev.date and not sp for ev, sp in zip(ext[1:], spoken[1:])):
        ext[0].date = None  # "..., a spokesman said on Monday. The cabinet approved it on Friday": Friday
    extension = _merge_one(ext)
    events = [extension] if extension else []
    deadline = _merge_one(dead)
    if deadline and (not extension or _separate_deadline(deadline, extension)):
        if extension and deadline.date is None and (deadline.evidence[0].start == extension.evidence[0].start
                                                    or _SAME_DECISION.search(deadline.evidence[0].text)):
            deadline.date = extension.date  # set in the same decision ("extended ..., while setting ...")
        events.append(deadline)  # an extension supersedes the deadline it moves
    kept: list[Event] = []
    for ev in deport:  # one drive a day, unless told apart by the provinces it reached
        if not any(k.date == ev.date and (k.admin1 is None or ev.admin1 is None or k.admin1 == ev.admin1) for k in kept):
            kept.append(ev)
    events.extend(kept)
    removed = [returns_event(r) for r in merge_returns(rets)]
    if deport and removed:
        removed = _part_removed(deport, removed)
    return events + removed + table_returns(ctx)


def _part_removed(deport: list[Event], removed: list[Event]) -> list[Event]:
    """Fold "Of these, N were deported through X" right after a detention into that detention: the
    removal counts N people and goes through X (the detention's day stays)."""
    out = []
    for r in removed:
        ev = next((d for d in deport if r.action == "deportation" and r.evidence and d.evidence
                   and _PART_OF_THEM.match(r.evidence[0].text)
                   and 0 <= r.evidence[0].start - d.evidence[-1].end <= 2), None)
        if ev is None:
            out.append(r)
            continue
        ev.count = r.count or ev.count
        ev.crossing = ev.crossing or r.crossing
        ev.evidence.extend(r.evidence[:1])
        del ev.evidence[MAX_EVIDENCE:]
    return out
