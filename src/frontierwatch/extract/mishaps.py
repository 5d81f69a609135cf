"""Deaths that are no security event: accidents and nature (a cylinder blast, a mine caving in, a crash,
floods) and killings over a private matter (a feud, a dispute), unless armed violence is named beside them.
The cue words are data (event_cues.csv, kinds "accident" and "private"; actors.csv for armed groups)."""
from __future__ import annotations

import re

from .lexicon import load
from .mention_patterns import _ARMED
from .text import Sentence

# cue kinds that tell armed violence or state action; for a private matter a bare "shot dead" does not count
_HOSTILE = frozenset({"attack", "attack_weak", "claim", "attribution", "operation", "operation_weak", "strike",
                      "strike_weak", "cross", "cross_fire", "cross_from", "cross_weak", "fire_back"})
_HOSTILE_PRIVATE = _HOSTILE - {"attack"}
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")  # a dateline ("ISLAMABAD, 8 July 2026 - ") holds none
_CAUSE_LINK = re.compile(r"\b(?:when|after|as|due\s+to|following)\s+(?:a\s+|an\s+|the\s+|their\s+|his\s+|its\s+)?"
                         r"(?:[\w\-]+\s+){0,5}$|\b(?:in|by)\s+(?:[\w\-]+\s+){0,2}$", re.I)  # "14 dead in Swat floods"
# a motive denied or only probed: "his family denied any personal enmity", "probing whether ... an old enmity"
_DOUBTED = re.compile(r"\b(?:den(?:y|ies|ied)|ruled?\s+out|ruling\s+out|whether|not|no|any|if)\b[^.;]{0,30}$", re.I)
_STATE_VICTIMS = re.compile(r"\b(?:martyr\w*|soldiers?|policem[ae]n|police\s+(?:constable|officer)s?|constables?|levies|"
                            r"FC|personnel|troops)\b", re.I)


def not_militant(sent: Sentence, cues: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether the sentence's deaths are a private crime or an accident rather than militant violence."""
    text = sent.text
    if _STATE_VICTIMS.search(text) or load("actors").find(text):
        return False  # security forces among the dead, or a named armed group: violence whatever else is said
    private = [(a, b) for a, b in cues.get("private", ()) if not _DOUBTED.search(text, 0, a - sent.start)]
    if private and cues.keys().isdisjoint(_HOSTILE_PRIVATE) and not _ARMED.search(text):
        return True  # "shot dead a man over a dispute on irrigation water": a crime
    causes = _causes(sent, cues.get("accident", ()))
    if not causes:
        return False
    # a cue inside the accident phrase or right after it ("a gas cylinder exploded") is the accident's own
    hostile = [sp for k, sps in cues.items() if k in _HOSTILE for sp in sps
               if not any(a <= sp[0] <= b + 1 for a, b in causes)]
    return not hostile and not _ARMED.search(_blanked(sent, causes))


def _causes(sent: Sentence, spans) -> list[tuple[int, int]]:
    """Accident phrases told as the deaths' cause: the sentence's subject ("Flash floods have killed") or right
    after when/after/as ("died when a cylinder exploded") or close after in/by ("dead in Swat floods"), not a detail ("homes whose roofs caved in")."""
    text, start = sent.text, sent.start
    return [(a, b) for a, b in spans if not _LOWER_WORD.search(text, 0, a - start)
            or _CAUSE_LINK.search(text, max(0, a - start - 60), a - start)]


def _blanked(sent: Sentence, spans: list[tuple[int, int]]) -> str:
    """The sentence with the given spans blanked ("a cylinder blast" holds no bomb blast)."""
    st, base = sent.text, sent.start
    for a, b in spans:
        st = st[:a - base] + " " * (b - a) + st[b - base:]
    return st
