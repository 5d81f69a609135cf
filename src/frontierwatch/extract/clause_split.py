"""Splitting a sentence that reports incidents in two areas into one clause per area."""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter, itemgetter

from ..records import PlaceMatch
from .scene import not_scene, origin_only
from .text import Sentence

__all__ = ["EACH", "ELLIPSIS", "LIST_AND", "SPLIT", "SpanIndex", "area", "clauses"]


class SpanIndex:
    """Items with a start offset, sorted once, sliced by span with a binary search."""

    def __init__(self, items: list) -> None:
        # every list indexed here holds one kind of item: tuples (start first) or records with .start
        key = _start if not items else _first if isinstance(items[0], tuple) else _start_attr
        self.items = sorted(items, key=key)
        self.keys = list(map(key, self.items))

    def within(self, start: int, end: int) -> list:
        keys = self.keys
        if not keys:  # many indexes of a text are empty (no statistic, no vague period): no search
            return []
        i = bisect_left(keys, start)
        return self.items[i:bisect_left(keys, end, i)]


def _start(x) -> int:
    return x[0] if isinstance(x, tuple) else x.start


_first, _start_attr = itemgetter(0), attrgetter("start")


_SMALL = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "three were held in X and two in Y": "and" before a count and a place starts the second clause
SPLIT = re.compile(rf";\s+|,\s+(?:and|while|whereas)\s+|\s+and,\s+|\s+while\s+|,?\s+and\s+(?={_SMALL}\s+(?:more\s+|each\s+)?(?:in|at)\s)|"
                   # "three were held in X, two each in Y and Z": a comma before the next count and place
                   rf",\s+(?={_SMALL}\s+(?:more\s+|each\s+)?(?:in|at)\s)|"
                   # "three were picked up in X, two TTP men were held in Y": a new count with its own arrest verb
                   rf",\s+(?={_SMALL}\s+(?:[\w\-]+\s+){{0,3}}?(?:were|was)\s+(?:held|arrested|detained|picked\s+up|"
                   rf"apprehended|nabbed)\b)|"
                   # "killed four in X and arrested three in Y": a second verb with its own count and place
                   rf"\s+and\s+(?=(?:arrested|detained|apprehended|killed|abducted|kidnapped|injured|wounded)\s+"
                   rf"(?:at\s+least\s+)?{_SMALL}\s)", re.I)
# "..., and in a separate incident the same day gunmen abducted four": a second incident told in the same sentence
# (the run of spaces starts only after a comma or a non-space: tried from every space of a long run, it was quadratic)
_SEPARATE = re.compile(r"(?:,|(?<![\s,]))\s+(?:and|while)\s+(?=in\s+(?:a\s+separate|another)\s+(?:incident|attack|case)\b)", re.I)
ELLIPSIS = re.compile(rf"\s*(?:another\s+)?(?P<n>{_SMALL})\s+(?:more\s+|others\s+|each\s+)?(?:in|at)\s", re.I)
# "two each in X and Y": the count goes to every place of the list
EACH = re.compile(r"\beach\s+(?:in|at)\s[^,;]*$", re.I)
LIST_AND = re.compile(r",?\s+and\s+|,\s+")


def area(p: PlaceMatch) -> str | None:
    """The district (else province) a place names; None for anything coarser."""
    loc = p.location
    if loc.precision > 3:
        return None
    return loc.admin2 or loc.admin1


def clauses(text: str, s: Sentence, places: SpanIndex) -> list[Sentence]:
    """A sentence that reports incidents in two areas ("a bombing in Kalat, and a blast in Khuzdar
    that ...") split at the conjunction between them; other sentences unchanged."""
    if "separate" in s.text or "another" in s.text:  # "X were shot dead in A, and in a separate incident gunmen ..."
        m = _SEPARATE.search(text, s.start + 20, s.end)
        if m is not None:
            return [*clauses(text, Sentence(text[s.start:m.start()], s.start, m.start(), s.paragraph, s.index), places),
                    *clauses(text, Sentence(text[m.end():s.end], m.end(), s.end, s.paragraph, s.index), places)]
    ps = [p for p in places.within(s.start, s.end) if area(p)]  # fewer than two areas: no cut (not_scene only drops)
    if len(ps) < 2:  # at most one place (the common case): nothing to split, no set built
        return [s]
    ps = [p for p in ps if not not_scene(text, p)] if len({area(p) for p in ps}) >= 2 else []
    if len({area(p) for p in ps}) >= 2:  # "Sepoy B, 22, of X": a home place splits nothing (tested only now)
        ps = [p for p in ps if not origin_only(text, p)]
    provinces_with_district = {p.location.admin1 for p in ps if p.location.admin2}
    firsts: list[tuple[str, PlaceMatch]] = []
    for p in ps:
        key = area(p)
        if not p.location.admin2 and key in provinces_with_district:
            continue
        if key not in [k for k, _ in firsts]:
            firsts.append((key, p))
    if len(firsts) < 2:
        return [s]
    cuts = []
    prev_cut = s.start
    for (_, a), (_, b) in zip(firsts, firsts[1:]):
        seps = list(SPLIT.finditer(text, a.end, b.start))
        if not seps and "each" in text[prev_cut:a.start] and EACH.search(text, prev_cut, b.start):
            seps = list(LIST_AND.finditer(text, a.end, b.start))  # "two each in X and Y": X, then Y
        if seps:
            cuts.append(seps[-1])
            prev_cut = seps[-1].end()
    if not cuts:
        return [s]
    out, start = [], s.start
    for m in cuts:
        if m.start() > start:
            out.append(Sentence(text[start:m.start()], start, m.start(), s.paragraph, s.index))
        start = m.end()
    out.append(Sentence(text[start:s.end], start, s.end, s.paragraph, s.index))
    return out
