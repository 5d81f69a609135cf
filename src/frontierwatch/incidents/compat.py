"""The merge rule: can two reports (events) be one incident, and how well do they agree."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from ..errors import InputError
from ..records import Event
from .config import ResolveConfig
from .sides import facing
from .when import NO_HINTS, DayHints, allows_day, day_hints, hints_agree

_COMPAT_FILE = "incident_compat.tsv"
_DETAIL_FIELDS = ("perpetrator", "tactic", "target")
_UNTIL_ACTIONS = frozenset({"deadline", "extension"})


@dataclass(slots=True)
class Report:
    """One event with what the merge rule needs to know about its source."""

    key: str  # "<doc_id>#<seq>", the event's id in the store
    event: Event
    doc_id: str
    published: date | None = None
    outlet: str | None = None
    known_at: str | None = None  # ISO timestamp the event became known (store ingested_at)
    _hints: DayHints | None = field(default=None, repr=False, compare=False)  # cache of `hints`

    @property
    def hints(self) -> DayHints:
        """Weekdays/month-days the evidence names; only an undated report's are used (else none)."""
        if self._hints is None:
            self._hints = NO_HINTS if self.day is not None else day_hints(e.text for e in self.event.evidence)
        return self._hints

    @property
    def day(self) -> date | None:
        """The event's date as a date (None when unknown or malformed)."""
        return parse_day(self.event.date)


def parse_day(value: object) -> date | None:
    """YYYY-MM-DD (or a date) to a date; None for anything else."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


@lru_cache(maxsize=1)
def load_compat() -> dict[str, dict[str, frozenset[str]]]:
    """field -> value -> the families it belongs to, from data/lexicons/incident_compat.tsv."""
    path = resources.files("frontierwatch") / "data" / "lexicons" / _COMPAT_FILE
    out: dict[str, dict[str, set[str]]] = {}
    seen: set[tuple[str, str]] = set()
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    for n, row in enumerate(csv.reader(lines[1:], delimiter="\t"), 2):
        if len(row) != 3 or not all(c.strip() for c in row):
            raise InputError(str(path), f"line {n}: need field, family and values")
        fld, fam, values = (c.strip() for c in row)
        if (fld, fam) in seen:
            raise InputError(str(path), f"line {n}: duplicate family {fld}/{fam}")
        seen.add((fld, fam))
        for v in (v.strip() for v in values.split(",")):
            if not v:
                raise InputError(str(path), f"line {n}: empty value")
            out.setdefault(fld, {}).setdefault(v, set()).add(fam)
    return {f: {v: frozenset(s) for v, s in d.items()} for f, d in out.items()}


def values_compatible(field_name: str, a: str | None, b: str | None) -> bool:
    """No contradiction: one unknown, equal, or sharing a family in the compat table."""
    if a is None or b is None or a == b:
        return True
    fams = load_compat().get(field_name, {})
    return bool(fams.get(a, frozenset()) & fams.get(b, frozenset()))


def _level(e: Event) -> int:
    """How precisely an event is placed: 0 nothing, 1 country, 2 province, 3 district."""
    return 3 if e.admin2 else 2 if e.admin1 else 1 if e.country else 0


def places_compatible(a: Event, b: Event, cfg: ResolveConfig) -> bool:
    """Same place: no contradiction at any level; a precision gap only above a shared province."""
    for f in ("country", "admin1", "admin2", "crossing"):
        va, vb = getattr(a, f), getattr(b, f)
        if va is not None and vb is not None and _norm(va) != _norm(vb):
            return False
    la, lb = _level(a), _level(b)
    return la == lb or min(la, lb) >= cfg.min_shared_level_for_mismatch


def _window(r: Report, cfg: ResolveConfig) -> tuple[date, date] | None:
    """Days the event may have happened on: its date ± 0, or the days before publication."""
    d = r.day
    if d is not None:
        return d, d
    if r.published is not None:
        return r.published - timedelta(days=cfg.undated_window_days), r.published
    return None


def dates_compatible(a: Report, b: Report, cfg: ResolveConfig, linked: bool) -> bool:
    """Dates at most the type's tolerance apart; undated reports by their publication window."""
    tol = timedelta(days=cfg.tolerance(a.event.type))
    da, db = a.day, b.day
    if da is not None and db is not None:
        return abs(da - db) <= tol
    if linked:
        return True
    wa, wb = _window(a, cfg), _window(b, cfg)
    if wa is None or wb is None:
        return cfg.merge_undated
    if da is not None:  # dated a vs undated b: a's day inside b's window (never after b's publication)
        return wb[0] - tol <= da <= wb[1]
    if db is not None:
        return wa[0] - tol <= db <= wa[1]
    return wa[0] <= wb[1] and wb[0] <= wa[1]


def day_hints_compatible(a: Report, b: Report, cfg: ResolveConfig) -> bool:
    """An undated report naming a weekday or a month-day ('on Saturday', 'since May 4') cannot be
    another report's day unless one named day is within the type's tolerance of a day the other
    may have (its date, or the days before its publication), nor another undated report's named day."""
    tol = cfg.tolerance(a.event.type)
    if a.day is not None and b.day is not None or {a.event.action, b.event.action} & _UNTIL_ACTIONS:
        return True  # a deadline's named days are its end, which `until` already compares
    for x, y in ((a, b), (b, a)):
        w = _window(y, cfg)
        if x.day is None and w is not None:
            days = (w[0] + timedelta(days=n) for n in range((w[1] - w[0]).days + 1))
            if not any(allows_day(x.hints, d, tol) for d in days):
                return False
    return a.day is not None or b.day is not None or hints_agree(a.hints, b.hints, tol)


def _killed_total(e: Event) -> int | None:
    return e.killed.total() if e.killed is not None else None


def agreement(a: Event, b: Event) -> float:
    """How many details both reports give and agree on (ties between candidates are broken by it)."""
    s = 0.0
    if a.date and a.date == b.date:
        s += 1.0
    if a.admin2 and a.admin2 == b.admin2:
        s += 1.0
    if a.place and b.place and _place_overlap(a.place, b.place):
        s += 1.0
    for f in _DETAIL_FIELDS + ("claimed_by", "crossing", "status", "action", "until"):
        va, vb = getattr(a, f), getattr(b, f)
        if va is not None and va == vb:
            s += 0.5
    if a.parties and b.parties and sorted(a.parties) == sorted(b.parties):
        s += 0.5
    ka, kb = _killed_total(a), _killed_total(b)
    if ka is not None and kb is not None:
        s += 1.0 if ka == kb else 0.25
    for f in ("injured", "abducted", "arrested", "count"):
        va, vb = getattr(a, f), getattr(b, f)
        if va is not None and va == vb:
            s += 0.5
    return s


def _norm(v: str) -> str:
    return " ".join(v.lower().replace(".", " ").split())


_PLACE_STOP = frozenset("the near outside in at of area border crossing district tehsil village town city "
                        "police station post check road main".split())


def _place_words(p: str) -> set[str]:
    return {w for w in _norm(p).replace(",", " ").replace("-", " ").split() if w not in _PLACE_STOP and len(w) > 2}


def _place_overlap(a: str, b: str) -> bool:
    return bool(_place_words(a) & _place_words(b))


def places_disagree(a: Event, b: Event) -> bool:
    """Both name a place below their district/province and the names share no word."""
    admin = set()
    for e in (a, b):
        for v in (e.admin1, e.admin2, e.country):
            if v:
                admin |= _place_words(v)
    wa, wb = _place_words(a.place or "") - admin, _place_words(b.place or "") - admin
    return bool(wa and wb and not wa & wb)


def has_shared_detail(a: Event, b: Event) -> bool:
    """Whether two reports agree on something beyond type and area (needed for undated pairs)."""
    if a.place and b.place and _place_overlap(a.place, b.place):
        return True
    for f in _DETAIL_FIELDS + ("crossing", "count", "injured", "abducted"):
        va, vb = getattr(a, f), getattr(b, f)
        if va is not None and va == vb:
            return True
    ua, ub = parse_day(a.until), parse_day(b.until)
    if ua and ub and abs(ua - ub) <= timedelta(days=1):
        return True
    if a.parties and b.parties and sorted(a.parties) == sorted(b.parties):
        return True
    ka, kb = _killed_total(a), _killed_total(b)
    return ka is not None and ka == kb


def specific_agreement(a: Event, b: Event) -> bool:
    """Whether two reports share a specific fact (a named place, a figure), not just a kind of attack."""
    if a.place and b.place and _place_overlap(a.place, b.place):
        return True
    for f in ("injured", "abducted", "arrested", "count"):
        va, vb = getattr(a, f), getattr(b, f)
        if va is not None and va == vb:
            return True
    ka, kb = _killed_total(a), _killed_total(b)
    return ka is not None and ka > 0 and ka == kb


def soft_conflicts(a: Event, b: Event, fields: tuple[str, ...]) -> int:
    """How many of `fields` both reports give with different (but compatible) values, 'other' aside."""
    n = 0
    for f in fields:
        va, vb = getattr(a, f), getattr(b, f)
        if va is not None and vb is not None and va != vb and "other" not in (va, vb):
            n += 1
    return n


def _same_deadline(a: Event, b: Event, cfg: ResolveConfig) -> bool:
    """Two refugee deadlines/extensions ending on the same day (within the date tolerance)."""
    if a.type != "refugees" or a.action not in _UNTIL_ACTIONS or a.action != b.action:
        return False
    ua, ub = parse_day(a.until), parse_day(b.until)
    return bool(ua and ub and abs(ua - ub) <= timedelta(days=cfg.date_tolerance_days))


def _other_side(a: Report, b: Report, cfg: ResolveConfig) -> bool:
    """A cross-border strike told from each side: facing areas, both dated, a shared figure."""
    ea, eb = a.event, b.event
    return (cfg.cross_border_facing_sides and ea.type == "cross_border" and ea.country != eb.country
            and a.day is not None and b.day is not None and facing(ea, eb) and specific_agreement(ea, eb))


def _same_clash(a: Report, b: Report) -> bool:
    """A cross-border clash placed at most in its country ("Afghan forces killed 19 Pakistani soldiers") and one
    placed more precisely, the same day, fired by the same side: one clash told twice."""
    ea, eb = a.event, b.event
    return (ea.type == "cross_border" and (ea.country is None or eb.country is None or ea.country == eb.country)
            and min(_level(ea), _level(eb)) <= 1 and a.day is not None and a.day == b.day
            and ea.perpetrator is not None and ea.perpetrator == eb.perpetrator)


def compatible(a: Report, b: Report, cfg: ResolveConfig, linked: bool = False,
               similarity: float | None = None, story_gate: bool = True) -> bool:
    """Whether two reports from different documents may be the same incident (the merge rule).

    `linked`: the documents are near-duplicates (undated reports then merge freely, unless their
    publications are more than undated_window_days apart);
    `similarity`: their content-word Jaccard when both texts are known (gates undated pairs);
    `story_gate=False` skips that gate (the caller then judges the story of whole groups).
    """
    ea, eb = a.event, b.event
    if a.doc_id == b.doc_id or ea.type != eb.type:
        return False
    if linked and a.published and b.published and abs(a.published - b.published).days > cfg.undated_window_days:
        linked = False  # the same wording published weeks apart is a template or a rerun, not a wire copy
    if not places_compatible(ea, eb, cfg) and not _other_side(a, b, cfg) and not _same_clash(a, b):
        return False
    if ea.type == "border_crossing" and (ea.crossing != eb.crossing or ea.status != eb.status):
        return False
    if ea.type in ("refugees", "diplomacy"):
        if ea.action != eb.action and not values_compatible("action", ea.action, eb.action):
            return False
        if ea.parties and eb.parties and sorted(ea.parties) != sorted(eb.parties):
            return False
        ua, ub = parse_day(ea.until), parse_day(eb.until)
        if ua and ub and abs(ua - ub) > timedelta(days=cfg.date_tolerance_days):
            return False
    for f in cfg.hard_fields:
        if not values_compatible(f, getattr(ea, f), getattr(eb, f)):
            return False
    if (soft_conflicts(ea, eb, cfg.soft_fields) >= cfg.soft_conflict_limit
            and not linked and not specific_agreement(ea, eb)):
        return False
    if not dates_compatible(a, b, cfg, linked):
        return False
    if _same_deadline(ea, eb, cfg):
        return True  # a deadline or extension is identified by its end date: no story check needed
    if cfg.use_day_hints and not day_hints_compatible(a, b, cfg):
        return False
    if not linked and (a.day is None or b.day is None):
        if cfg.undated_places_must_agree and places_disagree(ea, eb):
            return False
        if similarity is not None:
            return not story_gate or similarity >= cfg.undated_min_similarity
        if cfg.undated_needs_detail:
            return has_shared_detail(ea, eb)
    return True
