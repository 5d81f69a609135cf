"""Events of a document: violence events (attack, security_operation, cross_border) built here
from segmented frames, plus border-crossing/refugee/diplomacy events from relations.py.

Per frame: the day (event day > "the previous day" > statement day > inherited > publication),
the place (body district, then headline, then dateline; the body wins when more specific),
casualties (largest figure per group across sentences), actors, tactic, target and evidence.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..errors import FrontierwatchError
from ..records import Casualties, Document, Event, Evidence, Location
from .actors import STATE_PK
from .tallies import Tally, merge_tallies, same_victims
from .counter_claims import claimed_toll
from .dates import find_dates, reference_day, relative_offset
from .lexicon import load, lowered, together
from .liveblog import chronological
from .datelines import after_dateline, find_places, strip_dateline
from .day_gaps import OTHER_MATTER, gap_to_non_violence, only_closure, relative_days, responds
from .afghan_ops import afghan_operation
from .denied import denied_only
from .mentions import OWNED as _OWNED, SentenceInfo, describe, late_told
from .overview import clip_overviews
from .scene import district, districts, provinces
from .event_places import frame_location, take_place
from .event_roles import CLAIMANT_SAYS as _CLAIMANT_SAYS, actors as _actors, tactic as _tactic, target as _target
from .events_post import both_sides, dedupe, drop_echoes, fold_into_clash, state_attacks
from .fastre import led
from .relations import extract_relations_events
from .relations_common import _TOGETHER as RELATIONS_CUES, make_context
from .segment import Frame, segment
from .text import Sentence, dateline

_SHELLS = re.compile(r"\bshell(?:s|ing|ed)?\b|\b(?:mortar|artillery)\s+rounds\b", re.I)
# "Pakistani and Afghan forces exchanged fire", "Afghan and Pakistani troops traded fire": both states fired
_BOTH_FIRED = re.compile(r"\b(?:Pakistani\s+and\s+Afghan|Afghan\s+and\s+Pakistani)\s+(?:border\s+|security\s+)?"
                         r"(?:forces|troops|guards|soldiers)\b", re.I)
# "Pakistani mortar shells had landed in the bazaar": one state's shells
_STATE_SHELLS = re.compile(r"\b(?:Pakistani|Afghan)\s+(?:mortar\s+|artillery\s+)?shells\b", re.I)
_NO_TALLY = Tally()
_MORE_ATTACKERS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more|other)\s+(?:attackers|militants|"
                             r"terrorists|assailants|insurgents|gunmen)\b", re.I)
# "the five attackers, including the bomber", "the bomber and two others were killed": the bomber is already counted
_BOMBER_COUNTED = re.compile(r"\b(?:including|besides|apart\s+from|excluding|not\s+including|along\s+with)\s+(?:the\s+)?"
                             r"(?:suicide\s+)?bomber\b|\bbomber\s+(?:himself\s+)?(?:and\s+[^.;]{1,40}?\s+)?(?:was|were)\s+(?:also\s+)?(?:killed|among|blown)\b", re.I)
_HEAVY = led(re.compile(r"\b(?:fired|firing|opened\s+fire|used|using|with)\b[^.;]{0,40}?\b(?:mortars?|artillery)\b", re.I))
_HIJACK = led(re.compile(r"\bhijack(?:ed|ing|ers?)?\b", re.I))
_KILLED_AND_TAKEN = re.compile(r"\b(?:killed|martyred|shot\s+dead)\s+and\s+(?:\w+\s+){0,2}?others?\s+(?:were\s+)?(?:kidnapped|"
                               r"abducted|taken\s+away|taken\s+hostage)\b", re.I)
_OP_TACTIC = led(re.compile(r"\b(?:operations?|IBOs?|raids?|raided|raiding)\b", re.I))
_OP_FOLLOWUP = led(re.compile(r"\b(?:search|sanitisation|sanitization|clearance|sweep|combing|counter-terrorism|"
                          r"counterterrorism|joint)\s+(?:and\s+\w+\s+)?operations?\b", re.I))


def extract_events(document: Document, sentences: list[Sentence]) -> list[Event]:
    """All events of a document: violence events here, relations events from relations.py."""
    events: list[Event] = violence_events(document, sentences)
    events.extend(extract_relations_events(document, sentences))
    return events


def violence_events(document: Document, sentences: list[Sentence]) -> list[Event]:
    """Attacks, security operations and cross-border clashes reported in the document."""
    text = document.text or ""
    title = document.title or ""
    if not _may_report_violence(text):
        return []  # no casualty verb and no violence cue: skip the gazetteer and date scans
    ref = reference_day(title + "\n" + text, document.published)
    ref = make_context(document, sentences).pub if ref is None and document.published is None else ref  # "KABUL, July 3"
    places, days, dl_loc = strip_dateline(text, find_places(text), find_dates(text, ref))
    if dl_loc is None:
        dl_loc = _dateline_location(text)
    infos = describe(text, chronological(after_dateline(text, sentences)), places, days, ref=ref)
    frames = segment(infos)
    title_info = None
    events: list[Event] = []
    prev_day: date | None = None
    lead_done = False
    built: dict[int, Event] = {}
    undated: list[Frame] = []  # "... was shot dead late last week": kept aside, see _headline_event
    head_end = _headline_end(text, title)
    echoes: set[int] = set()
    for f in frames:
        clip_overviews(text, f, ref)  # "X in A, Y in B and Z in C": each district's frame reads its own clause
        if f.background and f.triggers and f.origin == "background" and _vague_only(f):
            undated.append(f)
        if f.background or not f.triggers or _natural_deaths(text, f) or denied_only(f):
            continue
        f.type = "security_operation" if afghan_operation(f) else f.type  # Afghan forces' raid on IS at home
        is_lead = not lead_done
        lead_done = True
        if is_lead and title.strip():
            title_info = _title_info(title, f, ref)
        parent = built.get(id(f.parent)) if f.parent is not None else None
        anchor = date.fromisoformat(parent.date) if parent is not None and parent.date else prev_day
        day = _frame_day(f, anchor, ref, is_lead, title_info, text)
        ev = _build(document, text, f, day, title_info if is_lead else None, dl_loc if is_lead else None, parent,
                    sentences)
        built[id(f)] = ev
        if parent is not None and f.origin == "type" and parent.type == "attack" and parent.perpetrator is None:
            # "the attackers, affiliated to X, ..." told after the counter-operation began
            parent.perpetrator = _actors(text, "", f, None)[0]
        if ev.country is None and events and any(_SAME_PLACE.search(t.sent.text) for t in f.triggers):
            take_place(ev, events[-1])  # "a bomb in the same area killed one": the last event's place
        if not is_lead and ev.country is None:
            continue
        if head_end and all(t.sent.end <= head_end and not t.event_day() for t in f.triggers):
            echoes.add(id(ev))  # told only in the headline repeated atop the body
        prev_day = day or prev_day
        events.append(ev)
    events = drop_echoes(events, echoes)
    lone = _headline_event(title, undated, events)
    if lone is not None:
        ev = _build(document, text, lone, None, None, None, None, sentences)
        if ev.country is not None:
            events.append(ev)
    return both_sides(fold_into_clash(dedupe(state_attacks(events))))


_SAME_PLACE = re.compile(r"\b(?:in|at|near|from)\s+the\s+same\s+(?:area|place|district|town|village|locality|"
                         r"neighbourhood|neighborhood|spot|market|bazaar|city|vicinity)\b", re.I)


def _headline_end(text: str, title: str) -> int:
    """End offset of the headline when the body opens by repeating it, else 0."""
    head = title.strip()
    lead = len(text) - len(text.lstrip())
    if len(head) < 12 or not text.startswith(head, lead):
        return 0
    return lead + len(head)


_OLD = re.compile(r"\b(?:19|20)\d\d\b|\b(?:years?|decades?|months)\s+ago\b", re.I)


def _vague_only(f: Frame) -> bool:
    """A background frame told with a vague period only ("late last week"), not as history."""
    return bool(f.admin2) and not any(t.has("background") or _OLD.search(t.sent.text) for t in f.triggers)


def _headline_event(title: str, undated: list[Frame], events: list[Event]) -> Frame | None:
    """The headline's incident when the body dates it only vaguely ("Three held over killing of ...
    in X", the killing "late last week"): that frame becomes an event with no date."""
    if not title or not undated:
        return None
    kinds = {h.values[0] for h in load("event_cues").find(title)}
    killed = any(h.values[0] == "killed" for h in load("casualty_verbs").find(title))
    for f in undated:
        wanted = f.type == "attack" and (killed or "attack" in kinds) or f.type in kinds
        if wanted and not any(e.type == f.type for e in events):
            return f
    return None


_VIOLENCE_CUES = frozenset({"attack", "attack_weak", "operation", "operation_weak", "cross", "cross_fire", "strike", "strike_weak"})


# the whole-text scans of this stage and of the relations stage after it (its cue lexicons), made in one pass
_SCANNED = ("casualty_verbs", "event_cues", "actors") + RELATIONS_CUES


def _may_report_violence(text: str) -> bool:
    """Cheap first look (the two scans are reused by describe): any casualty verb or violence cue?"""
    together(_SCANNED).scan(text)  # one pass, cheaper than the six scans alone (relations reuses its three)
    if load("casualty_verbs").find(text):
        return True
    low = lowered(text) or text.lower()  # the lexicon scan's lower-cased text when it kept its length
    if "toll" in low or "hostage" in low:
        return True
    return any(h.values[0] in _VIOLENCE_CUES for h in load("event_cues").find(text))


_NATURAL = frozenset({"died", "passed away", "breathed his last", "breathed their last"})
_ANY_CUE = _VIOLENCE_CUES | {"cross_weak", "cross_from", "followup"}


def _natural_deaths(text: str, f: Frame) -> bool:
    """A frame with no violence cue whose only figures are deaths by 'died'/'passed away' ("my
    mother also died here"): no event."""
    if any(not t.cues.keys().isdisjoint(_ANY_CUE) for t in f.triggers) or \
            any(not m.background and m.has("attack", "operation", "cross", "cross_fire", "strike") for m in f.members):
        return False
    verbs = [h.key.lower() for s in f.triggers for h in load("casualty_verbs").find(text, s.sent.start, s.sent.end)]
    return bool(verbs) and all(v in _NATURAL for v in verbs)


class _LazyTitle:
    """The headline's SentenceInfo, described only when something besides its span is read
    (most lead events never look at the headline's cues, places or days)."""

    __slots__ = ("sent", "_lead", "_ref", "_info")

    def __init__(self, sent: Sentence, lead: Frame, ref: date | None):
        self.sent, self._lead, self._ref, self._info = sent, lead, ref, None

    def __getattr__(self, name: str):
        info = self._info
        if info is None:
            info = self._info = _describe_title(self.sent.text, self._lead, self._ref)
        return getattr(info, name)


def _title_info(title: str, lead: Frame, ref: date | None) -> SentenceInfo:
    """The headline as extra evidence for the lead event, described on first use."""
    return _LazyTitle(Sentence(title, 0, len(title), -1, -1), lead, ref)  # type: ignore[return-value]


def _describe_title(title: str, lead: Frame, ref: date | None) -> SentenceInfo:
    """The headline's places and days are looked up only when the body gives the lead no district
    or no day (the gazetteer scan is the costly part)."""
    need_place = not any(p.location.precision <= 2 for s in lead.members for p in s.places)
    need_day = not any(s.days for s in lead.members)
    t_sent = Sentence(title, 0, len(title), -1, -1)
    return describe(title, [t_sent], find_places(title) if need_place else [],
                    find_dates(title, ref) if need_day else [], is_title=True)[0]


def _dateline_location(text: str) -> Location | None:
    name = dateline(text)
    if not name:
        return None
    try:
        from .. import geo

        return geo.lookup(name)
    except (ImportError, FrontierwatchError):
        return None


def _owned_day(s: SentenceInfo) -> date | None:
    """The day owned by the incident in a toll update ("the toll from Saturday night's attack rose")."""
    for d, _ in s.days:
        if _OWNED.match(s.sent.text, d.end - s.sent.start) or late_told(s, d):
            return d.day
    return None


def _told_by_owned_day(s: SentenceInfo) -> date | None:
    """The day owned by the incident ("Tuesday's bombing") when the sentence's first violence cue is that
    incident's own noun, so the other day belongs to what followed it (funerals, a protest, a statement)."""
    off = s.sent.start
    first = min((a for k in _ATTACK_KINDS for a, _ in s.cues.get(k, ())), default=None)
    for d, _ in s.days:
        m = _OWNED.match(s.sent.text, d.end - off)
        if m is not None and first is not None and d.start <= first <= off + m.end():
            return d.day
    return None


_TOLD_IN_STATEMENT = re.compile(r"\b(?:the\s+statement|it)\s+(?:said|added)\b|\bthe\s+statement\s+(?:issued|released)\b",
                                re.I)


def _statement_of(f: Frame) -> date | None:
    """The day of the statement that told the frame (its own, else the nearest earlier frame's)."""
    seen = 0
    while f is not None and seen < 50:
        if f.stated:
            return f.stated
        f, seen = f.parent, seen + 1
    return None


_AFTER = re.compile(r"\s(?:after|when)\s", re.I)
_DAYS_BEFORE = re.compile(r"\b(?P<n>a|one|two|three|\d)\s+days?\s+$|\bthe\s+(?P<n2>day)\s+$", re.I)
_DAY_GAPS = {"a": 1, "one": 1, "two": 2, "three": 3}


def _after_clause_day(s: SentenceInfo, doc_text: str) -> date | None:
    """The day inside an "after ..." clause that holds all the sentence's violence, when the main clause
    before it reports none (a closure, a protest): the violence's own day."""
    text, off = s.sent.text, s.sent.start
    if " after " not in text and " when " not in text:
        return None  # the cheap test first: most sentences have neither word
    m = _AFTER.search(text)
    if m is None:
        return None
    cut = off + m.start()
    spans = [a for k in _ATTACK_KINDS for a, _ in s.cues.get(k, ())]
    if spans and min(spans) < cut:
        return None
    after = next((d.day for d, _ in s.days if d.start > cut), None)
    # "closed on May 18, a day after the firing left a porter dead": that day less the gap
    gap = _DAYS_BEFORE.search(text, max(0, m.start() - 20), m.start() + 1) if after is None else None
    told = next((d.day for d, _ in s.days if d.start < cut), None)
    if after is None and (gap is None or told is None):
        return None
    verbs = load("casualty_verbs").find(doc_text, off, s.sent.end)  # the document's scan, kept by the lexicon
    if any(v.start < cut for v in verbs) or not (spans or verbs):
        return None
    if after is not None:
        return after
    if gap is None or told is None:
        return None
    n = (gap.group("n") or "a").lower()
    return told - timedelta(days=_DAY_GAPS.get(n, int(n) if n.isdigit() else 1))


# "The attack came two days after troops killed four militants in X": X's incident, that many days before
_CAME_AFTER = re.compile(r"\b(?:came|comes|happened|took\s+place|occurred)\s+(?:just\s+|only\s+)?(?P<n>a|one|two|three|"
                         r"four|five|six|\d)\s+(?P<u>days?|weeks?)\s+(?P<w>after|before)\s", re.I)
def _violence_from(s: SentenceInfo, pos: int, doc_text: str) -> bool:
    """True when a violence cue or a casualty verb of the sentence lies at or after pos."""
    return any(a >= pos for k in _ATTACK_KINDS for a, _ in s.cues.get(k, ())) or \
        bool(load("casualty_verbs").find(doc_text, pos, s.sent.end))


_GAP_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ATTACK_KINDS = ("attack", "attack_weak", "operation", "operation_weak", "strike", "strike_weak", "cross", "cross_fire")


def _frame_day(f: Frame, prev: date | None, ref: date | None, is_lead: bool,
               title: SentenceInfo | None, doc_text: str) -> date | None:
    for s in f.members:  # "the fighting broke out early on Saturday": the day it happened, said outright
        if not s.background and s.occurred and s.event_day():
            return s.event_day()
    for s in f.triggers:
        d = s.event_day() if not s.update else _owned_day(s)  # "died in hospital on Monday": not the attack's day
        if d and (cause := _after_clause_day(s, doc_text)) is not None:
            d = cause  # "the crossing was closed on Monday after forces opened fire late on Sunday": Sunday
        if d and f.type == "attack" and len(s.days) > 1 and (own := _told_by_owned_day(s)):
            d = own  # "funerals were held on Wednesday for those killed in Tuesday's bombing": Tuesday
        if d:
            return d
    for s in f.members:  # "a team raided the hideout late Thursday night": a detail sentence's own day
        if not s.trigger and not s.background and not s.update and s.event_day() and f.admin2 and s.cues.keys().isdisjoint(OTHER_MATTER) \
                and (d2 := district(s)) is not None and d2.location.admin2 == f.admin2 and not only_closure(s):
            return s.event_day()
    if prev is not None and f.triggers and (m := _CAME_AFTER.search(f.triggers[0].sent.text)) is not None \
            and _violence_from(f.triggers[0], f.triggers[0].sent.start + m.end(), doc_text):
        w = m.group("n").lower()  # the violence told in the clause after "came N days after": that incident's
        n = (int(w) if w.isdigit() else _GAP_WORDS.get(w, 1)) * (7 if m.group("u").lower().startswith("week") else 1)
        return prev - timedelta(days=n) if m.group("w").lower() == "after" else prev + timedelta(days=n)
    if prev is not None and f.triggers:
        off = relative_days(f.triggers[0].sent.text)
        if off is not None:
            return prev + timedelta(days=off)
    # a later frame's non-trigger sentence ("by Sunday the border was quiet, residents said") dates its own
    # remark, not the incident: such a frame keeps the day being told
    told = f.triggers + [m for m in f.members if not m.background and (is_lead or prev is None)]
    for s in told:
        d = s.statement_day()
        if d:
            off = relative_offset(s.sent.text) if not gap_to_non_violence(s, doc_text) else None
            return d + timedelta(days=off) if off is not None else d
    if not is_lead and prev is not None:
        said = _statement_of(f) if f.origin in ("new", "district") and not any(map(responds, f.triggers)) else None
        if said is not None and said > prev and any(_TOLD_IN_STATEMENT.search(t.sent.text) for t in f.triggers):
            return said  # "in another operation in Y, two were killed, the statement added": no day but the statement's
        return prev
    if title is not None:
        d = title.event_day() or title.statement_day()
        if d:
            return d
    return ref


_NOW_STANDS = re.compile(r"\bnow\s+(?:stands|stood)\s+at\b", re.I)
_SUPERSEDED = led(re.compile(r"\b(?:initially|at\s+first|earlier)\s+(?:put|reported|said|gave|given|stood|counted)\b", re.I))


def _figures(f: Frame) -> dict[str, Tally]:
    out: dict[str, Tally] = {}
    for kind in ("killed", "injured", "abducted", "arrested"):
        ts = [s.tallies[kind] for s in f.triggers if kind in s.tallies and not s.aggregate]
        if len(ts) > 1 and kind in ("killed", "injured"):
            # "police had initially put the toll at three": a figure the report says was superseded
            later = [s.tallies[kind] for s in f.triggers if kind in s.tallies and not s.aggregate
                     and not _SUPERSEDED.search(s.sent.text)]
            ts = later or ts
            # "X claimed the attack, saying its fighters killed 14": the claimant's own account yields to a report's
            ts = [s.tallies[kind] for s in f.triggers if kind in s.tallies and not s.aggregate
                  and not _SUPERSEDED.search(s.sent.text)
                  and ("claimed" not in s.sent.text or not _CLAIMANT_SAYS.search(s.sent.text))] or ts
            # "the figure now stands at one dead and five injured": the latest count replaces the earlier ones
            ts = [s.tallies[kind] for s in f.triggers if kind in s.tallies and not s.aggregate
                  and "now" in s.sent.text and _NOW_STANDS.search(s.sent.text)] or ts
        if len(ts) > 1 and kind in ("killed", "injured") and f.admin2 and any(_two_areas(s) for s in f.triggers):
            # "strikes on X and Y provinces killed nine ... in X's Z district, six were killed": Z's own figure
            hit = [s for s in f.triggers if kind in s.tallies and not s.aggregate]
            wide = {id(s) for s in hit if _two_areas(s) and (len(provinces(s)) >= 2 or len(districts(s)) >= 2)}
            local = [s.tallies[kind] for s in hit if id(s) not in wide
                     and (d := district(s)) is not None and d.location.admin2 == f.admin2]
            ts = local if wide and local and same_victims(local, [s.tallies[kind] for s in hit if id(s) in wide]) else ts
        if len(ts) > 1 and kind == "arrested" and f.admin2:
            # "arrested seven in three districts ... three were picked up in X": X's own figure
            local = [s.tallies[kind] for s in f.triggers if kind in s.tallies and not s.aggregate
                     and (d := district(s)) is not None and d.location.admin2 == f.admin2]
            ts = local or ts
        if not ts and kind == "arrested" and f.type == "security_operation":
            # "Two suspects were arrested from the compound": the operation's detail sentence
            ts = [s.tallies[kind] for s in f.members if kind in s.tallies and not s.aggregate and not s.background
                  and not s.has("negation")]
        if ts:
            out[kind] = merge_tallies(ts)
    return out


def _two_areas(s: SentenceInfo) -> bool:
    """The sentence names places in two provinces or two districts (a cheap test before the scene's)."""
    if len(s.places) < 2:
        return False
    return len({p.location.admin1 for p in s.places if p.location.admin1}) > 1 \
        or len({p.location.admin2 for p in s.places if p.location.admin2}) > 1


def _evidence(f: Frame, sentences: list[Sentence]) -> list[Evidence]:
    """The whole sentences the event was read from (a clause's own sentence), each once, in order."""
    out: dict[tuple[int, int], Evidence] = {}
    for s in f.triggers:
        i = s.sent.index
        whole = sentences[i] if 0 <= i < len(sentences) and sentences[i].start <= s.sent.start else s.sent
        out.setdefault((whole.start, whole.end), Evidence(whole.text, whole.start, whole.end))
    return [out[k] for k in sorted(out)]


def _build(doc: Document, text: str, f: Frame, day: date | None, title: SentenceInfo | None,
           dl: Location | None, parent: Event | None, sentences: list[Sentence]) -> Event:
    loc, place = frame_location(f, title, dl, parent)
    figs = _figures(f)
    killed = Casualties()
    k = figs.get("killed") or claimed_toll(text, f)
    if k is not None:
        for g, n in k.groups.items():
            setattr(killed, g, n)
        if not k.groups and k.total == 0:
            killed.unspecified = 0
    title_text = doc.title or ""
    ev = Event(type=f.type, date=day.isoformat() if day else None, doc_id=doc.id)
    if loc is not None:
        ev.country, ev.admin1, ev.admin2 = loc.country, loc.admin1, loc.admin2
        ev.lat, ev.lon, ev.geo_precision = loc.lat, loc.lon, loc.precision
    ev.place = place
    ev.killed = killed
    for kind in ("injured", "abducted", "arrested"):
        t = figs.get(kind)
        if t is not None and t.total:
            setattr(ev, kind, t.total)
    if f.type == "security_operation":
        # state forces: Pakistan's, or the Afghan Taliban's when they raid militants in Afghanistan
        ev.perpetrator = "TTA" if ev.country == "AF" or any(s.af_state for s in f.triggers) else STATE_PK
        if any(_OP_TACTIC.search(_OP_FOLLOWUP.sub(" ", s.sent.text)) for s in f.triggers) or (
                f.origin in ("lead", "aggregate") and any(_OP_TACTIC.search(_OP_FOLLOWUP.sub(" ", m.sent.text))
                                                       for m in f.members if not m.background)):
            ev.tactic = "raid"
        strike = _tactic(text, "", f, None)
        if strike in ("air_strike", "drone_strike", "shelling"):
            ev.tactic = strike
        elif ev.tactic is None and not any(s.has("strike", "strike_weak") for s in f.triggers):
            ev.tactic = "raid"  # a ground action by state forces (an encounter, a shootout, arrests)
    else:
        ev.perpetrator, ev.claimed_by = _actors(text, title_text, f, title)
        if f.type == "cross_border":
            ev.claimed_by = None
            # the state that fired: Pakistan's strike on Afghan soil, else the Afghan side (named, or
            # fire "from across the border" landing in Pakistan), else Pakistan's fire landing in Afghanistan
            # ("Pakistani and Afghan forces exchanged fire" with the dead in Afghanistan: Pakistan's fire hit there)
            ev.perpetrator = STATE_PK if any(s.pk_strike for s in f.triggers) or (
                ev.country == "AF" and any(_BOTH_FIRED.search(s.sent.text) for s in f.triggers)) else (
                "TTA" if any(s.af_state for s in f.triggers) or ev.country == "PK" else
                STATE_PK if ev.country == "AF" else None)
        ev.tactic = _tactic(text, title_text, f, title)
        if f.type == "cross_border" and ev.tactic == "rocket_mortar" and (any(
                (s.af_state or s.pk_strike) and _SHELLS.search(s.sent.text) for s in f.triggers)
                or any(_STATE_SHELLS.search(s.sent.text) for s in f.members)):
            ev.tactic = "shelling"  # a named state's forces' mortar shells on the other's soil: shelling
        if f.type == "cross_border" and ev.tactic is None and parent is not None and parent.type == "cross_border" \
                and f.origin == "district" and ev.country == parent.country:
            ev.tactic = parent.tactic  # "three died in a separate strike" in the raid's other district
            ev.perpetrator = ev.perpetrator or parent.perpetrator
        if f.type == "cross_border" and ev.tactic == "armed_assault" and any(
                not m.background and _HEAVY.search(m.sent.text)
                and all(p.location.admin2 in (None, ev.admin2) for p in m.places) for m in f.members):
            ev.tactic = "shelling"  # "opened fire on a post ... fired with small arms and mortars": the heavier arm
        if ev.abducted and ev.tactic in (None, "armed_assault") and not killed.total() and not ev.injured:
            ev.tactic = "kidnapping"  # "taken away by gunmen" with no one hurt: the abduction is the act
        if ev.tactic == "kidnapping" and killed.total() and any(_KILLED_AND_TAKEN.search(t.sent.text) for t in f.triggers):
            ev.tactic = "armed_assault"  # "four were killed and six others kidnapped": an assault that also took captives
        if ev.tactic == "kidnapping" and any(_HIJACK.search(m.sent.text) for m in f.members) or \
                ev.tactic == "kidnapping" and title is not None and _HIJACK.search(title_text):
            ev.tactic = "hijacking"  # passengers held hostage on a hijacked train/bus/plane
        if ev.tactic == "suicide_bombing" and killed.militants and any(
                "militants" in t.tallies.get("killed", _NO_TALLY).groups and _MORE_ATTACKERS.search(t.sent.text)
                for t in f.triggers) and not any(_BOMBER_COUNTED.search(m.sent.text) for m in f.members):
            killed.militants += 1  # "a suicide bomber rammed the wall ... four more attackers were shot dead": five
        if f.type == "attack":
            ev.target = _target(text, title_text, f, title)
            if killed.unspecified and killed.civilians is None and killed.militants is None and (
                    ev.target == "civilians" and killed.security_forces is None
                    or ev.target in ("civilians", "government") and killed.security_forces):
                # "a man was killed when a grenade hit a tea stall": victims of an attack on civilians; "killing six
                # people, including two guards" at a market or a ministry: the others are civilians
                killed.civilians, killed.unspecified = killed.unspecified, None
    ev.evidence = _evidence(f, sentences)
    return ev

