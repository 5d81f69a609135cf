"""Sentences that belong to an incident told before: from inside its operation ("During the operation, ..."), or
its toll updated after a background passage ("the number killed rose to 13")."""
from __future__ import annotations

import re

from .mentions import SentenceInfo

# "During the operation", "In the course of the raid", "During this search": the fighting it describes is the operation's
_DURING = re.compile(r"\s*(?:During|In\s+the\s+course\s+of)\s+(?:the|this|that)\s+(?:search\s+|combing\s+|"
                     r"intelligence[\s\-]based\s+|security\s+|joint\s+)?(?:operation|raid|search|IBO|encounter)\b", re.I)


# "one suspect was killed when he detonated a grenade as officers entered the house": the raid's own moment
_AS_ENTERED = re.compile(r"\b(?:as|when)\s+(?:the\s+)?(?:officers|troops|soldiers|policemen|police|personnel|commandos|"
                         r"forces|raiders|the\s+team)\s+(?:entered|stormed|raided|approached|surrounded|closed\s+in\s+on)\s+"
                         # the operation's own site, not a bazaar or a checkpoint
                         r"(?:the|a|an|their|his|its)\s+(?:[\w\-]+\s+){0,2}?(?:house|houses|hideouts?|hide-outs?|compounds?|"
                         r"homes?|residences?|buildings?|dens?|premises|safe\s*houses?|hideaways?|targets?|caves?)\b", re.I)
# an attack of its own told at that moment ("a suicide bomber blew himself up", "militants opened fire on a van")
_OWN_ATTACK = re.compile(r"\b(?:suicide\s+(?:bomber|attacker|attack)|opened\s+fire|fired\s+(?:on|at)|attacked|ambushed|"
                         r"planted|roadside\s+bomb|IED)\b", re.I)


def during_operation(text: str) -> bool:
    """True when the sentence opens by placing itself inside the operation just told, or sets itself at the
    moment the raiding force went in ("as officers entered the house")."""
    return _DURING.match(text) is not None or (" as " in text or " when " in text) and _AS_ENTERED.search(text) is not None \
        and _OWN_ATTACK.search(text) is None


# "This story has been updated to include the revised toll ...": an editor's note updates the story's own incident
# (only a real note: "This story has been updated", "Update:", "UPDATE (5pm):", "Editor's note:", "Correction:";
# not a sentence opening "Updated police figures show ...")
_NOTE = re.compile(r"\s*(?:This\s+(?:story|article|report)\s+(?:has\s+been|was)\s+(?:updated|corrected)|"
                   r"(?:Update[sd]?|UPDATE[SD]?)\s*(?:\([^()\n]{1,30}\)\s*)?[:\u2013\u2014-]|"
                   r"Editor['’]s\s+note\b|Correction\s*[:\u2013\u2014-])", re.I)
# "the number of policemen killed rose to 140 this year": a running statistic over a period, never a toll update
_PERIOD_STAT = re.compile(r"\bnumber\s+of\s+(?:[\w\-]+\s+){0,3}?(?:killed|martyred|dead|deaths)\b[^.;]{0,80}?\b(?:this|last|"
                          r"the\s+past|so\s+far\s+this)\s+(?:year|month|week|quarter)\b|\bsince\s+(?:January|the\s+start)\b",
                          re.I)


def update_home(frames: list, cur, info: SentenceInfo, adm2: str | None):
    """After a background passage or in an editor's note, a toll update naming no other district ("the number
    killed rose to 13") is the story's first incident of that type, not a new one; else None."""
    if cur is None or not info.update or info.has("new_incident") or not (cur.background or _NOTE.match(info.sent.text)):
        return None
    if _PERIOD_STAT.search(info.sent.text):
        return None
    lead = next((f for f in frames if not f.background), None)
    if lead is None or lead.type != (info.etype or "attack") or (adm2 is not None and lead.admin2 not in (None, adm2)):
        return None
    return lead


# "Four more attackers were shot dead ..., ISPR said in a statement on Saturday": dead added to the incident told
_MORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+more\b", re.I)


def added_figure(text: str) -> bool:
    """True when the sentence's figure is "N more": added to the incident told, not another day's toll."""
    return "more" in text and _MORE.search(text) is not None


# "two were killed when shells struck houses in X": the cross-border fire's own dead, not an attack of its own
_SHELLS_HIT = re.compile(r"\b(?:shells?|mortar\s+(?:rounds?|shells?|bombs?)|rockets?|artillery\s+rounds?)\s+(?:\w+\s+)?"
                         r"(?:struck|hit|landed|fell|exploded)\b", re.I)


def shells_landed(cur_type: str, info: SentenceInfo) -> bool:
    """True when, after cross-border fire was told, a sentence's only violence is shells striking (its dead)."""
    return cur_type == "cross_border" and info.etype == "attack" and not info.has("new_incident") \
        and _SHELLS_HIT.search(info.sent.text) is not None
