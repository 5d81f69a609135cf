"""Speakers a quote's own paragraph names: a transcript turn's label ("NAME: ... I said ...") and
the name set off after a role ("the mediator, Dr Ali Khan, told ...")."""

from __future__ import annotations

import re

# a transcript turn: a paragraph opening with a capitalised name and a colon ("RABIA ANWAR: Good evening")
_TURN = re.compile(r"[ \t]*([A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){1,4})[ \t]*:[ \t]")
# block capitals that open notes and headers, not speakers ("EDITOR'S NOTE:", "UPDATE:")
_NOT_SPEAKER = frozenset({"NOTE", "UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "BREAKING", "EXCLUSIVE",
                          "ANALYSIS", "WATCH", "READ", "ALSO", "LIVE", "NEWS", "ALERT", "FLASH", "DISCLAIMER"})
_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Professor|Ambassador|Gen|General|Col|Colonel|Maj|Major|Capt|Captain|"
                    r"Sheikh|Mufti|Maulana|Mawlawi|Qari|Hafiz)\.?\s+")
# a month or weekday before the comma is a time ("since mid-October, the gate ..."), never a person
TIME_WORD = frozenset("january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday last next early late".split())
_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+(?:(?:ul|ud|al|bin|de)\s+)?[A-Z][\w'’-]+){1,4}"


def turn_speaker(text: str, pos: int) -> str | None:
    """The label of the transcript turn holding `pos`, in title case, or None when its paragraph has none."""
    start = text.rfind("\n", 0, pos) + 1
    m = _TURN.match(text, start)
    if m is None or any(w.strip(".'’") in _NOT_SPEAKER for w in m.group(1).split()):
        return None
    if _is_place(m.group(1)):
        return None  # a dateline ("LANDI KOTAL: Traders said ..."), not a speaker's turn
    return m.group(1).title()


def _is_place(label: str) -> bool:
    """True when a turn label or a name is a gazetteer place name (a dateline opening the paragraph)."""
    from ..geo.gazetteer import gazetteer, normalise
    return normalise(label) in gazetteer().keys


# a fronted place phrase ("In Kalam, a guard ..."): the capitalised preposition opens the "name"
_LEAD_PREP = frozenset({"in", "at", "near", "on", "from", "outside", "inside", "across", "along", "off", "to",
                        "into", "by", "beyond", "behind", "beside", "around", "opposite", "within", "throughout"})
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def not_person_apposition(text: str, start: int, name: str) -> bool:
    """True when the name at `start` before ", a/the ..." is a fronted place phrase ("In Kalam"), a "the ..."
    phrase ("near the Border Gate") or a gazetteer place: no person an apposition describes."""
    if name.split()[0].lower() in _LEAD_PREP or _THE_BEFORE.search(text, max(0, start - 5), start):
        return True
    return _is_place(name)


def named_after_role(role: str, text: str, pos: int) -> str | None:
    """The name set off by commas right after `role` where it stands near `pos` (its sentence or speech
    verb): "the mediator, Dr Ali Khan, told" -> "Ali Khan"; None when no such name follows it."""
    lo, hi = max(0, pos - len(role) - 120), pos + 300
    k = text.find(role + ",", lo, hi)  # (a role followed by a comma is rare: most calls end here)
    while k >= 0:
        m = _SET_OFF.match(text, k + len(role), hi)
        if m:
            return m.group(1)
        k = text.find(role + ",", k + 1, hi)
    return None


_SET_OFF = re.compile(rf",\s+(?:{_TITLE.pattern})?({_NAME_WORDS}),\s")


def subject_document(name: str) -> re.Pattern[str]:
    """'The Interior Ministry, in a statement, ...', 'the FO said in a statement': the body (`name`) that issued it."""
    return re.compile(rf"({name}),?\s+(?:said\s+)?(?:in|issued|released)\s+(?:a|an|its)\s+"
                      r"(?:[a-z]+\s+)?(?:statement|communiqu[eé]|press release)\b")
