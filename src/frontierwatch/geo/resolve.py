"""Resolve one place mention to a Location: exact key, alias, trimmed form, scan, then strict fuzzy.

Unknown names give None, never a guess. Context (a sentence or document) only breaks ties
between entries that share a name; it never turns an unknown name into a known one.
"""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from ..records import Location
from .gazetteer import Candidate, gazetteer, normalise
from .scan import Hints, choose, context_hints, hints_of, merged, raw_matches

# A fuzzy hit needs this rapidfuzz ratio (0-100) and a name of at least FUZZY_MIN_LEN characters.
# ratio is 2*matches/(len_a+len_b): 87 accepts one missing or extra letter from 7 letters up
# ("Lakki Marwath", "Charsaddah") and one wrong letter from 8 up ("Peshawer"), and rejects
# look-alike places ("Kohat"/"Kohlu" 60, "Mardan"/"Mardin" too short). Calibrated in tests.
FUZZY_CUTOFF = 87.0
FUZZY_MIN_LEN = 7

# trailing words that say what kind of unit was meant; they are dropped before lookup
_KIND_WORDS = {
    "district": "admin2", "districts": "admin2", "agency": "admin2", "province": "admin1",
    "city": "place", "town": "place", "village": "place", "area": "place", "areas": "place",
    "bazaar": "place", "cantonment": "place", "cantt": "place", "tehsil": "tehsil",
    "subdivision": "tehsil", "division": None, "region": None, "valley": None,
    "crossing": "crossing", "border": "crossing", "point": "crossing", "terminal": "crossing",
    "gate": "crossing",
}
_LEAD_WORDS = {"the", "near", "in", "at", "outside", "inside", "of", "from", "tribal", "merged", "former"}
_PART_WORDS = {"upper", "lower", "central", "north", "south", "east", "west", "northern", "southern",
               "eastern", "western"}


def _prefer(cands: tuple[Candidate, ...], level: str | None) -> tuple[Candidate, ...]:
    """Move candidates of `level` to the front (the name said "province", "district", ...)."""
    if level is None:
        return cands
    first = tuple(c for c in cands if c.level == level)
    return first + tuple(c for c in cands if c.level != level) if first else cands


@lru_cache(maxsize=65536)
def _candidates(key: str) -> tuple[Candidate, ...]:
    """Candidates for a normalised name, trying trimmed forms ("the Kurram agency", "Kohat's")."""
    g = gazetteer()
    cands = g.keys.get(key)
    if cands:
        return cands
    words = key.split()
    kind: str | None = None
    while words and words[0] in _LEAD_WORDS:
        words = words[1:]
    if words and words[-1] == "s" and len(words) > 1:  # possessive: "Kohat's"
        words = words[:-1]
    while len(words) > 1 and words[-1] in _KIND_WORDS:
        kind = kind or _KIND_WORDS[words[-1]]
        words = words[:-1]
        if " ".join(words) in g.keys:
            break
    k = " ".join(words)
    if k in g.keys:
        return _prefer(g.keys[k], kind)
    c = g.compact.get(k.replace(" ", ""))  # "Mirali", "Landikotal"
    if c:
        return _prefer(g.keys[c], kind)
    if len(words) > 1 and words[0] in _PART_WORDS:  # "Upper Mohmand" -> Mohmand
        k = " ".join(words[1:])
        if k in g.keys:
            return _prefer(g.keys[k], kind)
    return ()


@lru_cache(maxsize=1)
def _fuzzy_choices() -> tuple[str, ...]:
    g = gazetteer()
    # names that need context or are never scanned are too weak to be the answer to a misspelling
    return tuple(k for k, cands in g.keys.items()
                 if len(k) >= FUZZY_MIN_LEN and any(c.scan in ("", "cs") for c in cands))


@lru_cache(maxsize=8192)
def _fuzzy(key: str) -> str | None:
    """The one gazetteer key within FUZZY_CUTOFF of `key`, or None (also when two tie)."""
    if len(key) < FUZZY_MIN_LEN:
        return None
    hits = process.extract(key, _fuzzy_choices(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=3)
    if not hits:
        return None
    best = hits[0]
    if best[0][0] != key[0]:
        return None  # a different first letter is a different name more often than a typo
    rivals = [h for h in hits[1:] if h[1] >= best[1] - 2 and _loc_key(h[0]) != _loc_key(best[0])]
    return None if rivals else best[0]


def _loc_key(key: str) -> Location:
    return gazetteer().keys[key][0].location


def _hints(context: str) -> Hints | None:
    return context_hints(context) if context else None


def lookup(name: str, context: str = "") -> Location | None:
    """Resolve a place name (as written) to a Location, using `context` to break ties.

    Args:
        name (str): the mention, e.g. "Mir Ali", "D.I. Khan", "Khyber agency", "Nangrahar".
        context (str): the sentence or document around it (optional).
    Returns:
        The Location, or None when the name is not known (no guess).
    """
    if not isinstance(name, str):
        return None
    key = normalise(name)
    if not key:
        return None
    context = context if isinstance(context, str) else ""
    cands = _candidates(key)
    if not cands:
        loc = _scan_inside(name, context)
        if loc is not None:
            return loc
        fk = _fuzzy(key)
        if fk is None:
            return None
        cands = gazetteer().keys[fk]
    if len(cands) == 1:
        return cands[0].location
    return choose(cands, _hints(context)).location


def _scan_inside(name: str, context: str) -> Location | None:
    """A longer mention ("FC post, Turbat", "Karachi's Korangi area") resolved by its most precise
    known place name that has a district (ties: the first)."""
    matches, words = raw_matches(name)
    matches = [m for m in matches if m.candidates[0].location.precision < 4]
    if not matches:
        return None
    h = merged(hints_of(matches, words), _hints(context)) if any(len(m.candidates) > 1 for m in matches) else None
    locs = [choose(m.candidates, h).location for m in matches]
    return min(locs, key=lambda loc: (loc.admin2 is None, loc.precision))


def crossing(name: str, side: str = "PK") -> Location | None:
    """A border crossing by any of its names; the Pakistani side by default (per the GUIDE).

    Args:
        name (str): "Torkham", "Friendship Gate", "Chaman border", "Ghulam Khan crossing", ...
        side (str): "PK" or "AF".
    """
    if not isinstance(name, str):
        return None
    g = gazetteer()
    key = normalise(name)
    words = key.split()
    while len(words) > 1 and words[-1] in _KIND_WORDS:
        words = words[:-1]
    while len(words) > 1 and words[0] in _LEAD_WORDS:
        words = words[1:]
    info = g.crossings.get(" ".join(words)) or g.crossings.get(key)
    if info is None:  # a longer mention: "the Pak-Afghan Torkham border point"
        for m in raw_matches(name)[0]:
            info = g.crossings.get(normalise(m.surface))
            if info is not None:
                break
    if info is None:
        return None
    return info.af if side.upper() == "AF" else info.pk


def admin1_of(admin2: str) -> str | None:
    """The province of a district name or alias ("DI Khan" -> "Khyber Pakhtunkhwa", "Barmal" -> "Paktika")."""
    g = gazetteer()
    loc = g.admin2.get(admin2)
    if loc is None:
        cands = _candidates(normalise(admin2))
        # a Pakistani district (or alias), else an Afghan district listed in places.csv
        locs = [c.location for c in cands if c.level == "admin2"] or \
               [c.location for c in cands if c.location.admin2 and c.location.place is None]
        loc = locs[0] if locs else None
    return loc.admin1 if loc else None


def is_admin1(name: str) -> bool:
    """True when `name` (or an alias such as "KPK", "Nangrahar") is a province/territory."""
    g = gazetteer()
    if name in g.admin1:
        return True
    cands = g.keys.get(normalise(name), ())
    return any(c.level == "admin1" for c in cands)
