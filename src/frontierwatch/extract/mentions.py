"""Sentence features for event mentions: cues, casualty tallies, places and days, and the type.

Each sentence (or clause, when one sentence reports incidents in two areas) becomes a
SentenceInfo; a trigger is a sentence that reports an incident (a casualty figure, or a concrete
cue with a place or a day). Place helpers say where a sentence puts the scene: a district written
after "in/at/near", not a victim's home district, an official's title or a bracketed aside.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..records import PlaceMatch
from .casualties import Tally, find_casualties, tally
from .casualty_updates import explained_rise
from .clause_split import EACH, ELLIPSIS, SpanIndex, area, clauses
from .cues import statistic_spans
from .dates import DateMention, vague_periods
from .fastre import led
from .lexicon import load
from .numbers import parse_number
from .text import Sentence
from .scene import districts, provinces
from .mention_patterns import (
    OWNED, _AF_STATE, _ARMED, _CAUSE_OF_STATE, _CLOSED_AFTER, _COUNTER_CLAIM, _DENIED_EVENT, _DETAINED_AFGHANS,
    _DURING_OP, _EARLIER_INCIDENT, _ENCOUNTER, _LONG_PERIOD, _MIGRANTS, _MODAL, _MODAL_AFTER, _OCCURRED, _PK_FIRE,
    _PK_STATE, _STATE_FORCES, _TEASER, _TRIED, DROP_ON_MILITANTS, DROP_PREVENTED, OPENS_ON_DAY,
    plotters_held as _plotters)
from .mishaps import not_militant
from .mention_periods import after_period, recalled_day, recalled_toll, running_total_at, since_period, spread_over_period
from .state_fire import AF_STRIKER, FIRED_ON_POSTS, INSIDE_AF, PK_FORCES_FIRED, PK_POSTS, PK_POSTS_HIT

# "ISPR said on Sunday": the day of a statement ("was reported to have gone on into Sunday" is not one)
_STATEMENT = led(re.compile(r"\b(?:said|says|announced|stated|told|statement|press\s+release|reported(?!\s+to\b)|"
                        r"claimed|confirmed|issued|added|posted|quoted|wing|ISPR|spokesman|spokesperson)\b"
                        r"[^.;]{0,40}$", re.I))
# ("on the reported presence of militants": an adjective after an article, no statement)
_STATEMENT_AFTER = re.compile(r"(?!\s+(?:evening|night|morning|afternoon)\b)[^.;]{0,45}?(?<!were\s)(?<!was\s)(?<!been\s)(?<!the\s)(?<!a\s)\b(?:said|announced|claimed|stated|told|confirmed|"
                              r"reported(?!\s+to\b))\b|\s+(?:summoned|lodged|protested|condemned)\b", re.I)
# "fired at posts late Saturday, a police officer said": a time of day is the incident's, no statement's
_LATE_BEFORE = re.compile(r"\b(?:late|early)\s+(?:on\s+)?$", re.I)
# "the toll rose to 26", "one of the injured succumbed to his wounds", "two more died in hospital": the same
# incident told again with its latest figure, not a new event
_UPDATE = re.compile(r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:dead|deaths|fatalities|killed))\b[^.;]{0,60}?\b(?:rose|risen|rises|"
                     r"climbed|climbs|jumped|mounted|increased|reached|went\s+up)\b|\b(?:raising|taking|pushing|bringing)\s+"
                     r"the\s+(?:death\s+)?toll\b|\b(?:revised|updated)\s+(?:death\s+)?toll\b|\b(?:put|puts|putting|placed)\s+the\s+(?:death\s+)?toll\s+at\b|\bsuccumbed\s+to\s+(?:his|her|their)\s+(?:\w+\s+)?(?:injuries|wounds)\b|"
                     r"\bdied\s+(?:later\s+)?(?:of|from)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:injuries|wounds)\b|"
                     r"\b(?:died|succumbed)\s+(?:later\s+)?(?:\w+\s+){0,2}(?:in|at)\s+(?:the\s+|a\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}"
                     r"(?:hospitals?|Hospital|CMH|infirmary)\b|"
                     r"\bmore\s+(?:of\s+the\s+(?:injured|wounded)\s+)?(?:people\s+)?(?:died|succumbed)\b", re.I)
_TRAP_CHARS = "\u0130\u0131\u017f\u212a"  # letters a case-insensitive regex matches to ASCII ones
_OCCURRED_WORDS = ("broke", "took", "occurred", "happened", "erupted", "began", "started", "carried", "conducted")


# between "when" and the late day: the wounded dying, or a clause break, so "when ..." does not govern the day
_NOT_GOVERNED = re.compile(r"[,;:]|\b(?:died|dies|succumbed|succumbs|passed\s+away|wounds|injuries|raising|taking|"
                           r"bringing|who|which)\b", re.I)


def late_told(s: SentenceInfo, d: DateMention) -> bool:
    """"killed when militants fired at posts late Saturday, ..., raising the toll": in an update, the attack's time
    of day, only when the "when ..." clause governs the day phrase (not "the wounded ... died late Monday")."""
    off = s.sent.start
    head = s.sent.text[:max(0, d.start - off)]
    w = head.rfind(" when ")
    return w >= 0 and _LATE_BEFORE.search(s.sent.text, max(0, d.start - off - 10), d.start - off) is not None \
        and _NOT_GOVERNED.search(head, w) is None


def _may_update(text: str, low: str) -> bool:
    """False only when _UPDATE cannot match: none of its words (and no letter that folds into one)."""
    return "toll" in low or "number" in low or "succumb" in low or "died" in low \
        or (not text.isascii() and any(ch in text for ch in _TRAP_CHARS))


# small patterns used in loops, compiled once
_THAT = re.compile(r"\bthat\b|\b(?:erupted|broke\s+out|took\s+place|occurred|happened)\b")  # "said the firing erupted on X": X is the event's
_SPREAD = re.compile(r"\s(?:in|during|at|of|from)\s")
_AFGHAN_SIDE = re.compile(r"\bAfghan side\b", re.I)
_OP_NAMED = re.compile(r"operation|raid|IBO", re.I)
_MORE = re.compile(r"\b(?:more|others|another)\b", re.I)


@dataclass(slots=True)
class SentenceInfo:
    """What one sentence says: cues, casualty tallies by kind, places, days, and its role."""

    sent: Sentence
    cues: dict[str, list[tuple[int, int]]]
    tallies: dict[str, Tally]
    places: list[PlaceMatch]
    days: list[tuple[DateMention, bool]]  # (mention, is the day of a statement)
    background: bool = False
    aggregate: bool = False
    trigger: bool = False
    etype: str | None = None
    decisive: bool = False  # the type comes from an explicit cue (not only from casualties)
    af_state: bool = False  # names Afghan state forces (Afghan Taliban, Afghan troops, ...)
    pk_strike: bool = False  # a Pakistani air/drone strike or shelling on Afghan soil
    occurred: bool = False  # says outright when it happened ("the attack took place on ...")
    roundup: bool = False  # counts three or more incidents ("30 attacks this year")
    update: bool = False  # a toll update of the incident being told ("the toll rose to 9 on Tuesday")
    is_title: bool = False
    scene_district: tuple = ()  # scene.district's answer, kept once asked: (place or None,)

    def has(self, *kinds: str) -> bool:
        return not self.cues.keys().isdisjoint(kinds)

    def event_day(self) -> date | None:
        """The first day here that is not only the day of a statement."""
        return next((d.day for d, stmt in self.days if not stmt), None)

    def statement_day(self) -> date | None:
        return next((d.day for d, stmt in self.days if stmt), None)

    def casualty_total(self) -> int:
        return sum(t.total + sum(t.groups.values()) for k, t in self.tallies.items() if k != "arrested")


# "arrested five suspects in X and Y districts": one figure over several districts
_JOINT = led(re.compile(r"\band\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\s+districts\b"))

_CAUSE_BEFORE = re.compile(r"\b(?:after|following|amid|in\s+response\s+to|in\s+retaliation\s+for)\s+(?:a|the)\s+$", re.I)
_OWN_STRIKE = {"strike", "strike_weak"}
# flashback words that leave a dated incident an event ("came two weeks after militants stormed X on Nov 3")
_FLASHBACK = ("earlier", "previously", "in the past", "for years", "weeks after", "weeks before", "weeks earlier",
              "days after", "days before")
_YEAR = led(re.compile(r"\b(?:19[5-9]\d|20\d\d)\b"))


def describe(text: str, sentences: list[Sentence], places: list[PlaceMatch], days: list[DateMention],
             is_title: bool = False, ref: date | None = None) -> list[SentenceInfo]:
    """Features of every sentence (or clause); places and days were found once over the whole text."""
    verbs = SpanIndex(load("casualty_verbs").find(text))
    vague = SpanIndex(vague_periods(text))
    cue_ix = SpanIndex(load("event_cues").find(text))
    actor_ix = SpanIndex(load("actors").find(text))
    place_ix, day_ix = SpanIndex(places), SpanIndex(days)
    stats = SpanIndex(statistic_spans(text))
    out = []
    units = [c for s in sentences for c in clauses(text, s, place_ix)] if not is_title else sentences
    for s in units:
        c: dict[str, list[tuple[int, int]]] = {}
        for h in cue_ix.within(s.start, s.end):
            if h.end <= s.end:
                c.setdefault(h.values[0], []).append((h.start, h.end))
        if "aggregate" in c and c.keys() & _OWN_STRIKE:
            # "strikes on hideouts in X, after a series of attacks in Y and Z": the cause, not a summary
            c["aggregate"] = [sp for sp in c["aggregate"] if not _CAUSE_BEFORE.search(text, max(s.start, sp[0] - 25), sp[0])]
            if not c["aggregate"]:
                del c["aggregate"]
        if "attack" in c and "dropped" in s.text:  # a munition drop that did not happen or hit militants: no attack
            c["attack"] = [(a, b) for a, b in c["attack"] if not text.startswith("dropped", a)
                           or not (DROP_PREVENTED.search(text, max(s.start, a - 25), a)
                                   or DROP_ON_MILITANTS.match(text, b, min(s.end, b + 80)))]
            if not c["attack"]:
                del c["attack"]
        if "background" in c:  # "Earlier, ..." opens a flashback only at the start of a sentence
            c["background"] = [sp for sp in c["background"] if sp[0] - s.start < 3
                               or text[sp[0]:sp[1]].lower() not in ("earlier", "previously")]
            if not c["background"]:
                del c["background"]
        low = s.text.lower()
        # "the attack came a day after two men were shot dead in X": an earlier incident
        if " day" in low and (m := _EARLIER_INCIDENT.search(s.text)):
            c.setdefault("new_incident", []).append((s.start, s.start))
            # "the operation came a day after militants attacked ...": the type is the earlier incident's
            cut = s.start + m.end()
            if any(a >= cut for k in _VIOLENT_KINDS for a, _ in c.get(k, ())):
                for k in [k for k in _VIOLENT_KINDS if k in c]:
                    c[k] = [sp for sp in c[k] if sp[0] >= cut]
                    if not c[k]:
                        del c[k]
        tallies: dict[str, Tally] = {}
        own_toll = False  # "Two policemen were martyred in X on Sunday, bringing to 23 the number ... since January"
        own_before, own_found = -1, []
        found: list = []
        if verbs.within(s.start, s.end) or "toll" in low or "hostage" in low or "none" in c or "bomber" in low or "bodies" in low or "body of" in low \
                or "treated" in low or "treatment" in low:
            found = find_casualties(text, s.start, s.end)
            found = explained_rise(text, s.start, found) \
                if ("after" in low or " as " in low or " when " in low) and len(found) > 1 else found
            if "claimed that" in low and (cl := _COUNTER_CLAIM.search(s.text)) is not None:
                # the other side's unverified figure of fighters (civilians it says were killed are reported)
                found = [m for m in found if m.start < s.start + cl.start() or m.group == "civilians"]
            if "since" in low and (cut := running_total_at(s.text)) is not None \
                    and any(m.start < s.start + cut and m.kind != "arrested" for m in found):
                own_before = s.start + cut  # checked below: a day of the incident's own before the total
                own_found = [m for m in found if m.start < own_before]
            tallies = tally(found)
            if "none" in c and "killed" not in tallies:
                tallies["killed"] = Tally({}, 0)
        ds = []
        said_on = None  # a day written after the speech verb ("..., officials said on Saturday")
        for d in day_ix.within(s.start, s.end):
            before = _STATEMENT.search(text[max(s.start, d.start - 60):d.start])
            stmt_before = bool(before and not _THAT.search(before.group(0)))
            stmt = stmt_before or (bool(_STATEMENT_AFTER.match(text, d.end, min(s.end, d.end + 60)))
                                   and not _LATE_BEFORE.search(text, max(s.start, d.start - 10), d.start))
            if stmt_before and said_on is None:
                said_on = d
            ds.append((d, stmt))
        if said_on is not None and len(ds) > 1:
            # "... on Friday night, officials said on Saturday": only the later day is the statement's
            ds = [(d, stmt and (d is said_on or d.start > said_on.start or
                                bool(_STATEMENT.search(text[max(s.start, d.start - 60):d.start]))))
                  for d, stmt in ds]
        if own_before >= 0 and any(not stmt and d.end <= own_before for d, stmt in ds):
            # a toll of the sentence's own, on its own day, before the running total: that toll, not the total
            tallies, own_toll = tally(own_found), True
        if "aggregate" in c and found and ds:
            # "killed on Sunday ... after a week of clashes": the period is the incident's background, not the
            # sentence's own frame, when a toll and a day of its own lie outside the "after ..." phrase
            keep = []
            for a, b in c["aggregate"]:
                ph = after_period(text, a, b) if s.start <= a else None
                if ph is None or not any(not (ph[0] <= m.start < ph[1]) and m.kind != "arrested" for m in found) \
                        or not any(not stmt and not (ph[0] <= d.start < ph[1]) for d, stmt in ds):
                    keep.append((a, b))
            if keep:
                c["aggregate"] = keep
            else:
                del c["aggregate"]
        info = SentenceInfo(s, c, tallies, place_ix.within(s.start, s.end), ds, is_title=is_title)
        info.af_state = any(a.values[0] == "TTA" for a in actor_ix.within(s.start, s.end))
        # "the 2014 attack", "the anniversary of ...", "the court sentenced ...": told as history
        older = {int(y) for y in _YEAR.findall(s.text) if int(y) < ref.year} \
            if ref is not None and ("19" in s.text or "20" in s.text) else set()  # every year holds one
        flashback = [text[a:b].lower() for a, b in c.get("background", [])]
        history = any(w not in _FLASHBACK for w in flashback)  # anniversary, verdict, sentenced ...
        info.background = ((bool(vague.within(s.start, s.end)) or bool(older) or bool(flashback)) and not ds) \
            or history or (bool(older) and not any(d.day.year in older for d, _ in ds)) \
            or (not ds and " had " in low and bool(_CAUSE_OF_STATE.search(s.text))) or (not ds and spread_over_period(s.text, low))
        spans = [(a, b) for a, b in stats.within(s.start, s.end) if b <= s.end]
        # "militants used drones in more than 30 attacks in X, Y and Z": a round-up, no event per district
        info.roundup = any(isinstance(n := parse_number(text[a:b].split()[0]), (int, float)) and n >= 3
                           and not _SPREAD.search(text[a:b]) for a, b in spans)
        info.aggregate = "aggregate" in c or bool(spans) \
            or ("districts" in s.text and bool(_JOINT.search(s.text))) \
            or ("since" in low and bool(tallies) and not own_toll and since_period(s.text))  # "60 killed there since March"
        last = out[-1] if out else None
        if not info.aggregate and last is not None and last.aggregate and not ds and not info.places \
                and not info.has("attack", "operation", "cross", "cross_fire", "strike", "new_incident"):
            info.aggregate = True  # "A further 152 were injured." after a round-up figure: still the round-up
        if not info.background and last is not None and last.background and last.has(*_VIOLENT_KINDS) \
                and not ds and not info.places and not info.has("attack", "operation", "cross", "cross_fire", "strike", "new_incident"):
            info.background = True  # "Dozens were reported killed." after an undated flashback: still the flashback
        info.occurred = bool(ds) and ((not s.text.isascii() or any(w in low for w in _OCCURRED_WORDS)) and bool(
            _OCCURRED.search(s.text)) or s.text[:1] in "LTSMWF" and OPENS_ON_DAY.match(s.text) is not None)
        # "a third policeman, who was wounded, succumbed to his injuries on Monday": a death of one hurt
        # in the incident told, even when the sentence gives no count of the dead
        info.update = ("killed" in tallies or ("succumb" in low or "died" in low)) and "new_incident" not in c \
            and _may_update(s.text, low) and bool(_UPDATE.search(s.text))
        _classify(info)
        if info.trigger and list(info.cues) == ["none"] and last is not None and not last.trigger \
                and last.has("negation") and not any(t.total or t.groups for t in info.tallies.values()):
            info.trigger = False  # "No one was hurt." after a defused device: no incident to report
        if not info.trigger and info.has("negation") and ds and not info.background and not info.aggregate:
            _owned_reference(info)
        if not info.trigger and ds and "killed" in tallies and (info.aggregate or info.background) \
                and (told := recalled_day(s.text, s.start, ds)) is not None:
            # "the raids follow the June 3 ambush on a convoy in X, which killed nine": that ambush
            info.days, info.trigger, info.decisive, info.etype = [told], True, True, "attack"
            a, b = recalled_toll(s.text, s.start, told[0])  # its toll is the "which killed ..." clause's alone
            info.tallies = tally([m for m in found if a <= m.start < b])
            info.aggregate = info.background = False
        prev = out[-1] if out else None
        if prev is not None and prev.sent.index == s.index and not info.is_title:
            _inherit(prev, info)
        if prev is not None and not info.trigger and not prev.background \
                and ((prev.etype == "security_operation" and prev.trigger) or (_arrests(prev) and not prev.trigger
                                                                                and not prev.has("attack")
                                                                                and not _LONG_PERIOD.search(prev.sent.text))) \
                and info.tallies.get("arrested") and info.tallies["arrested"].total and districts(info) \
                and not info.background and not info.has("negation"):
            # "Three were held in X" after an operation or a release of arrests: the arrests there
            info.trigger, info.etype = True, "security_operation"
        if not info.trigger and _held(info, out):
            info.trigger, info.etype, info.decisive = True, "security_operation", True
        out.append(info)
    return out


def _held(info: SentenceInfo, before: list[SentenceInfo]) -> bool:
    """"CTD said it arrested three suspects in X", "two suspects were taken into custody in Y": arrests of
    militants in a named district are an operation even without the word; not a period's round-up, and not
    the detail of an operation in that district told before ("in X, the team arrested three ...")."""
    if not _arrests(info) or info.background or info.aggregate or info.is_title or info.casualty_total() \
            or info.has("negation", "attack", "attack_weak") and not _plotters(info) or _LONG_PERIOD.search(info.sent.text):
        return False
    where = {area(p) for p in info.places if p.location.precision <= 2 and p.location.country in ("PK", "AF")}
    return bool(where) and not any(o.trigger and o.etype == "security_operation"
                                   and where & {area(p) for p in o.places} for o in before)


_ARMED_CUES = frozenset({"cross_fire", "cross_weak", "fire_back", "operation_weak", "strike", "strike_weak"})
_BULLETS = frozenset("-•–·▪")


def _classify(info: SentenceInfo) -> None:
    c = info.cues  # "kind" in c: SentenceInfo.has without a call per test
    st = info.sent.text
    tallies = info.tallies
    if not c and not tallies:  # no cue, no figure: no trigger; typed only by one state firing on the other's posts
        both = _both_states(info)  # (what the rules below come to here, without their tests)
        info.trigger = info.pk_strike = False
        info.etype, info.decisive = ("cross_border", info.af_state) if both else ("attack", False)
        return
    real = any((t.total or t.groups or t.more) for k, t in tallies.items() if k != "arrested")  # not "no casualties"
    casualty = real or ("killed" in tallies and "none" in c)
    strong, weak = "attack" in c, "attack_weak" in c
    op, op_weak = "operation" in c, "operation_weak" in c
    # a sweep that killed militants, or arrested suspects, is an operation
    op = op or ("followup" in c and (_only_militants(info) or _arrests(info)))
    # "a soldier was martyred during the clearance operation": the operation's own loss
    op = op or (("followup" in c or "operation" in c) and bool(_DURING_OP.search(st))
                and not _non_militant_civilians(info))
    shells = ("strike" in c or "strike_weak" in c)
    # "mortar shells fired from across the border landed in ...": one state's fire on the other's soil
    fired_across = shells and "cross_from" in c
    cross = "cross" in c or "cross_fire" in c or fired_across or ("cross_weak" in c and bool(_AF_STATE.search(st))
                                                                 and not _AFGHAN_SIDE.search(st)) \
        or (("fghan" in st or "cross_weak" in c or "fire_back" in c) and _both_states(info))  # its cheap tests first
    # a country alone is no place, nor a city abroad ("to meet again in Istanbul")
    where = any(p.location.precision <= 3 and p.location.country in ("PK", "AF") for p in info.places)
    when = bool(info.days)
    # ("arrested three militants in a raid and foiled a plan to attack X": the plot is negated, not the raid)
    neg = (("negation" in c) and not real and not (op and _arrests(info))) or (("negation" in c or "denial" in c) and casualty
                                               and bool(_DENIED_EVENT.search(st)))
    if ("unrest" in c) and not _ARMED.search(st):
        neg = True
    if ("private" in c or "accident" in c) and not_militant(info.sent, c):
        neg = True  # "died when a gas cylinder exploded", "shot dead over a land dispute": no attack
    drive = False  # (set below: a drive against migrants, in any number of places, is no operation)
    if not casualty and (("arrested" in tallies and _MIGRANTS.search(st)) or (
            ("arrested" in tallies or "detain" in st or "rounded" in st or "picked" in st or "apprehend" in st
             or "custody" in st) and _DETAINED_AFGHANS.search(st))) and not _arrests(info):
        neg = drive = True  # "police detained 300 undocumented Afghans in raids": a deportation drive, not an operation
    if not casualty and (" after " in st or " following " in st) and "cross_fire" not in c and _CLOSED_AFTER.search(st):
        # "the crossing was closed on May 2 after clashes": the cause of a closure, named in passing
        # ("... after guards of the two countries traded fire" tells the firing itself)
        neg = True
    if not casualty and not c.keys().isdisjoint(_VIOLENT_KINDS) and _only_back_references(info):
        neg = True  # "the crossing was closed shortly after the shelling began": the incident told before
    if not casualty and not neg and not c.keys().isdisjoint(_VIOLENT_KINDS) and _only_hypothetical(info):
        neg = True  # "jets may strike hideouts in X if attacks continue": a threat, not an event
    if info.is_title or (not casualty and not when and st[:1] in _BULLETS and _TEASER.match(st)):
        info.trigger = False  # a headline, or a bulleted link to another story ("- Gunmen attack post in X")
    elif info.aggregate and not drive:  # a summary of several incidents: an event only when it names each place
        info.trigger = (casualty or strong or weak or op) and not info.roundup and len(info.places) >= 2 \
            and (len(districts(info)) >= 2 or len(provinces(info)) >= 2)  # (the scans last: two places needed)
    elif neg:
        info.trigger = False
    else:
        armed = strong or weak or not c.keys().isdisjoint(_ARMED_CUES)
        info.trigger = (casualty or ((strong or "strike" in c) and (where or when))
                        or ((weak or op) and where and when) or (cross and armed and (where or when))
                        or (op and "arrested" in tallies))
    af_state = info.af_state
    # a Pakistani strike on Afghan soil is cross-border (and the other way round, via `cross`)
    # ("precision strikes hit hideouts inside Afghanistan's X", "the air strikes in X district of Paktika": an
    # air strike on Afghan soil not by the Afghan state is Pakistan's, even unnamed)
    # "border forces of the Islamic Emirate shelled Pakistani posts": the Afghan state's fire on the other side
    # "its forces carried out retaliatory operations against Pakistani military posts": the same, told as an operation
    af_strike = (shells or "operation" in c or "targeting" in st) and af_state and bool(PK_POSTS_HIT.search(st))
    pk_strike = (shells or (casualty and "Pakistani" in st and (bool(_PK_FIRE.search(st))
                                                                 or bool(PK_FORCES_FIRED.search(st))))) \
        and not af_strike \
        and any(p.location.country == "AF" for p in info.places) \
        and (bool(_PK_STATE.search(st)) or (not af_state and (bool(INSIDE_AF.search(st)) or (
            "strike" in c and not AF_STRIKER.search(st)))))
    info.pk_strike = pk_strike
    # the state's own strike on militants at home is an operation ("jets pounded hideouts in Tirah")
    home_strike = ("strike" in c) and not pk_strike and not af_strike and bool(_STATE_FORCES.search(st)) \
        and not _non_militant(info) \
        and any(p.location.country == "PK" and p.location.precision <= 3 for p in info.places)
    if pk_strike or af_strike:
        info.etype, info.decisive = "cross_border", True
        strong = True
        hit = "AF" if pk_strike else "PK"  # where the fire landed: a place there, not the speaker's capital
        if not info.trigger and not neg and not info.aggregate and not info.is_title and any(
                p.location.country == hit and p.location.precision <= 3 for p in info.places):
            # "Pakistani troops responded with artillery fire on positions in X of Afghanistan's Y": a state's
            # fire on a named place across the border is an event of its own, even with no figure
            info.trigger = True
    elif home_strike:
        info.etype, info.decisive = "security_operation", True
    elif cross and (casualty or strong or weak or ("cross" in c or "cross_fire" in c) or _both_states(info)):
        info.etype, info.decisive = "cross_border", ("cross" in c or "cross_fire" in c) or af_state or fired_across
    elif op and not (strong and _non_militant(info)) and not _repelled(info):
        info.etype, info.decisive = "security_operation", True
    elif op_weak and not strong:
        info.etype = "security_operation"
        # "a police team killed two militants in an encounter in X": militants killed in an encounter, said outright
        info.decisive = casualty and _only_militants(info) and bool(_ENCOUNTER.search(st)) and not _TRIED.search(st)
    elif casualty and _only_militants(info) and _ENCOUNTER.search(st) and not _TRIED.search(st):
        info.etype, info.decisive = "security_operation", True  # militants killed in an encounter with a team
    elif casualty and not strong and not weak and _only_militants(info) and not op_weak:
        info.etype = "security_operation"
    else:
        info.etype, info.decisive = "attack", strong


def _repelled(info: SentenceInfo) -> bool:
    """"two gunmen tried to climb the wall and were sent to hell": attackers killed while the attack went on are its
    own dead, not an operation's (no operation or raid named)."""
    st, off = info.sent.text, info.sent.start
    # (an operation may also be named by a "followup" cue alone: "a search operation", "a sweep", "combing")
    return bool(_TRIED.search(st)) and "followup" not in info.cues \
        and not any(_OP_NAMED.search(st, a - off, b - off) for a, b in info.cues.get("operation", ()))


def _both_states(info: SentenceInfo) -> bool:
    """"Afghan forces returned fire on / opened fire on Pakistani posts": one state's forces firing on the other's."""
    return ((info.has("cross_weak", "fire_back") and (info.af_state or bool(_AF_STATE.search(info.sent.text))))
            or ("fghan" in info.sent.text and bool(FIRED_ON_POSTS.search(info.sent.text)))) \
        and bool(PK_POSTS.search(info.sent.text))


def _owned_reference(info: SentenceInfo) -> None:
    """"defused a device days after Saturday's train bombing near X", "protested over Friday night's firing
    by Afghan forces on Pakistani posts in X": a dated incident named in passing inside a sentence that
    reports no event of its own is that incident's mention (its day, the sentence's place)."""
    text, off = info.sent.text, info.sent.start
    owned = [(d, s) for d, s in info.days if OWNED.match(text, d.end - off)]
    if not owned or not any(p.location.precision <= 2 for p in info.places):
        return
    info.days = owned[:1]
    info.trigger, info.decisive = True, True
    info.etype = "cross_border" if info.af_state and PK_POSTS.search(text) else "attack"
    info.tallies = {}


def _inherit(prev: SentenceInfo, info: SentenceInfo) -> None:
    """A clause split from the same sentence keeps its type, and "two more were killed" its victims' group;
    "(three were held in X) and two in Y" takes the first clause's verb."""
    m = ELLIPSIS.match(info.sent.text)
    if not info.tallies and m is None and len(prev.tallies) == 1 and EACH.search(prev.sent.text) \
            and ELLIPSIS.match(prev.sent.text):
        m = ELLIPSIS.match(prev.sent.text)  # "(two each in X) and Y": Y's count is X's
    if not info.tallies and m and len(prev.tallies) == 1:
        kind, t = next(iter(prev.tallies.items()))
        n = parse_number(m.group("n"))
        if isinstance(n, int) and len(t.groups) == 1:
            info.tallies[kind] = Tally({next(iter(t.groups)): n}, n)
            if not info.trigger and prev.trigger:
                info.trigger, info.etype = True, prev.etype
    if prev.decisive and not info.decisive:
        info.etype, info.decisive = prev.etype, True
    k, pk = info.tallies.get("killed"), prev.tallies.get("killed")
    if k and pk and set(k.groups) == {"unspecified"} and len(pk.groups) == 1 \
            and _MORE.search(info.sent.text):
        group = next(iter(pk.groups))
        info.tallies["killed"] = Tally({group: k.groups["unspecified"]}, k.total)


def _non_militant_civilians(info: SentenceInfo) -> bool:
    return any(g == "civilians" for t in info.tallies.values() for g in t.groups)


_BACK_REF = re.compile(r"\b(?:after|since|following|before|during|amid)\s+the\s+$", re.I)
_VIOLENT_KINDS = ("attack", "attack_weak", "operation", "operation_weak", "strike", "strike_weak", "cross", "cross_fire", "cross_weak")


def _only_back_references(info: SentenceInfo) -> bool:
    """Every violence cue of the sentence is a back-reference ("after the shelling began")."""
    spans = [sp for k in _VIOLENT_KINDS for sp in info.cues.get(k, [])]
    text, off = info.sent.text, info.sent.start
    return bool(spans) and all(_BACK_REF.search(text, max(0, a - off - 20), a - off) for a, _ in spans)


def _only_hypothetical(info: SentenceInfo) -> bool:
    """Every violence cue of the sentence follows a modal or a threat ("could launch strikes on X")."""
    spans = [sp for k in _VIOLENT_KINDS for sp in info.cues.get(k, [])]
    text, off = info.sent.text, info.sent.start
    return bool(spans) and all(_MODAL.search(text, max(0, a - off - 30), a - off)
                               or _MODAL_AFTER.match(text, b - off) for a, b in spans)


def _non_militant(info: SentenceInfo) -> bool:
    return any(g in ("security_forces", "civilians") for t in info.tallies.values() for g in t.groups)


def _arrests(info: SentenceInfo) -> bool:
    """Suspects or militants arrested (not "Afghan nationals detained", a deportation drive)."""
    t = info.tallies.get("arrested")
    return bool(t and t.groups and set(t.groups) == {"militants"})


def _only_militants(info: SentenceInfo) -> bool:
    k = info.tallies.get("killed")
    return bool(k and k.groups and set(k.groups) == {"militants"})
