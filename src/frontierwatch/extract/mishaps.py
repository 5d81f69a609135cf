"""Deaths that are no security event: accidents and nature (a cylinder blast, a mine caving in, a crash,
floods) and killings over a private matter (a feud, a dispute), unless armed violence is named beside them.
The cue words are data (event_cues.csv, kinds "accident" and "private")."""
from __future__ import annotations

import re

from .mention_patterns import _ARMED
from .text import Sentence

_STATE_ACTS = frozenset({"cross", "cross_fire", "cross_from", "strike", "operation"})
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")  # a dateline ("ISLAMABAD, 8 July 2026 - ") holds none
_CAUSE_LINK = re.compile(r"\b(?:when|after|as|due\s+to|following|in)\b[^,;]{0,40}$", re.I)


def not_militant(sent: Sentence, cues: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether the sentence's deaths are a private crime or an accident rather than militant violence."""
    if not cues.keys().isdisjoint(_STATE_ACTS):
        return False
    if "private" in cues and not _ARMED.search(sent.text):
        return True  # "shot dead a man over a dispute on irrigation water": a crime
    causes = _causes(sent, cues.get("accident", ()))
    return bool(causes) and not _ARMED.search(_blanked(sent, causes))


def _causes(sent: Sentence, spans) -> list[tuple[int, int]]:
    """Accident phrases told as the deaths' cause: the sentence's subject ("Flash floods have killed") or
    after when/after/as/in ("died when a cylinder exploded"), not a detail ("homes whose roofs caved in")."""
    text, start = sent.text, sent.start
    return [(a, b) for a, b in spans if not _LOWER_WORD.search(text, 0, a - start)
            or _CAUSE_LINK.search(text, max(0, a - start - 60), a - start)]


def _blanked(sent: Sentence, spans: list[tuple[int, int]]) -> str:
    """The sentence with the given spans blanked ("a cylinder blast" holds no bomb blast)."""
    st, base = sent.text, sent.start
    for a, b in spans:
        st = st[:a - base] + " " * (b - a) + st[b - base:]
    return st
