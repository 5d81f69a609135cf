"""The other side's claimed toll ("the ministry claimed that 23 soldiers were killed"): mentions.py sets such
figures aside, since a report's own figure wins; when the report gives no other death toll for the incident,
the claimed one is the only figure there is and is kept."""
from __future__ import annotations

from .casualties import Tally, find_casualties, tally
from .segment import Frame


def claimed_toll(text: str, f: Frame) -> Tally | None:
    """The death toll claimed in one of the frame's trigger sentences, for a frame with no other toll."""
    if any("killed" in s.tallies for s in f.triggers):
        return None
    for s in f.triggers:
        if s.aggregate or "claimed that" not in s.sent.text:
            continue
        t = tally(find_casualties(text, s.sent.start, s.sent.end)).get("killed")
        if t is not None and (t.total or t.groups):
            return t
    return None
