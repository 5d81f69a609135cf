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


def denied_claim(f: Frame) -> bool:
    """True when every trigger is a group's own account of its deed and a sentence told after it flatly denies
    that the incident happened (dismissed as propaganda, "no attack had taken place")."""
    if not f.triggers or not all(("its " in t.sent.text or "their " in t.sent.text) and _OWN_ACCOUNT.search(t.sent.text)
                                 for t in f.triggers):
        return False
    first = f.triggers[0].sent.index
    return any(m.sent.index >= first and _FLAT_DENIAL.search(m.sent.text) for m in f.members)
