"""Whether "a day after ..." in a statement-dated sentence places the incident relative to another incident."""
from __future__ import annotations

import re

from .dates import relative_offset
from .lexicon import load
from .mentions import SentenceInfo

_GAP = re.compile(r"\ba\s+day\s+(?:after|before)\s", re.I)
# a detail sentence about another matter ("Separately, a seminar set for Friday was postponed"; a protest) dates
# nothing of the incident
OTHER_MATTER = ("unrest", "new_incident")
_VIOLENT = ("attack", "attack_weak", "operation", "operation_weak", "strike", "strike_weak", "cross", "cross_fire")


def gap_to_non_violence(s: SentenceInfo, doc_text: str) -> bool:
    """True when "a day after/before" leads only to a non-violent happening ("a day after a vaccination campaign
    began"): the day said is the incident's own, not one day off another incident's."""
    text = s.sent.text
    if "day" not in text:
        return False
    m = _GAP.search(text)
    if m is None:
        return False
    pos = s.sent.start + m.end()
    if any(a >= pos for k in _VIOLENT for a, _ in s.cues.get(k, ())):
        return False
    return not load("casualty_verbs").find(doc_text, pos, s.sent.end)


# "troops responded / retaliated / returned fire": the other side's answer, told in the same report
_RESPONSE = re.compile(r"\b(?:responded|retaliated|hit\s+back|returned\s+fire|in\s+(?:response|retaliation)\b)", re.I)


def responds(s: SentenceInfo) -> bool:
    """A sentence telling the answer to the incident before it: that incident's day, not the statement's."""
    return _RESPONSE.search(s.sent.text) is not None


_TOLD_KINDS = frozenset(_VIOLENT + ("fire_back", "cross_weak", "followup"))
# "the exchange, which began on Monday night, lasted until Tuesday": the fighting told without a cue word
_FIGHT = re.compile(r"\b(?:exchange|fighting|firing|fire|gunfight|clash\w*|shell\w*|attack\w*|raid\w*|assault|ambush|"
                    r"blast|explosion|operation)\b", re.I)
_CLOSURE = re.compile(r"\b(?:closed|closes|closing|shut|shuts|sealed|suspended|halted|stopped|stranded|reopened)\b", re.I)


def only_closure(s: SentenceInfo) -> bool:
    """A sentence telling a closure or halt in the incident's district ("authorities closed the crossing there on
    Monday, leaving trucks stranded") and no violence: its day is the closure's, not the incident's."""
    return _CLOSURE.search(s.sent.text) is not None and not s.tallies and s.cues.keys().isdisjoint(_TOLD_KINDS) \
        and _FIGHT.search(s.sent.text) is None


# "Three days later, forces launched an operation", "two days earlier": counted from the incident told before
_N_DAYS = re.compile(r"\b(?P<n>[2-9]|two|three|four|five|six|seven|eight|nine)\s+days\s+(?P<w>later|earlier)\b", re.I)
# "the following morning", "the next night": the day after the incident told before
_NEXT_PART = re.compile(r"\b(?:the|on\s+the)\s+(?:following|next)\s+(?:morning|afternoon|evening|night)\b", re.I)
_N_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def relative_days(text: str) -> int | None:
    """Days from the incident told before: "the next day" or "the following morning" (+1) and the like, else
    "N days later/earlier"."""
    off = relative_offset(text)
    if off is None and _NEXT_PART.search(text):
        return 1
    if off is not None or "days" not in text:
        return off
    m = _N_DAYS.search(text)
    if m is None:
        return None
    w = m.group("n").lower()
    n = int(w) if w.isdigit() else _N_WORDS[w]
    return n if m.group("w").lower() == "later" else -n
