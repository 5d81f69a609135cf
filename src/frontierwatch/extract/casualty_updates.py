"""Casualty mentions that revise a toll told before, kept apart from casualties.py: "one of the injured later
died" (one more dead) and "the other seven dead were shopkeepers" (the rest of the toll, by group)."""
from __future__ import annotations

import re
from dataclasses import replace

from .fastre import led
from .lexicon import load
from .numbers import find_quantities
from .tallies import CasualtyMention

__all__ = ["BODY_ADDED", "DIED_VERBS", "LATER_DIED", "OTHER_DEAD", "body_added", "later_deaths", "other_dead"]

# "the other seven dead were shopkeepers", "the remaining two victims were soldiers"
OTHER_DEAD = led(re.compile(r"\b(?:other|remaining)\s+(?P<n>\d+|[a-z]+)\s+(?:dead|killed|victims|deceased)\s+"
                             r"(?:were|was)\s+(?:all\s+)?", re.I))


def other_dead(text: str, m: re.Match, end: int, out: list[CasualtyMention], chain: int) -> list[CasualtyMention]:
    """"the other seven dead were shopkeepers and passers-by": the count is of that group (not unspecified)."""
    q = find_quantities(text, m.start("n"), m.end("n"))
    g = load("victim_groups").find(text, m.end(), min(end, m.end() + 30))
    if not q or not g or g[0].start != m.end():
        return out
    kept = [c for c in out if not (c.kind == "killed" and c.group == "unspecified" and m.start() <= c.start < m.end())]
    return kept + [CasualtyMention("killed", g[0].values[0], q[0][2], m.start("n"), g[0].end, "head", chain)]


# "one of the injured later succumbed", "a wounded constable died in hospital": one more dead
LATER_DIED = re.compile(r"\b(?:(?P<n>one|two|three|four|five|\d+)\s+(?:more\s+)?of\s+the\s+(?:injured|wounded)(?:\s+[\w\-]+){0,2}?"
                         r"|(?:an?|another)\s+(?:injured|wounded)\s+[\w\-]+(?:\s+[\w\-]+)?)\s+(?:later\s+|also\s+|subsequently\s+)?"
                         r"(?:died|succumbed|passed\s+away)\b", re.I)


DIED_VERBS = frozenset({"died", "succumbed", "passed away"})


def later_deaths(out: list[CasualtyMention], m: re.Match, chain: int) -> list[CasualtyMention]:
    """The dead named in a "later died" clause, marked as added to the toll told before."""
    inside = [c for c in out if c.kind == "killed" and m.start() <= c.start < m.end()]
    rest = [c for c in out if c not in inside]
    if inside:
        return rest + [replace(c, role="more", chain=chain) for c in inside]
    n = find_quantities(m.group("n") or "one")
    return rest + [CasualtyMention("killed", "unspecified", n[0][2] if n else 1, m.start(), m.end(), "more", chain)]


# "rescuers pulled the body of a shopkeeper from the rubble, taking the toll to 10": one more dead, of that group
BODY_ADDED = re.compile(r"\b(?:the\s+)?body\s+of\s+(?:a|an|another|one)\s+(?=\w)", re.I)


def body_added(text: str, m: re.Match, end: int, out: list[CasualtyMention], chain: int) -> list[CasualtyMention]:
    """A body found in a sentence that raises the toll: the one added, counted in the named group."""
    if not any(c.kind == "killed" and c.role == "total" for c in out):
        return out  # "the body of a soldier was found": maybe one already counted, no update told
    g = load("victim_groups").find(text, m.end(), min(end, m.end() + 30))
    if not g or g[0].start != m.end() or g[0].values[0] not in ("security_forces", "civilians", "militants"):
        return out
    return out + [CasualtyMention("killed", g[0].values[0], 1, m.start(), g[0].end, "more", chain)]


# "the revised toll of nine killed, after the bodies of two of the abducted were found": the clause after the toll
# tells why it rose; its dead are already in the toll
_TOLL_WORD = re.compile(r"\b(?:toll(?!\s+(?:plazas?|booths?|tax|gates?|roads?|collect\w*))|number\s+of)\b", re.I)
_AFTER = re.compile(r",?\s+(?:after|as|when)\s+", re.I)  # "rose to seven as two wounded men died"
# the after-clause tells the same victims found dead or dying ("the bodies of two ... were found", "two of the
# wounded died"), not a new killing ("after militants killed two more policemen in a fresh attack")
_SAME_VICTIMS = re.compile(r"\b(?:bod(?:y|ies)\s+of|(?:died|succumbed|passed\s+away)\b)", re.I)
_NEW_KILLING = re.compile(r"\b(?:killed|killing|shot|gunned|attack\w*|ambush\w*|stormed|raid\w*|blast|bomb\w*|"
                          r"fresh|another|separate\w*)\b", re.I)  # ("two more of the wounded died" stays the same victims)


def explained_rise(text: str, start: int, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """Drop the dead of an "after ..." clause that follows a toll figure larger than theirs when the clause tells
    the same victims found dead or dying of their wounds, of the same group (they are in the toll)."""
    sent = text[start:start + 400]
    t = _TOLL_WORD.search(sent)
    a = _AFTER.search(sent, t.end()) if t is not None else None
    if a is None:
        return found
    clause = sent[a.end():]
    stop = re.search(r"[.;]\s", clause)
    clause = clause[:stop.start()] if stop is not None else clause
    if _SAME_VICTIMS.search(clause) is None or _NEW_KILLING.search(clause) is not None:
        return found
    cut = start + a.start()
    heads = [m for m in found if m.kind == "killed" and m.end <= cut and isinstance(m.value, int)]
    if not heads:
        return found
    top = max(heads, key=lambda m: m.value)
    head, group = top.value, top.group

    def same(m: CasualtyMention) -> bool:
        return m.group in (group, "unspecified") or group == "unspecified"
    return [m for m in found if not (m.kind == "killed" and m.start >= cut and isinstance(m.value, int) and m.value < head
                                     and same(m))]
