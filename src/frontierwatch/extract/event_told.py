"""An incident named in passing ("arrested over Friday's bombing") and then told ("The bombing had wounded six"):
the told sentence is that incident's, on its day, not the arrest's that named it."""
from __future__ import annotations

import re

from .mention_patterns import OWNED
from .mentions import SentenceInfo

__all__ = ["named_incident_day", "told_day"]

# "The attack had killed ...", "The blast has left two dead": the sentence opens on the incident named before
_THE_INCIDENT_DID = re.compile(r"\s*The\s+(?:[\w\-]+\s+)?(?P<n>attack|blast|bombing|explosion|ambush|assault)\s+"
                               r"(?:had\s+|has\s+)?(?:also\s+)?(?:killed|martyred|claimed|left|wounded|injured)\b")


def named_incident_day(prev: SentenceInfo, info: SentenceInfo) -> tuple | None:
    """The (day, stated) of "<day>'s <noun>" in prev when info opens "The <noun> had killed ...", else None."""
    m = _THE_INCIDENT_DID.match(info.sent.text)
    if m is None:
        return None
    text, off, noun = prev.sent.text, prev.sent.start, m.group("n").lower()
    for d, stmt in prev.days:
        own = OWNED.match(text, d.end - off)
        if own is not None and not stmt and own.group(0).lower().endswith(noun):
            return d, stmt
    return None


def told_day(prev: SentenceInfo, info: SentenceInfo) -> tuple | None:
    """After a verdict: "the two had left a bomb at a bus stand on 3 May. The blast killed four": the incident told
    in the sentence before, on its day (the (day, stated) of prev), else None."""
    if prev.background or info.days or _THE_INCIDENT_DID.match(info.sent.text) is None:
        return None
    return next(((d, stmt) for d, stmt in prev.days if not stmt), None)
