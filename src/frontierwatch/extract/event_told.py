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


# what names the incident itself in the sentence before ("had left a bomb ... on 3 May"), and what makes a day
# another act's ("had been arrested in X on 3 March", "was convicted on ...")
_INCIDENT_ACT = re.compile(r"\b(?:bomb|bombs|explosives?|device|IED|grenade|blast|explosion|ambush(?:ed)?|attack(?:ed)?|"
                           r"opened\s+fire|fired|stormed|planted|detonated|shot)\b", re.I)
_OTHER_ACT = re.compile(r"\b(?:arrested|detained|held|caught|apprehended|captured|sentenced|convicted|indicted|acquitted|"
                        r"charged|extradited|handed\s+over|released|hanged|executed)\b", re.I)


def told_day(prev: SentenceInfo, info: SentenceInfo) -> tuple | None:
    """After a verdict: "the two had left a bomb at a bus stand on 3 May. The blast killed four": the incident told
    in the sentence before, on its day (the (day, stated) of prev), else None; only when that sentence tells the
    act itself and the day is not an arrest's or a verdict's ("He had been arrested on 3 March.")."""
    if prev.background or info.days or _THE_INCIDENT_DID.match(info.sent.text) is None:
        return None
    text, off = prev.sent.text, prev.sent.start
    for d, stmt in prev.days:
        if stmt:
            continue
        before = text[:d.start - off]
        act, other = list(_INCIDENT_ACT.finditer(before)), list(_OTHER_ACT.finditer(before))
        if _INCIDENT_ACT.search(text) is None or (other and (not act or other[-1].start() > act[-1].start())) \
                or (not act and _OTHER_ACT.search(text) is not None):
            return None  # no act told, or the day is an arrest's or a verdict's ("On 3 March he was arrested ...")
        return d, stmt
    return None
