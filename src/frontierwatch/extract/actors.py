"""Armed groups and state forces named in text (data/lexicons/actors.csv), with the GUIDE's codes."""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import load

STATE_AF = "TTA"
STATE_PK = "PK_SF"


@dataclass(slots=True, unsafe_hash=True)  # not frozen (never mutated, hashable as before): a frozen one's __init__ is ~4x slower
class ActorMention:
    """An actor alias found in text: span, surface and canonical code (TTP, ISKP, BLA, ...)."""

    start: int
    end: int
    surface: str
    code: str


def find_actors(text: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
    """Every actor alias in text[start:end], leftmost-longest."""
    return [ActorMention(h.start, h.end, text[h.start:h.end], h.values[0])
            for h in load("actors").find(text, start, end)]


def actor_code(name: str) -> str | None:
    """The code of one actor name ("Tehrik-e-Taliban Pakistan" -> "TTP"), or None if unknown."""
    row = load("actors").lookup(name)
    return row[1][0] if row else None
