"""The other side's claimed toll ("the ministry claimed that 23 soldiers were killed"): mentions.py sets such
figures aside, since a report's own figure wins; when the report gives no other death toll for the incident,
the claimed one is the only figure there is and is kept. Only a state's claim counts: an armed group's
("the TTP claimed that 20 soldiers were killed") is propaganda, not a toll."""
from __future__ import annotations

from .casualties import Tally, find_casualties, tally
from .lexicon import load
from .segment import Frame

_STATES = frozenset({"TTA"})  # actor codes of a state among the armed groups of data/lexicons/actors.csv
_GROUP_WORDS = ("militant", "insurgent", "terrorist", "khawarij", "khwarij", "group", "outfit")


def _state_claim(text: str, start: int, at: int) -> bool:
    """No armed group (named, or by a group word) before "claimed that" in its sentence."""
    if any(h.values[0] not in _STATES for h in load("actors").find(text, start, at)):
        return False
    return not any(w in text[start:at].lower() for w in _GROUP_WORDS)


def claimed_toll(text: str, f: Frame) -> Tally | None:
    """The death toll claimed in one of the frame's trigger sentences, for a frame with no other toll."""
    if any("killed" in s.tallies for s in f.triggers):
        return None
    for s in f.triggers:
        if s.aggregate or (k := s.sent.text.find("claimed that")) < 0 or not _state_claim(text, s.sent.start, s.sent.start + k):
            continue
        t = tally(find_casualties(text, s.sent.start, s.sent.end)).get("killed")
        if t is not None and (t.total or t.groups):
            return t
    return None
