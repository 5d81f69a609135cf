"""An incident told only as one side's accusation that the other side flatly denies is no event (GUIDE: denied)."""
from __future__ import annotations

import re

from .segment import Frame

# "X also accused Pakistan of a drone strike in Y on Sunday": the incident is the accusation's object
_ACCUSED_OF = re.compile(r"\baccus(?:ed|es|ing)\s+(?:[\w'’\-]+\s+){1,4}?of\s+(?:carrying\s+out\s+|conducting\s+|launching\s+)?"
                         r"(?:a|an|the)?\s*(?:[\w\-]+\s+){0,2}?(?:strikes?|attacks?|shelling|raids?|bombing)\b", re.I)
# "Pakistan's military flatly denied that any such strike had taken place"
_DENIAL = re.compile(r"\b(?:denied|rejected|dismissed|refuted)\b[^.;]{0,40}?\b(?:any\s+such|the\s+(?:claim|allegation|accusation)s?|"
                     r"that\s+(?:it|its\s+\w+)\s+had\s+(?:carried\s+out|conducted))\b", re.I)


def denied_only(f: Frame) -> bool:
    """True when every trigger is an accusation with no figure ("accused X of a strike in Y") and a sentence told
    with it denies that any such strike took place; or a group's own claim flatly denied (denied_claim)."""
    if f.triggers and denied_claim(f):
        return True
    if not f.triggers or any(t.casualty_total() for t in f.triggers):
        return False
    if not all("accus" in t.sent.text and _ACCUSED_OF.search(t.sent.text) for t in f.triggers):
        return False
    first = f.triggers[0].sent.index
    return any(m.sent.index >= first and "negation" in m.cues and _DENIAL.search(m.sent.text) for m in f.members)


# "The TTP said its men had overrun a post and killed 11 soldiers": a group's own account of its deed
_OWN_ACCOUNT = re.compile(r"\b(?:claimed|said|says|asserted|boasted)\b[^.;]{0,40}?\b(?:its|their)\s+(?:men|fighters|"
                          r"militants|cadres|mujahideen|operatives)\s+(?:had\s+|have\s+)?\w+", re.I)
# "A security official dismissed the statement as pure propaganda, saying no attack had taken place"
_FLAT_DENIAL = re.compile(r"\b(?:dismissed|rejected|denied|refuted)\b[^.;]{0,60}?\b(?:propaganda|baseless|false|fabricated|"
                          r"fake)\b|\bno\s+(?:such\s+)?(?:attack|incident|strike|raid|clash)\s+(?:had\s+|has\s+)?"
                          r"(?:taken\s+place|took\s+place|occurred|happened)\b", re.I)


# before "said its fighters": the sentence's own incident already told ("Two soldiers were martyred when ..., while
# the BLA said its fighters ..."), so the group's account is only a side remark on a confirmed attack
_OWN_INCIDENT_BEFORE = re.compile(r"\b(?:when|while|were|was|killed|martyred|injured|wounded|attacked|stormed|shot|"
                                  r"killing|opened)\b", re.I)
# "dismissed the BLA figure as propaganda": the group's figure rejected, not the incident
_FIGURE_REJECTED = re.compile(r"\b(?:dismissed|rejected|denied|refuted)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:figures?|"
                              r"tolls?|numbers?|casualt\w*|counts?|tally)\b", re.I)


def _own_account(text: str) -> bool:
    """True when the sentence is a group's own account of its deed, told before any incident of its own."""
    if "its " not in text and "their " not in text:
        return False
    m = _OWN_ACCOUNT.search(text)
    return m is not None and _OWN_INCIDENT_BEFORE.search(text, 0, m.start()) is None


def _flat_denial(text: str) -> bool:
    """True when the sentence denies the incident happened, not merely the group's figure."""
    return _FLAT_DENIAL.search(text) is not None and _FIGURE_REJECTED.search(text) is None


def denied_claim(f: Frame) -> bool:
    """True when every trigger is a group's own account of its deed and a sentence told after it flatly denies
    that the incident happened (dismissed as propaganda, "no attack had taken place"), no official casualty told."""
    if not f.triggers or not all(_own_account(t.sent.text) for t in f.triggers):
        return False
    first = f.triggers[0].sent.index
    later = [m for m in f.members if m.sent.index >= first]
    # "dismissed the claim as propaganda, saying ... two soldiers were martyred": an official toll confirms it
    if any(m.casualty_total() and not _own_account(m.sent.text) for m in later):
        return False
    return any(_flat_denial(m.sent.text) for m in later)
