"""Where a violence event happened: a frame's body places first, then the headline, a road named after
towns, an officer's district, the dateline; a frame with no place of its own takes its parent's area.

Pure functions over frames and sentence features (events.py builds the event around them).
"""
from __future__ import annotations

import re

from ..errors import FrontierwatchError
from ..records import Event, Location, PlaceMatch
from .mentions import SentenceInfo
from .scene import district, on_road, scene_places, title_after
from .segment import Frame
from .state_fire import PK_POSTS_HIT


def take_place(ev: Event, other: Event) -> None:
    """Give an event another event's location (the text says it happened at the same place)."""
    loc = area_location(other)
    ev.country, ev.admin1, ev.admin2 = loc.country, loc.admin1, loc.admin2
    ev.lat, ev.lon, ev.geo_precision = loc.lat, loc.lon, loc.precision
    ev.place = other.place


_LOCAL_NAME = re.compile(r"\b(?:general\s+)?(?:area|village|town|tehsil|locality|neighbourhood|neighborhood)\s+(?:of\s+)?"
                         r"[A-Z][\w'’\-]+|\b[A-Z][\w'’\-]+\s+(?:area|village|town|tehsil|locality)\b")


def _same_area(f: Frame) -> bool:
    """May a frame that names no known place take its parent's district? Yes when it is the same
    incident (a counter-operation, the fighting on the next day) or names a local place the
    gazetteer does not know ("in general area Maddi"); otherwise that would be a guess."""
    if f.origin in ("type", "day"):
        return True
    return any(_LOCAL_NAME.search(s.sent.text) for s in f.triggers)


def area_location(ev: Event) -> Location:
    """The district (else province, else country) of an earlier event, with the gazetteer's point."""
    for name in (ev.admin2, ev.admin1):
        if not name:
            continue
        try:
            from .. import geo

            loc = geo.lookup(name)
        except (ImportError, FrontierwatchError):
            loc = None
        if loc is not None and loc.country == ev.country and (loc.admin2 or None) == (ev.admin2 if name == ev.admin2
                                                                                         else None):
            return Location(ev.country, ev.admin1, loc.admin2, None, loc.lat, loc.lon, loc.precision)
    return Location(ev.country, ev.admin1, ev.admin2, None, None, None, 2 if ev.admin2 else 3 if ev.admin1 else 4)


_IN_BEFORE = re.compile(r"\b(?:in|at|near|inside)\s+(?:the\s+)?$", re.I)


def _located_in(infos: list[SentenceInfo], admin1: str) -> bool:
    """True when a sentence places its scene in the province ("in Kabul, ..."), not "concerns with Kabul"."""
    for s in infos:
        for p in s.places:
            rel = p.start - s.sent.start
            if p.location.admin1 == admin1 and _IN_BEFORE.search(s.sent.text, max(0, rel - 12), rel):
                return True
    return False


def _best_place(infos: list[SentenceInfo], admin2: str | None) -> PlaceMatch | None:
    """The first district-or-finer place (of the given district, if any) in these sentences."""
    for s in infos:
        if admin2:
            for p in s.places:
                if p.location.admin2 == admin2:
                    return p
            continue
        d = district(s)
        if d is not None:
            return d
    return None


def _coarse_place(infos: list[SentenceInfo], country: str | None = None) -> PlaceMatch | None:
    """The most precise place (town > province > country) named in these sentences (in that country)."""
    best = None
    for s in infos:
        for p in scene_places(s):
            if p.location.country in ((country,) if country else ("PK", "AF")) and (best is None or p.location.precision < best.location.precision):
                best = p
    return best


def frame_location(f: Frame, title: SentenceInfo | None, dl: Location | None,
              parent: Event | None) -> tuple[Location | None, str | None]:
    """(location, place text) of a frame; the body's own places first, then headline, dateline."""
    live = [m for m in f.members if not m.background]
    if f.origin == "aggregate" and f.admin1 and not f.admin2:  # one of several provinces named together
        mine = [p for s in f.triggers for p in scene_places(s) if p.location.admin1 == f.admin1]
        if mine:
            p = min(mine, key=lambda p: p.location.precision)
            return p.location, (p.location.place or p.surface) if p.location.precision == 1 else None
    best = _best_place(f.triggers, f.admin2)
    if best is None:
        best = _best_place(live, f.admin2)
        if best is not None and f.admin1 and not f.admin2 and best.location.admin1 != f.admin1 \
                and _located_in(f.triggers, f.admin1):
            best = None  # "Meanwhile in Kabul, a bomb ...": a district told only in other sentences, in another province
    if best is not None and f.admin2 is None and _best_place(f.triggers, None) is None:
        told = _coarse_place(f.triggers)  # "strikes in Afghanistan's Khost province": not a district across the border
        if told is not None and told.location.precision == 3 and told.location.admin1 != best.location.admin1:
            best = None
    if best is not None and best.location.country != "AF" and any(s.pk_strike for s in f.triggers):
        # "strikes inside Afghanistan's X, after attacks in Y": a strike on Afghan soil is located there
        across = _coarse_place([s for s in f.triggers if s.pk_strike], "AF")
        if across is not None and across.location.precision == 3:
            # "... inside Afghanistan's X province. The targets in Y district were ...": Y, in X
            across = next((p for s in live for p in s.places if p.location.admin1 == across.location.admin1
                           and p.location.admin2 and p.location.country == "AF"), across)
        if across is not None:
            loc = across.location
            return loc, (loc.place or across.surface) if loc.precision == 1 else None
    if f.type == "cross_border" and (best is None or best.location.country != "PK") \
            and any(s.af_state and PK_POSTS_HIT.search(s.sent.text) for s in f.triggers):
        # "Afghan forces targeted Pakistani posts opposite X ... posts in Y were destroyed": it hit Pakistan, at Y
        best = next((p for s in f.triggers + live for p in scene_places(s) if p.location.country == "PK"
                     and p.location.admin2 and p.location.precision <= 2), best)
    if best is None and title is not None:
        best = _best_place([title], None)
    if best is None and (road := _road_place(f.triggers)) is not None:
        return road  # "a bomb went off on the Mastung-Kalat road": the district of the road's first town
    if best is None:
        coarse = _coarse_place(f.triggers) or _coarse_place(live) or (
            _coarse_place([title]) if title is not None else None)
        if (coarse is None or coarse.location.precision >= 4) and parent is not None and parent.country \
                and (coarse is None or coarse.location.country == parent.country) and _same_area(f):
            return area_location(parent), None
        if coarse is None and dl is not None:
            return dl, None
        if coarse is not None and dl is not None and dl.admin1 == coarse.location.admin1 and dl.admin2 \
                and coarse.location.precision >= 3 and title is not None:
            return dl, None
        if coarse is None:
            return None, None
        fine_place = coarse.location.place or coarse.surface if coarse.location.precision == 1 else None
        if coarse.location.precision <= 3 and (seat := _jurisdiction(f.triggers + live, coarse.location.admin1)):
            # "near the airport, said the SSP of Malir": the officer's district holds the scene
            loc = seat.location
            return Location(loc.country, loc.admin1, loc.admin2, fine_place, coarse.location.lat, coarse.location.lon,
                            coarse.location.precision if fine_place else 2), fine_place
        return coarse.location, fine_place
    loc = best.location
    place = None
    fine = [p for s in f.triggers + live for p in s.places
            if p.location.precision == 1 and p.location.admin2 == loc.admin2 and p.location.admin2]
    if loc.precision == 1:
        place = loc.place or best.surface
    elif fine:
        place = fine[0].location.place or fine[0].surface
        loc = fine[0].location
    return loc, place


_OFFICER_BEFORE = re.compile(r"\b(?:SSP|SP|DPO|SHO|DC|Superintendent\s+of\s+Police|Police\s+Officer|"
                             r"Deputy\s+Commissioner)(?:\s+of)?\s+$")


def _jurisdiction(infos: list[SentenceInfo], admin1: str | None) -> PlaceMatch | None:
    """A district named only in a local officer's title ("SSP Malir", "the Kech DPO"), in the province."""
    for s in infos:
        for p in s.places:
            loc = p.location
            if not loc.admin2 or loc.precision != 2 or (admin1 and loc.admin1 != admin1):
                continue
            rel = p.start - s.sent.start
            if _OFFICER_BEFORE.search(s.sent.text, max(0, rel - 40), rel) or \
                    title_after(s.sent.text, p.end - s.sent.start):
                return p
    return None


_ROAD_NAME = re.compile(r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s*[-–]\s*[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+"
                        r"(?:road|highway|motorway|bypass|expressway)\b", re.I)


def _road_place(infos: list[SentenceInfo]) -> tuple[Location, str] | None:
    """(location, road name) when the only scene is a road named after towns ("on the Mastung-Kalat road"):
    the first town's district; None when no such road is named."""
    for s in infos:
        for p in s.places:
            if p.location.admin2 and p.location.precision <= 2 and on_road(s.sent.text, p, s.sent.start):
                m = _ROAD_NAME.match(s.sent.text, p.start - s.sent.start)
                if m is not None:  # the place begins the road's name: the road runs from there
                    loc = p.location
                    return Location(loc.country, loc.admin1, loc.admin2, None, loc.lat, loc.lon, 2), m.group(0)
    return None
