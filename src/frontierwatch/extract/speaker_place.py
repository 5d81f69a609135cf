"""Where a wire source spoke from ("a security official in Peshawar told AFP") is not a new scene."""
from __future__ import annotations

import re

from ..records import PlaceMatch

# "a senior security official in X told", "officials based in X said": the speaker's town before the verb
_SPEAKER_IN = re.compile(r"\b(?:officials?|officers?|spokes(?:man|person|woman)|sources?|commanders?)\s+"
                         r"(?:based\s+|stationed\s+)?in\s+(?:the\s+)?$", re.I)
_SPOKE = re.compile(r"\s+(?:told|said)\b")
_VIOLENCE = ("attack", "attack_weak", "operation", "operation_weak", "strike", "strike_weak", "cross", "cross_fire",
             "new_incident")


def speaker_only(text: str, offset: int, p: PlaceMatch, cues: dict) -> bool:
    """True when the place names only where a source spoke from ("an official in X told AFP") and the
    sentence tells no violence of its own (no attack, operation or strike word)."""
    rel, end = p.start - offset, p.end - offset
    if "in" not in text[max(0, rel - 40):rel] or not _SPOKE.match(text, end, min(len(text), end + 8)):
        return False
    if not _SPEAKER_IN.search(text, max(0, rel - 40), rel):
        return False
    return not any(k in cues for k in _VIOLENCE)
