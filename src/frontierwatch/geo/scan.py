"""Find every known place name in a text (longest match first) and pick each one's meaning by context.

Scanning walks word tokens and looks phrases up in the gazetteer's key table (a token trie in
effect: `first_tokens` bounds the phrase length to try), so its cost grows with the text, not
with the number of names. No fuzzy matching here: scanning must not invent places.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from ..records import PlaceMatch
from .gazetteer import Candidate, Gazetteer, fold, gazetteer

_TOKEN = re.compile(r"[^\W_]+")
# what may sit between two words of one name: "D.I. Khan", "Dand-e-Patan", "Khyber  Pakhtunkhwa"
_GAP = re.compile(r"[\s.\-'\u2019\u2010\u2011]{1,3}")
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class Hints:
    """What the surrounding text says about where things are."""

    admin1: set[str] = field(default_factory=set)
    admin2: set[str] = field(default_factory=set)
    countries: Counter = field(default_factory=Counter)
    cues: set[str] = field(default_factory=set)


@dataclass(slots=True)
class RawMatch:
    """A phrase found in text with its possible meanings (best default first)."""

    start: int
    end: int
    surface: str
    candidates: tuple[Candidate, ...]


def _case_ok(surface: str, cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Keep candidates whose spelling rule the surface meets: proper-noun capital, or exact case."""
    flat = _SPACES.sub(" ", surface)
    # a short word in capitals is an acronym ("SWAT team", "TANK") unless listed as spelt
    shouting = len(flat) <= 4 and flat.isupper()
    out = []
    for c in cands:
        if c.scan == "no":
            continue
        if c.scan == "cs" or shouting:
            if flat in c.surfaces:
                out.append(c)
        elif flat[0].isupper() or flat[0].isdigit():
            out.append(c)
    return tuple(out)


_TOKEN_SPLIT = re.compile(r"([^\W_]+)")
_ASCII_SPLIT = re.compile(r"([A-Za-z0-9]+)")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _tokens(text: str) -> tuple[list[int], list[str]]:
    """Token bounds (token i spans bounds[2 * i]:bounds[2 * i + 1]) and folded tokens (`_TOKEN`, `fold`)."""
    ascii_words = text.isascii() or not any(c.isalnum() for c in set(_NON_ASCII.findall(text)))
    # without non-ASCII letters or digits the tokens are runs of [A-Za-z0-9] (a much faster class)
    if ascii_words:
        low = text.lower()
        if len(low) == len(text):
            # lower() keeps every ASCII letter or digit where it was and makes none (only cased
            # letters, all alphanumeric, could): the same bounds, and the tokens come out folded
            parts = _ASCII_SPLIT.split(low)
            return list(accumulate(map(len, parts))), parts[1::2]
    parts = (_ASCII_SPLIT if ascii_words else _TOKEN_SPLIT).split(text)
    bounds = list(accumulate(map(len, parts)))
    raw = parts[1::2]
    if not raw:
        return bounds, []
    # lower() maps each character on its own (a final sigma stays final: tokens are space-separated)
    words = " ".join(raw).lower().split(" ")
    if not ascii_words:
        words = [w if w.isascii() else fold(w) for w in words]
    return bounds, words


_SECONDS: dict[int, tuple[Gazetteer, dict[str, frozenset[str]]]] = {}


def _second_tokens(g: Gazetteer) -> dict[str, frozenset[str]]:
    """First token -> the second tokens of its longer keys and stop phrases (lets a scan skip the
    phrase tries at a word no longer name goes on from); built once per gazetteer."""
    hit = _SECONDS.get(id(g))
    if hit is None or hit[0] is not g:
        hit = _SECONDS[id(g)] = (g, _build_seconds(g))
    return hit[1]


def _build_seconds(g: Gazetteer) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for k in (*g.keys, *g.stops):
        parts = k.split()
        if len(parts) > 1:
            out.setdefault(parts[0], set()).add(parts[1])
    return {k: frozenset(v) for k, v in out.items()}


def raw_matches(text: str, g: Gazetteer | None = None) -> tuple[list[RawMatch], list[str]]:
    """All leftmost-longest name matches in `text`, and the lower-cased tokens (for cues)."""
    g = g or gazetteer()
    bounds, words = _tokens(text)
    first, keys, stops = g.first_tokens, g.keys, g.stops
    seconds = _second_tokens(g)
    out: list[RawMatch] = []
    n = len(words)
    nxt = 0  # the first token not inside a name (or stop phrase) found already
    for i in [i for i, w in enumerate(words) if w in first]:
        if i < nxt:
            continue
        maxlen = first[words[i]]
        limit = 1
        if maxlen > 1 and (i + 1 >= n or words[i + 1] not in seconds.get(words[i], ())):
            maxlen = 1  # no longer key or stop phrase goes on with the next word: only this word can match
        # how far a name may extend from here without crossing punctuation
        while limit < maxlen and i + limit < n and _GAP.fullmatch(text, bounds[2 * (i + limit) - 1], bounds[2 * (i + limit)]):
            limit += 1
        step = 1
        for length in range(limit, 0, -1):
            key = " ".join(words[i:i + length]) if length > 1 else words[i]
            if key in stops:
                step = length
                break
            cands = keys.get(key)
            if cands:
                start, end = bounds[2 * i], bounds[2 * (i + length) - 1]
                surface = text[start:end]
                cands = _case_ok(surface, cands)
                if cands:
                    out.append(RawMatch(start, end, surface, cands))
                    step = length
                    break
        nxt = i + step
    return out, words


def hints_of(matches: list[RawMatch], words: list[str], g: Gazetteer | None = None) -> Hints:
    """Context from the unambiguous matches, country names and cue words of a text."""
    g = g or gazetteer()
    h = Hints()
    for m in matches:
        # a province name whose other readings are context-only and ranked below it (Khost: the
        # Harnai town, prio -1) still vouches for the province (a town or tehsil name does not: its
        # other reading may be the one the rest of the text points to)
        cands = m.candidates
        if cands[0].level == "admin1" and all(c.scan == "ctx" and c.prio < 0 for c in cands[1:]):
            cands = cands[:1]
        if any(c.scan == "ctx" for c in cands):
            continue  # names that need context cannot vouch for themselves
        first = cands[0].location
        if any((c.location.country, c.location.admin1, c.location.admin2) !=
               (first.country, first.admin1, first.admin2) for c in cands[1:]):
            continue  # still ambiguous (e.g. a name in both countries)
        if first.admin1:
            h.admin1.add(first.admin1)
        if first.admin2:
            h.admin2.add(first.admin2)
        if first.country:
            h.countries[first.country] += 1
    for cue in map(g.cues.get, words):
        if cue is not None:
            if cue in ("PK", "AF"):
                h.countries[cue] += 1
            else:
                h.cues.add(cue)
    return h


@lru_cache(maxsize=64)
def context_hints(context: str) -> Hints:
    """Hints from a wider text (cached: callers pass the same document for many sentences). Read-only."""
    matches, words = raw_matches(context)
    return hints_of(matches, words)


def merged(a: Hints, b: Hints | None) -> Hints:
    """A new Hints holding both."""
    out = Hints(set(a.admin1), set(a.admin2), Counter(a.countries), set(a.cues))
    if b is not None:
        out.admin1 |= b.admin1
        out.admin2 |= b.admin2
        out.countries.update(b.countries)
        out.cues |= b.cues
    return out


def choose(cands: tuple[Candidate, ...], h: Hints | None) -> Candidate:
    """The candidate the context supports best; ties go to the default order."""
    if len(cands) == 1 or h is None:
        return cands[0]
    pk, af = h.countries.get("PK", 0), h.countries.get("AF", 0)
    major = "PK" if pk > af else "AF" if af > pk else None
    best, best_score = cands[0], -1
    for c in cands:
        loc = c.location
        score = 0
        if loc.admin2 and loc.admin2 in h.admin2:
            score += 4
        if loc.admin1 and loc.admin1 in h.admin1:
            score += 2
        if major and loc.country == major:
            score += 1
        if c.level == "crossing" and "border" in h.cues:
            score += 3
        if score > best_score:
            best, best_score = c, score
    return best


def _supported(c: Candidate, h: Hints | None) -> bool:
    """A context-only name counts when the unit above it is named around it: a town's district
    (an Afghan place's province), a district's province, a province's country."""
    if h is None:
        return False
    loc = c.location
    if loc.precision == 1:
        return loc.admin2 in h.admin2 if loc.country == "PK" else loc.admin1 in h.admin1
    if loc.precision == 2:
        return loc.admin1 in h.admin1
    return h.countries.get(loc.country or "", 0) > 0


def find_places(text: str, context: str = "", *, countries: bool = True) -> list[PlaceMatch]:
    """Every known place named in `text`, resolved using `text` (and optional wider `context`).

    Args:
        text (str): a sentence or passage.
        context (str): more text (e.g. the whole document) used only to break ties.
        countries (bool): also report bare country names ("Pakistan") at precision 4.
    """
    if not isinstance(text, str) or not text:
        return []
    g = gazetteer()
    matches, words = raw_matches(text, g)
    if not matches:
        return []
    h = None
    if any(len(m.candidates) > 1 or m.candidates[0].scan == "ctx" for m in matches):
        h = hints_of(matches, words, g)
        if context and isinstance(context, str):
            h = merged(h, context_hints(context))
    out = []
    for m in matches:
        cands = m.candidates
        if any(c.scan == "ctx" for c in cands):
            cands = tuple(c for c in cands if c.scan != "ctx" or _supported(c, h))
            if not cands:
                continue
        loc = choose(cands, h).location
        if loc.precision == 4 and not countries:
            continue
        out.append(PlaceMatch(m.start, m.end, m.surface, loc))
    return out
