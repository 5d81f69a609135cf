"""Whether a role noun ("the envoy", "the Afghan envoy") can name a person introduced before with another
title: the one candidate, of the modifier's side, with no other side's envoy told between (kept apart from
speakers.py so each stays small).
"""
from __future__ import annotations

import re

_SIDE_WORD = re.compile(r"\b[A-Z][a-z]{2,}")
_NOT_SIDE = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "later", "meanwhile", "also"})
_OTHER_ENVOY = re.compile(r"\b([A-Z][A-Za-z]+)(?:'s)?\s+(?:[a-z]+\s+)?(?:envoy|ambassador|representative)\b")


def _side(text: str, at: int) -> str | None:
    """The first capitalised word of the sentence before `at` ("Pakistan's envoy ..."), cut to a stem, or None."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    m = _SIDE_WORD.search(text, start, at)
    return m.group(0)[:5].lower() if m else None


def same_side(mods: list[str], pick: tuple[int, str, str], pos: int, cands: list, text: str) -> bool:
    """True when a role noun ("the envoy", "the Afghan envoy") can name `pick`: one person among the
    candidates, its side the modifier's, and no other side's envoy told between them."""
    side = _side(text, pick[0])
    if mods:
        return side is not None and all(w[:5] == side for w in mods)
    if len({t[2] for t in cands}) > 1:
        return False
    return not any(m.group(1)[:5].lower() != side and m.group(1).lower() not in _NOT_SIDE
                   for m in _OTHER_ENVOY.finditer(text, pick[0] + len(pick[1]) + 1, pos))
