"""Event-mention segmentation: which sentences belong together as one incident (a frame).

Triggers (see mentions.py) open a new frame when they name a new incident ("In another
incident"), a different district or province, a different day, a different event type, or a
background period with no day ("last week"). Other sentences join the current frame. Frames
become events in events.py (one type, place and day each).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .dates import relative_offset
from .fastre import led
from .mentions import SentenceInfo
from .scene import district, districts, province, provinces
from .speaker_place import speaker_only
from .event_told import named_incident_day, told_day
from .list_items import item_frame, item_numbers, item_of
from .operation_course import added_figure, during_operation, shells_landed, update_home

# "A day earlier, gunmen had torched ...": a sentence opened by another day is another incident
_DAY_LEAD = re.compile(r"\s*(?:on\s+)?(?:a|one|the)\s+(?:day\s+(?:earlier|before|later|after)|(?:previous|next|following)\s+day)"
                       r"\s*,", re.I)
_FIRE = led(re.compile(r"\b(?:firing|shelling|clash|clashes|exchange\s+of\s+fire|fighting|skirmish|skirmishes)\b", re.I))

# "the exchange of fire continued until early Sunday morning": the night's clash ending, not a new day's
_UNTIL_EARLY = re.compile(r"\b(?:until|till|into)\s+(?:the\s+)?(?:early\s+(?:hours\s+of\s+)?|dawn\s+(?:on\s+)?|"
                          r"daybreak\s+(?:on\s+)?|small\s+hours\s+of\s+)", re.I)


# "Of the 40 people killed, ...": the split of a figure already given (a round-up's, when no incident came first)
_BREAKDOWN = re.compile(r"\s*Of\s+(?:the|these|those)\s+[\d,]+\s+(?:\w+\s+){0,2}?(?:killed|dead|deaths|fatalities|"
                        r"victims|casualties)\b", re.I)


# "47 people, most of them in X's southern districts": a figure spread over many districts
_SPREAD = re.compile(r"\b(?:most|many|mostly|the\s+majority)\s+(?:of\s+(?:them|whom|these|those)\s+)?in\s+(?:the\s+)?"
                     r"(?:[\w'’\-]+\s+){0,3}districts\b", re.I)
# the dead of the incident being told, carried home or handed over ("the bodies were flown to Y")
_SENT_HOME = re.compile(r"\bbod(?:y|ies)\b[^.;]{0,80}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
                        r"(?:flown|taken|shifted|sent|dispatched|transported|handed\s+over|brought|moved|airlifted)\s+"
                        r"(?:back\s+)?to\b", re.I)
_OWN_VIOLENCE = ("attack", "attack_weak", "operation", "operation_weak", "strike", "strike_weak", "cross", "cross_fire",
                 "new_incident")


_RETURN_FIRE = re.compile(r"\b(?:killed|died|shot\s+dead|neutrali[sz]ed)\s+in\s+(?:the\s+)?(?:return|retaliatory|"
                          r"exchange\s+of)\s+fire\b", re.I)


_AFTER_CLAUSE = re.compile(r"\s(?:after|following)\s", re.I)
# "In that firing, ...", "During the attack, ...": the sentence goes on with the incident named just before
_THAT_INCIDENT = re.compile(r"\s*(?:In|During)\s+(?:that|this|the)\s+(?:firing|attack|blast|explosion|shelling|clash|"
                            r"clashes|bombing|ambush|incident|exchange\s+of\s+fire|assault)\b")


def _cause_only(cur: Frame) -> bool:
    """The frame was told only as the cause of a later state ("the crossing stayed closed on Wednesday after forces
    traded fire"): its day is the state's, so an earlier day told next with figures is the incident's own."""
    return all(not t.casualty_total() and _AFTER_CLAUSE.search(t.sent.text) for t in cur.triggers)


# "Following the clashes, the crossing was closed on Sunday": the fire already told, named as a cause
_FIRE_BEFORE = re.compile(r"\b(?:after|following|since|amid|over)\s+the\s+(?:[\w\-]+\s+)?$", re.I)


def _fire_told_before(text: str) -> bool:
    """Every fire word of the sentence refers back to the clash told before ("following the clashes")."""
    return all(_FIRE_BEFORE.search(text, max(0, m.start() - 30), m.start()) for m in _FIRE.finditer(text))


def _overnight(info: SentenceInfo, day: date, known: date) -> bool:
    return (day - known).days == 1 and _UNTIL_EARLY.search(info.sent.text) is not None


@dataclass(slots=True)
class Frame:
    """Sentences about one incident, before it becomes an Event."""

    type: str
    members: list[SentenceInfo] = field(default_factory=list)
    triggers: list[SentenceInfo] = field(default_factory=list)
    background: bool = False
    admin2: str | None = None
    admin1: str | None = None
    day: date | None = None
    origin: str = "lead"  # lead | new | day | district | type | aggregate | background
    parent: Frame | None = None  # the frame reported just before (days and places are inherited)
    stated: date | None = None  # the day of a statement about it ("ISPR said on Sunday")


def segment(infos: list[SentenceInfo]) -> list[Frame]:
    """Group sentences into frames, one per reported incident (see module docstring)."""
    frames: list[Frame] = []
    cur: Frame | None = None
    preamble: list[SentenceInfo] = []
    items = item_numbers(infos)
    where, last_item = (item_of(infos, items) if items else {}), 0
    for i, info in enumerate(infos):
        if not info.trigger and cur is not None and not cur.background and not info.background \
                and info.has("new_incident") and _new_scene(cur, info):
            # "In another engagement, on 15 June, troops intercepted militants in X": a new incident
            info.trigger = True
            info.etype = info.etype if info.decisive else cur.type
        if info.trigger and cur is not None and not cur.background and "bod" in info.sent.text \
                and _SENT_HOME.search(info.sent.text) and not info.has(*_OWN_VIOLENCE):
            info.trigger = False  # "the bodies of the six men killed were flown to their home towns": the dead told again
        if info.trigger and cur is None and not info.days and preamble and preamble[-1].aggregate \
                and not info.has("new_incident") and district(info) is None:
            info.trigger = False  # "Militants also kidnapped 14 people in X province" after a month's figures: the round-up
        if info.trigger and not info.days and "districts" in info.sent.text and _SPREAD.search(info.sent.text) \
                and district(info) is None:
            info.trigger = False  # "militants kidnapped 47 people, most of them in X's southern districts": a period's figure
        if info.trigger and cur is None and not info.days and not info.places and _BREAKDOWN.match(info.sent.text):
            info.trigger = False  # "Of the 901 people killed, 516 were militants": a total told before, split up
        if info.trigger and cur is not None and cur.type != "attack" and info.etype == "attack" and cur.members \
                and (named := named_incident_day(cur.members[-1], info)) is not None:
            info.days, info.decisive = [named], True  # "... over Friday's bombing. The bombing had wounded six": Friday's
        elif info.trigger and cur is not None and cur.background and info.etype == "attack" and cur.members \
                and (told := told_day(cur.members[-1], info)) is not None:
            info.days, info.decisive = [told], True  # a verdict, then "... on 3 May. The blast killed four"
        if not info.trigger:
            day = info.event_day()
            known = _eff_day(cur)
            if cur is not None and cur.type == "cross_border" and not cur.background and day and known \
                    and day > known and _FIRE.search(info.sent.text) and not info.has("negation", "unrest") \
                    and not _overnight(info, day, known) and not _fire_told_before(info.sent.text):
                # "sporadic firing went on into Sunday": the clash on another day is another event
                cur = Frame("cross_border", [info], [info], admin2=cur.admin2, admin1=cur.admin1, day=day,
                            origin="day", parent=cur)
                frames.append(cur)
                continue
            if cur is not None and info.background and (info.has("attack", "attack_weak", "operation")) \
                    and not cur.background:
                cur = Frame(cur.type, background=True, origin="background", parent=cur)
                frames.append(cur)
            back = _back_to_lead(frames, cur, info)
            if back is not None:
                cur = back  # "The attack on the post has not been claimed.": after an older incident, the story's own
            home = _home_frame(frames, cur, info)
            if home is not None:
                home.members.append(info)  # "a team raided a hideout near X": back to X's incident
                continue
            if cur is not None:
                cur.members.append(info)
                if info.occurred and day and not info.background and not cur.background:
                    cur.day = day  # "the fighting broke out on Saturday": the day, said outright
                if not cur.stated:
                    cur.stated = info.statement_day()
            else:
                preamble.append(info)
            continue
        if items and items[i] != last_item and cur is not None and last_item:  # "4. PS X (District Y) - Encounter"
            cur, last_item = item_frame(Frame, frames, cur, info, items[i], where, infos[i + 1:i + 40]), items[i]
            continue
        last_item = items[i] if items else 0
        d = district(info)
        if d is not None and info.pk_strike and d.location.country != "AF":
            # "jets struck hideouts in Afghanistan's X, killing a commander wanted for attacks in Y": Y is no scene
            d = next((p for p in info.places if p.location.country == "AF" and p.location.admin2), None)
        adm2 = d.location.admin2 if d else None
        if adm2 and d is not None and info.pk_strike and cur is not None and cur.type == "cross_border" \
                and not cur.background and cur.admin2 is None and info.event_day() is None \
                and all(t.pk_strike for t in cur.triggers):
            # "jets struck hideouts in Afghanistan's X province ... the strikes hit compounds in Y district": Y, in X
            cur.admin2, cur.admin1 = adm2, d.location.admin1
            cur.members.append(info)
            cur.triggers.append(info)
            continue
        if adm2 and cur is not None and not cur.background and cur.admin1 == d.location.admin1 \
                and _eff_admin2(cur) not in (None, adm2) and speaker_only(info.sent.text, info.sent.start, d, info.cues):
            adm2 = None  # "four more died overnight, an official in X told AFP": where he spoke, not a new scene
        if adm2 is None and cur is not None and info.etype == "cross_border" and (af := _other_side(info)) is not None:
            adm2 = af.location.admin2  # "on the Afghan side, an official in X said 12 were killed": X's own event
        day = info.event_day()
        if info.aggregate and not (info.background and day is None) and len(districts(info)) >= 2:
            for name in districts(info):
                f = Frame(info.etype or "attack", [info], [info], admin2=name, day=day, origin="aggregate",
                          parent=cur, stated=info.statement_day() or (cur.stated if cur else None))
                frames.append(f)
            cur = frames[-1]
            continue
        if info.aggregate and len(provinces(info)) >= 2:  # "in X district of Khost and Y district of Kunar"
            for name in provinces(info):
                f = Frame(info.etype or "attack", [info], [info], admin1=name, day=day, origin="aggregate",
                          parent=cur, stated=info.statement_day() or (cur.stated if cur else None))
                frames.append(f)
            cur = frames[-1]
            continue
        home = _detail_home(frames, cur, info, adm2, day)
        if home is not None:  # "a team raided a hideout near X late Thursday night": back to X's operation
            home.members.append(info)
            home.triggers.append(info)
            continue
        twin = (_figure_twin(frames, cur, info) if adm2 is None and day is None else None) or update_home(frames, cur, info, adm2)
        if twin is not None:  # "one device exploded, wounding three constables": the first incident's figure
            twin.members.append(info)
            twin.triggers.append(info)
            continue
        new, origin = _starts_new(cur, info, adm2, day)
        if origin == "rejoin" and cur is not None:
            back = _same_type_before(cur, info, adm2, day) if info.etype != cur.type else _rejoin(cur, info, adm2, day)
            cur = back or cur  # no earlier frame in reach: the sentence stays with the current one
        if new:
            etype = info.etype or "attack"
            if cur is not None and origin == "day" and not info.decisive and not cur.background:
                etype = cur.type  # the same fighting on another day
            elif cur is not None and origin == "district" and not info.decisive and cur.type == "cross_border" \
                    and not cur.background and _same_country(cur, adm2, info):
                etype = cur.type  # "in Y district, three civilians died in a separate strike": the same raid elsewhere
            if cur is None and not info.decisive:
                # a round-up before the lead ("forces killed 123 militants in operations") types nothing
                etype = next((p.etype for p in reversed(preamble) if p.decisive and p.etype and not p.aggregate), etype)
            cur = Frame(etype, background=info.background, admin2=adm2, day=day, origin=origin,
                        parent=cur,
                        stated=info.statement_day())
            if not frames:
                cur.members.extend(p for p in preamble if not p.background)
                cur.stated = cur.stated or next((d for p in preamble if (d := p.statement_day())), None)
                if day is None and preamble and _THAT_INCIDENT.match(info.sent.text) and preamble[-1].has(*_OWN_VIOLENCE) \
                        and not preamble[-1].background and preamble[-1].event_day():
                    # "The road was closed on Friday after gunmen attacked a post. In that attack two died": its day
                    preamble[-1].occurred = True
                    # ... and its place: the nearest district told before ("the road through X was closed ...")
                    near = next((d for p in reversed(preamble) if not p.background and (d := district(p))), None)
                    if adm2 is None and near is not None and near.location.admin2:
                        cur.admin2, cur.admin1 = near.location.admin2, near.location.admin1
                # "The firing began on Thursday night. By the time it stopped, two soldiers lay dead"
                cur.day = cur.day or next((d for p in preamble if p.occurred and not p.background
                                           and (d := p.event_day())), None)
                # "The clashes erupted late on Monday near X in Y district. Two soldiers were killed.": Y's incident
                seen = next((d for p in preamble if p.occurred and not p.background and (d := district(p))), None)
                if adm2 is None and seen is not None and seen.location.admin2:
                    cur.admin2, cur.admin1 = seen.location.admin2, seen.location.admin1
            frames.append(cur)
        assert cur is not None
        cur.members.append(info)
        cur.triggers.append(info)
        cur.admin2 = cur.admin2 or adm2
        cur.admin1 = cur.admin1 or province(info)
        cur.day = day if (info.occurred and day) else (cur.day or day)
        cur.stated = cur.stated or info.statement_day()
    return _merge(frames)


def _same_country(cur: Frame, adm2: str | None, info: SentenceInfo) -> bool:
    """The sentence's district lies in the country of a place the frame's triggers name."""
    d = district(info)
    if d is None or adm2 is None:
        return False
    return any(p.location.country == d.location.country for t in cur.triggers for p in t.places)


_OTHER_SIDE = re.compile(r"\b(?:on\s+the\s+Afghan\s+side|across\s+the\s+border\s+in|inside\s+Afghanistan|"
                         r"Afghan\s+(?:officials|authorities)\s+said)\b", re.I)


def _other_side(info: SentenceInfo):
    """The Afghan district of a sentence telling the other side's losses (even a speaker's place)."""
    if not _OTHER_SIDE.search(info.sent.text):
        return None
    return next((p for p in info.places if p.location.country == "AF" and p.location.admin2), None)


_RETURN = re.compile(r"\s*(?:The|This|Thursday's|Friday's|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's)\s+"
                     r"(?:[\w\-]+\s+){0,2}?(?:attack|assault|ambush|bombing|blast|explosion|raid)\b")


def _back_to_lead(frames: list[Frame], cur: Frame | None, info: SentenceInfo) -> Frame | None:
    """The report's lead frame when a sentence refers to "the attack" right after an older incident
    (weeks before the lead's day) was told as background; else None."""
    if cur is None or info.background or info.days or not _RETURN.match(info.sent.text):
        return None
    lead = next((f for f in frames if not f.background), None)
    if lead is None or lead is cur or lead.type != "attack":
        return None
    known = _eff_day(lead)
    if cur.background:  # an undated flashback ("a bomb last year killed four")
        return lead if any(t.sent.index < info.sent.index for t in cur.triggers) else None
    return lead if known is not None and cur.day is not None and (known - cur.day).days > 7 else None


def _detail_home(frames: list[Frame], cur: Frame | None, info: SentenceInfo, adm2: str | None,
                 day: date | None) -> Frame | None:
    """An earlier frame of the same type in the district a figure-less trigger names, when the current frame is
    in another district and that frame knows no event day yet (or this one): the first incident's detail."""
    if cur is None or adm2 is None or cur.background or info.background or info.aggregate \
            or info.casualty_total() or info.has("new_incident") or _eff_admin2(cur) in (None, adm2):
        return None
    return _recent(frames, cur, lambda f: f.admin2 == adm2 and f.type == info.etype
                   and (f.day is None or day is None or f.day == day))


def _home_frame(frames: list[Frame], cur: Frame | None, info: SentenceInfo) -> Frame | None:
    """An earlier frame of the same report whose district a non-trigger sentence names, when the
    current frame is in another district (a lead that told two incidents, then details of the first)."""
    if cur is None or cur.background or info.background:
        return None
    d = district(info)
    where = _eff_admin2(cur)
    if d is None or where is None or d.location.admin2 == where:
        return None
    return _recent(frames, cur, lambda f: f.admin2 == d.location.admin2)


def _recent(frames: list[Frame], cur: Frame, ok) -> Frame | None:
    """The latest of the last eight frames (not `cur`) that `ok` accepts, looking back no further than a
    background frame (a flashback ends the incidents a later sentence can return to)."""
    for f in reversed(frames[-8:]):
        if f is cur:
            continue
        if f.background:
            return None
        if ok(f):
            return f
    return None


def _figures_of(info: SentenceInfo) -> dict[str, int]:
    return {k: max(t.total, sum(t.groups.values())) for k, t in info.tallies.items()
            if k in ("killed", "injured") and (t.total or t.groups)}


def _figure_twin(frames: list[Frame], cur: Frame | None, info: SentenceInfo) -> Frame | None:
    """The sibling frame (same lead sentence, other district) that already gives exactly this
    sentence's figures, when the current frame gives other figures."""
    mine = _figures_of(info)
    if cur is None or cur.background or not mine or cur.origin != "district" or not cur.triggers:
        return None
    lead = cur.triggers[0].sent.index

    def gives(f: Frame) -> bool:
        return any(_figures_of(t).get(k) == v for t in f.triggers for k, v in mine.items())

    if gives(cur):
        return None
    for f in frames:
        if f is not cur and not f.background and f.triggers and f.triggers[0].sent.index == lead and gives(f):
            return f
    return None


def _new_scene(cur: Frame, info: SentenceInfo) -> bool:
    """A sentence naming a district other than the frame's, on a day of its own."""
    d = district(info)
    where = _eff_admin2(cur)
    return d is not None and d.location.admin2 != where and not info.has("negation") and (
        info.event_day() is not None or relative_offset(info.sent.text) is not None)  # "on the same day"


def _eff_day(f: Frame | None) -> date | None:
    """The day a frame is about so far: its event day, else its statement day, else its parent's."""
    seen = 0
    while f is not None and seen < 50:
        if f.day or f.stated:
            return f.day or f.stated
        f, seen = f.parent, seen + 1
    return None


def _new_figure(cur: Frame, info: SentenceInfo) -> bool:
    """True when the sentence's death toll differs from every toll already in the frame."""
    k = info.tallies.get("killed")
    if k is None:
        return False
    mine = max(k.total, sum(k.groups.values()))
    tolls = [max(t.tallies["killed"].total, sum(t.tallies["killed"].groups.values()))
             for t in cur.triggers if "killed" in t.tallies]
    return bool(tolls) and mine not in tolls


def _rejoin(cur: Frame, info: SentenceInfo, adm2: str | None, day: date | None) -> Frame | None:
    """After a background passage, the earlier frame of the same type and district, if any."""
    if not adm2:
        return None
    f: Frame | None = cur.parent
    seen = 0
    while f is not None and seen < 50:
        if not f.background and f.admin2 == adm2 and (info.etype == f.type or not info.decisive) \
                and (day is None or _eff_day(f) in (None, day)):
            return f
        f, seen = f.parent, seen + 1
    return None


def _same_type_before(cur: Frame, info: SentenceInfo, adm2: str | None, day: date | None) -> Frame | None:
    """An earlier frame of the sentence's type, in its district and on its day (when it names them)."""
    f: Frame | None = cur.parent
    seen = 0
    while f is not None and seen < 50:
        if not f.background and f.type == info.etype and (adm2 is None or f.admin2 in (None, adm2)) \
                and (day is None or _eff_day(f) in (None, day) or (f.day is None and f.stated and day < f.stated)) \
                and ((said := info.statement_day()) is None or _eff_day(f) in (None, said)
                     or (f.day is None and f.stated and said < f.stated)):
            return f
        f, seen = f.parent, seen + 1
    return None


def _eff_admin2(f: Frame | None) -> str | None:
    """The district a frame is about: its own, else (split from another frame) its parent's."""
    seen = 0
    while f is not None and seen < 50:
        if f.admin2 or f.origin in ("lead", "aggregate", "background"):
            return f.admin2
        f, seen = f.parent, seen + 1
    return None


def _starts_new(cur: Frame | None, info: SentenceInfo, adm2: str | None, day: date | None) -> tuple[bool, str]:
    if cur is None:
        return True, "background" if info.background else "lead"
    if info.background:
        if cur.background and (adm2 is None or cur.admin2 in (None, adm2)):
            return False, ""
        return True, "background"
    if info.has("new_incident"):
        return True, "new"
    if info.update and not cur.background:
        where = _eff_admin2(cur)
        if not (adm2 and where and adm2 != where):
            return False, ""  # "the toll rose to 9 on Tuesday": the latest figure of this incident
    if info.has("attack") and _DAY_LEAD.match(info.sent.text) and not info.event_day():
        return True, "day"  # "a day earlier, gunmen had torched a school": another attack, another day
    if cur.background:
        if day is not None and cur.day is None and info.casualty_total() > 0:
            return True, "new"  # "On 14 May, gunmen killed four" after a dateless flashback there: an incident of its own
        if adm2 and cur.admin2 == adm2:
            return False, ""
        back = _rejoin(cur, info, adm2, day)
        if back is not None:
            return False, "rejoin"
        return (True, "new") if (adm2 or (day and info.casualty_total() > 0)) else (False, "")
    where = _eff_admin2(cur)
    if adm2 and where and adm2 != where:
        return True, "district"
    if info.pk_strike and cur.type == "cross_border" and adm2 and not any(t.pk_strike for t in cur.triggers) \
            and any(t.af_state for t in cur.triggers):
        return True, "district"  # the Afghan side's fire told first, then Pakistan's fire into a named Afghan district
    prov = province(info)
    if prov and cur.admin1 and prov != cur.admin1:
        return True, "district"
    known = _eff_day(cur)
    if day and known and day > known and cur.type == "cross_border" and _FIRE.search(info.sent.text) \
            and not _overnight(info, day, known):
        return True, "day"  # "firing went on into Sunday"
    if day and known and day < known and _cause_only(cur):
        return False, ""  # the fire that closed the crossing, now told on its own earlier day
    if day and known and day != known and info.casualty_total() > 0:
        # an event day before the day the news was only stated is the same incident
        # ("The number killed rose to 12 on Wednesday. Two civilians also died in Tuesday's blast": told after its update)
        if not (cur.day is None and known == cur.stated and day < known) \
                and not (day < known and all(t.update for t in cur.triggers)):
            return True, "day"
    if day and known and abs((day - known).days) > 1 and info.has("attack") and info.event_day() == day \
            and cur.day is not None:
        return True, "day"  # "on March 2, a man was gunned down there too": another day, another attack
    said = info.statement_day()
    if not day and said and cur.day and said != cur.day and _new_figure(cur, info) and not added_figure(info.sent.text):
        return True, "day"
    if info.etype == "attack" and cur.type == "security_operation" and not cur.background \
            and (not info.casualty_total() and _RETURN_FIRE.search(info.sent.text) or during_operation(info.sent.text)) \
            and day in (None, _eff_day(cur)):
        return False, ""  # "the militants opened fire on the team and were killed in the return fire": the operation
    if info.decisive and info.etype != cur.type and not info.aggregate and not shells_landed(cur.type, info):
        if _same_type_before(cur, info, adm2, day) is not None:
            return False, "rejoin"  # back to the operation told first, after the attack it ended
        return True, "type"
    return False, ""


def _merge(frames: list[Frame]) -> list[Frame]:
    """Frames of one type, district and day are one event (unless they name different places)."""
    out: list[Frame] = []
    by_area: dict[tuple[str, str], list[Frame]] = {}
    for f in frames:
        twin = None
        if not f.background and f.admin2:
            for g in by_area.get((f.type, f.admin2), [])[-20:]:  # the latest few: bounded work
                if (g.day is None or f.day is None or g.day == f.day) and (_only_aggregate(g) or _only_aggregate(f)):
                    twin = g
                    break
        if twin is None:
            out.append(f)
            if not f.background and f.admin2:
                by_area.setdefault((f.type, f.admin2), []).append(f)
            continue
        twin.members.extend(f.members)
        twin.triggers.extend(f.triggers)
        twin.day = twin.day or f.day
        if twin.origin == "aggregate":
            twin.origin = f.origin
    return out


def _only_aggregate(f: Frame) -> bool:
    return f.origin == "aggregate" and all(t.aggregate for t in f.triggers)
