"""Overview sentences: one sentence listing incidents in three or more districts ("a policeman was shot dead
in X, rockets were fired at a camp in Y and three militants were killed in Z") is read, for each district's
frame, as its own clause only, so one incident's figures, weapon or victims do not leak into another's.
"""
from __future__ import annotations

import re
from datetime import date

from .mentions import SentenceInfo, _classify, describe
from .scene import districts
from .segment import Frame
from .text import Sentence

# where one listed incident ends and the next begins: a comma, a semicolon, "and", "while"
_SEP = re.compile(r",\s+(?:and\s+|while\s+|whereas\s+)?|;\s+(?:and\s+)?|\s+(?:and|while|whereas)\s+")
_MIN_DISTRICTS = 3


def clip_overviews(text: str, f: Frame, ref: date | None) -> None:
    """Replace each overview trigger of the frame by its clause about the frame's district; a clause that
    reports no incident of its own (the district named in passing) leaves the frame's triggers."""
    if f.admin2 is None:
        return
    swap: dict[int, SentenceInfo | None] = {}
    for t in f.triggers:
        if len(t.places) < _MIN_DISTRICTS or t.aggregate or t.is_title:
            continue  # the cheap test first: few sentences name three places
        span = _clause(text, t, f.admin2)
        if span is None:
            continue
        a, b, tail = span
        sent = Sentence(text[a:b], a, b, t.sent.paragraph, t.sent.index)
        places = [p for p in t.places if a <= p.start and p.end <= b]
        days = [d for d, _ in t.days if a <= d.start and d.end <= b]
        clipped = describe(text, [sent], places, days, ref=ref)[-1]
        if not days and (tail_days := [(d, stmt) for d, stmt in t.days if d.start >= tail]):
            clipped.days = tail_days  # "X in A, Y in B and Z in C on Monday": that day dates every clause
            _classify(clipped)
        swap[id(t)] = clipped if clipped.trigger else None
    if not swap:
        return
    f.triggers = [n for t in f.triggers if (n := swap.get(id(t), t)) is not None]
    f.members = [swap.get(id(m)) or m for m in f.members if not (id(m) in swap and swap[id(m)] is None)]


def _clause(text: str, t: SentenceInfo, admin2: str) -> tuple[int, int, int] | None:
    """(start, end) of the sentence's clause about one district, cut at the last separator between consecutive
    districts' first mentions, and the end of the last district's mention; None when the sentence names fewer
    than three districts or not this one."""
    names = districts(t)
    if len(names) < _MIN_DISTRICTS or admin2 not in names:
        return None
    firsts = []
    for p in t.places:
        if p.location.admin2 in names and p.location.precision <= 2 and p.location.admin2 not in [n for _, _, n in firsts]:
            firsts.append((p.start, p.end, p.location.admin2))
    firsts.sort()
    cuts = [t.sent.start]
    for (_, end, _), (start, _, _) in zip(firsts, firsts[1:]):
        seps = list(_SEP.finditer(text, end, start))
        if not seps:
            return None
        cuts.append(seps[-1])
    bounds = [t.sent.start] + [m.end() for m in cuts[1:]] + [t.sent.end]
    if any(len(text[x:y].split()) < 4 for x, y in zip(bounds, bounds[1:])):
        return None  # "in X, Y and Z districts": one list, not one clause per district
    i = next(k for k, (_, _, n) in enumerate(firsts) if n == admin2)
    a = cuts[i].end() if i else t.sent.start
    b = cuts[i + 1].start() if i + 1 < len(cuts) else t.sent.end
    return (a, b, firsts[-1][1]) if b > a else None
