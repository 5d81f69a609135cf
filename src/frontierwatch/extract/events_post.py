"""Event-level passes after building: merge echoes and repeats so one incident is one event.

Pure functions over a document's violence events (events.py builds them from frames).
"""
from __future__ import annotations

import re

from ..records import Event

_AERIAL = ("drone_strike", "air_strike")
# the Afghan state's armed forces named (not "the Afghan Taliban condemned the attack")
_AF_FORCES = re.compile(r"\b(?:forces|troops|soldiers|guards)\s+of\s+the\s+Islamic\s+Emirate\b|\b(?:Afghan|Taliban|"
                        r"Islamic\s+Emirate)\s+(?:Taliban\s+)?(?:border\s+)?(?:forces|troops|guards|soldiers)\b", re.I)


def state_attacks(events: list[Event]) -> list[Event]:
    """An "attack" by a state's forces is a cross-border clash: the Afghan Taliban's forces (named as forces) firing on
    Pakistan's posts, or an unclaimed drone/air strike on Afghan soil (only states strike from the air
    there, and Pakistan's are the ones reported)."""
    for e in events:
        if e.type != "attack" or e.claimed_by is not None:
            continue
        if e.perpetrator == "TTA" and e.country in (None, "PK") and any(_AF_FORCES.search(v.text) for v in e.evidence):
            e.type, e.target = "cross_border", None
            e.tactic = e.tactic or "armed_assault"  # forces firing on posts, no weapon named
        elif e.perpetrator is None and e.country == "AF" and e.tactic in _AERIAL:
            e.type, e.target, e.perpetrator = "cross_border", None, "PK_SF"
    return events


def drop_echoes(events: list[Event], echoes: set[int]) -> list[Event]:
    """A headline-only event with no day of its own is the body's report of the same type and district."""
    out = []
    for e in events:
        body = [o for o in events if id(o) not in echoes and o.type == e.type and o.admin2 == e.admin2] \
            if id(e) in echoes and e.admin2 else []
        if body:
            body[0].evidence = e.evidence + body[0].evidence
            continue
        out.append(e)
    return out


def fold_into_clash(events: list[Event]) -> list[Event]:
    """An attack with no deaths by no named group in a district, on the day a cross-border clash hit
    that district, is part of the clash ("posts in X also came under fire"): its place goes to the clash."""
    clashes = {(e.admin2, e.date): e for e in events if e.type == "cross_border" and e.admin2 and e.date}
    out = []
    for e in events:
        c = clashes.get((e.admin2, e.date)) if e.type == "attack" else None
        if c is None or e.perpetrator is not None or e.claimed_by is not None or e.killed.total():
            out.append(e)  # a deadly attack there that day may be the militants' own (told apart)
            continue
        c.evidence.extend(e.evidence)
        c.place = c.place or e.place
        c.injured = c.injured or e.injured
    return out


def dedupe(events: list[Event]) -> list[Event]:
    """Drop an event that repeats another's type, district, place and day with no figure of its own."""
    out: list[Event] = []
    seen: dict[tuple, Event] = {}
    for e in events:
        key = (e.type, e.admin2, e.place, e.date)
        twin = seen.get(key) if e.admin2 else None
        if twin is not None:
            twin.evidence.extend(e.evidence)
            if twin.killed.total() is None:
                twin.killed = e.killed
            twin.injured = twin.injured or e.injured
            continue
        seen.setdefault(key, e)
        out.append(e)
    return _fold_placeless(out)


_GROUPS = ("security_forces", "civilians", "militants", "unspecified")


# "In a second operation ...", "Separately, ...", "four more terrorists", "a fresh attack": told as another incident
_ANOTHER = re.compile(r"\b(?:another|second|third|fourth|separately|separate|fresh|(?<!no\s)more(?!\s+than\b))\b", re.I)


def _another(e: Event) -> bool:
    """True when the event's own sentences mark it as another incident than one told before."""
    return any(_ANOTHER.search(v.text) for v in e.evidence)


def _fold_placeless(events: list[Event]) -> list[Event]:
    """Drop a placeless event ("troops killed five of them a day later") whose type, district, day, every dead
    figure and its injured/abducted another event of the same report repeats with its place (the raid told in
    full); never one marked as another incident ("a second operation", "separately", "four more")."""
    out: list[Event] = []
    for e in events:
        full = None if e.place is not None or not e.admin2 or e.killed.total() is None or _another(e) else next(
            (t for t in events if t is not e and t.place is not None and (t.type, t.admin2, t.date) == (e.type, e.admin2, e.date)
             and all(getattr(e.killed, g) in (None, getattr(t.killed, g)) for g in _GROUPS)
             and e.injured in (None, t.injured) and e.abducted in (None, t.abducted)), None)
        if full is None:
            out.append(e)
        else:
            full.evidence.extend(x for x in e.evidence if x not in full.evidence)
    return out


# a firing's two sides named in the sentence ("on the X side", "across the line/border", "an exchange of fire")
_SIDES = re.compile(r"\b(?:side|across\s+the\s+(?:line|border|frontier|Durand\s+Line)|exchange\s+of\s+fire|"
                    r"exchanged\s+fire|traded\s+fire|firing|shelling|shells)\b", re.I)
_FIRE_TACTICS = (None, "armed_assault", "shelling", "rocket_mortar")


def both_sides(events: list[Event]) -> list[Event]:
    """One sentence telling a firing's dead on each side of the border ("two soldiers lay dead on the X side and
    three civilians were killed across the line in Y"): each country's toll is its own cross-border event, not an
    attack (a bombing or raid, with a weapon of its own, stays an attack)."""
    for a, b in zip(events, events[1:]):
        if a.type != "attack" or b.type != "attack" or {a.country, b.country} != {"PK", "AF"}:
            continue
        if any(e.perpetrator or e.claimed_by or e.tactic not in _FIRE_TACTICS or not e.killed.total() for e in (a, b)):
            continue
        shared = {(v.start, v.end) for v in a.evidence} & {(v.start, v.end) for v in b.evidence}
        if shared and any(v.start >= 0 and (v.start, v.end) in shared and _SIDES.search(v.text) for v in a.evidence):
            for e in (a, b):  # small-arms fire across the line has no tactic of its own; shells keep theirs
                e.type, e.target, e.tactic = "cross_border", None, None if e.tactic == "armed_assault" else e.tactic
    return events
