"""Casualty figures bound to their verb (killed/injured/abducted/arrested) and victim group.

A casualty verb ("were martyred", "killing", "lost their lives") takes its victims from the
noun phrases written before it (passive) or after it (active). Noun phrases are a count
("at least seven", "a", "twenty-three", "10-12") followed within a few words by a victim-group
term from data/lexicons/victim_groups.csv; a singular term with no count ("Constable X",
"the minister") is one person. The first phrase of a chain is its head; phrases after "among
them"/"including"/"of them" break the head down by group and never add to it.
All scans are single regex passes over bounded windows: linear in the sentence length.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .fastre import led
from .casualty_masks import mask_parentheticals, words_in as _words_in
from .casualty_patterns import (
    _ALL_DEAD, _BODIES, _CARRIED, _FOUND, _HOSTAGE, _INCLUDED, _NAMED, _NAMED_KIND, _NOT_COUNTING, _NTH_DIED,
    _OF_THE_DEAD, _OF_THOSE, _ORDINALS, _PUT_TOLL, _ROSE, _SHOT_DEAD, _TAKING, _TOLL, _TOLL_LATER, _TOLL_PART,
    _TREATED, _WERE_GAP, _REL_AT, _SPOKESMAN_NEXT, _WHO_ONLY, of_those_parts, toll_head_group)
from .lexicon import Hit, load
from .numbers import find_quantities
from .victim_phrases import NAME_AFTER, NAME_BEFORE, NP, bare_number, noun_phrases, with_name
from .casualty_updates import BODY_ADDED, DIED_VERBS, LATER_DIED, OTHER_DEAD, body_added, later_deaths, other_dead
from .tallies import SPECIFIC, CasualtyMention, Tally, merge_tallies, tally

__all__ = ["KINDS", "SPECIFIC", "CasualtyMention", "Tally", "find_casualties", "merge_tallies", "tally"]

KINDS = ("killed", "injured", "abducted", "arrested")

_AUX_BEFORE = led(re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+\s+){0,2}$", re.I))
_ACTIVE_AFTER = re.compile(
    r"^\s*(?:at\s+least|as\s+many\s+as|more\s+than|over|nearly|about|some|around|up\s+to|no\s+fewer\s+than|"
    r"a|an|the|his|her|their|its|all|both|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|dozens|scores|several|\d+|(?-i:[A-Z]\w*))\b", re.I)
_PASSIVE_AFTER = re.compile(r"^\s*(?:(?:by|in|on|at|during|when|while|after|as|near|and|or)\b|[,.;:)]|$)", re.I)
# words that end a clause: victims are not looked for across them
_CLAUSE = led(re.compile(r"(?:[;:]|\s[–—]\s|\b(?:when|while|whereas|but|after|(?<!well\s)as(?!\s+well\b)|because|though|"
                         r"although|said|told|according|left|leaving|in\s+which|which|that)\b)", re.I))  # one group: led for all
_CHAIN_GAP_BAD = re.compile(r"[;:.]|\b(?:to|said|says|told|according|after|before|when|while|as|left|leaving|by|"
                            r"that|which|who|from|in|near|the\s+attack)\b", re.I)
_BREAKDOWN = led(re.compile(r"\b(?:among\s+them|among\s+whom|of\s+them|of\s+whom|including|incl\.?|among\s+the\s+(?:dead|"
                            r"killed|injured|wounded|victims))\b", re.I))
_OF_THEM = re.compile(r"\s+of\s+them\b", re.I)
_WINDOW = 160
# small patterns used in loops, compiled once
_AT_LEAST = re.compile(r"\s*at\s+least\b", re.I)
_TAIL = re.compile(r"(?:(?!\band\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several)\b)[^.;]){0,25}?,?\s*(?:(?P<part>among\s+them|including|of\s+whom)|along\s+with|"
                   r"together\s+with)\b")
_OF_WHOM = led(re.compile(r"\bof\s+(?:them|whom)\b"))
_HURT = re.compile(r"injured|wounded", re.I)
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# "X was among six militants killed", "Constable X, one of the four policemen shot": he is one of the count
_AMONG_THOSE = re.compile(r"(?:\s+of\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?,?\s+(?:was|were)\s+(?:also\s+)?among\s+"
                          r"(?:those|the\s+(?:people|victims|dead|persons))\s+$", re.I)
_WAS_AMONG = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?(?:among|one\s+of)\b|,\s*(?:among|one\s+of)\s+the\b", re.I)


def _voice(text: str, verb: Hit, sent_start: int) -> str:
    voice = verb.values[1]
    if voice != "either":
        return voice
    before = text[max(sent_start, verb.start - 30):verb.start]
    if _AUX_BEFORE.search(before):
        return "passive"
    after = text[verb.end:verb.end + 30]
    if _AT_LEAST.match(after):
        return "active"
    if _PASSIVE_AFTER.match(after):
        return "passive"
    if _ACTIVE_AFTER.match(after):
        return "active"
    return "passive"


def _chain(nps: list[NP], text: str, backward: bool, anchor: int) -> list[NP]:
    """The victims of one verb: the phrase nearest the verb and those listed beside it."""
    seq = sorted(nps, key=lambda n: -n.start) if backward else sorted(nps, key=lambda n: n.start)
    chain: list[NP] = []
    edge = anchor
    for n in seq:
        gap = text[n.end:edge] if backward else text[edge:n.start]
        words = len(_ALSO.sub(" ", gap).split())
        if words > 7 and chain and _BREAKDOWN.search(gap):
            # "six militants including ring leader Qari X alias Y were killed": a name's words are one item
            words = sum(1 for w in gap.split() if not w[:1].isupper())
        if not backward and _SPOKESMAN_NEXT.match(text, n.end):
            break  # "killing six, including two guards, a police spokesman said": the source, not a victim
        if not chain:
            # "four attackers who tried to storm the camp were shot dead": a relative clause about the victims
            clause = _CLAUSE.search(gap)
            who = (words > 8 or clause) and backward and words <= 16 and _WHO_ONLY.match(gap) is not None
            if (words > 8 and not (who or backward and words <= 16 and (_WHO_CLAUSE.match(gap) or _DUTY_CLAUSE.match(gap)))) \
                    or clause and not who:
                break
        elif words > 7 and not _OF_EMPLOYER.match(gap) or _CHAIN_GAP_BAD.search(_BREAKDOWN.sub(" ", _ALSO.sub(" ", gap))):
            break
        chain.append(n)
        edge = n.start if backward else n.end
    if backward:
        chain.reverse()
    return chain


_MOSTLY = led(re.compile(r",?\s*(?:most|mostly|all|many|the\s+majority)(?:\s+of\s+(?:them|whom))?\s+(?:were\s+)?"
                         r"(?:women|children|civilians|villagers|passengers|worshippers|students)\b", re.I))
_ADJ_VERBS = frozenset({"martyred", "killed", "slain", "dead", "deceased"})
_DETERMINER = re.compile(r"\b(?:the|a|an|their|his|her|our|its)\s+$", re.I)
_APPOSITION_GAP = re.compile(r"\s*,\s*")
_STATE_TAKER = re.compile(r"\b(?:police|policemen|security\s+forces|troops|soldiers|officials|authorities|personnel)\s+"
                          r"(?:had\s+|have\s+|also\s+|then\s+|allegedly\s+)?$", re.I)
# "three surveyors of a construction firm and their guard": the first item's employer, then the list goes on
# (used only with .match on the short gap between two figures; .search over a long text would backtrack badly)
_OF_EMPLOYER = re.compile(r"\s{1,3}of\s{1,3}(?:a|an|the)\s{1,3}[\w\-]{1,40}(?:\s{1,3}[\w\-]{1,40}){0,4}\s{0,3},?\s{1,3}and\s{1,3}"
                          r"(?:their|his|her|its|the)\s{1,3}$", re.I)
_ALL_N = re.compile(r"\ball\s+$", re.I)  # "all four": every one of the four named before
_WHO_CLAUSE = re.compile(r"\s*,?\s*who\s+[^,;:.()]*,?\s*$", re.I)
# "a guard posted at the gate of the bank was shot dead": a participle phrase about the victim
_DUTY_CLAUSE = re.compile(r"\s*,?\s*(?:deployed|posted|stationed|assigned|deputed|guarding|escorting|protecting|"
                          r"travelling|traveling|returning|on\s+duty)\b[^,;:.()]*,?\s*(?:was|were)\s+$", re.I)
_ALSO = re.compile(r"\b(?:as\s+well\s+as|along\s+with|together\s+with)\b", re.I)
# "the bomber's body was / the bomber himself was blown to pieces": the head before the auxiliary
_BLOWN_HEAD = re.compile(r"(?P<head>[\w\-]+)\s+(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+$", re.I)
_BODY_WORDS = frozenset({"body", "bodies", "himself", "herself", "themselves", "he", "she", "they"})


def _person_blown(text: str, start: int, at: int) -> bool:
    """"X was blown to pieces" is a death only when X is a person ("the bomber", "his body"), not a car or a shop."""
    m = _BLOWN_HEAD.search(text, max(start, at - 40), at)
    if m is None:
        return False
    head = m.group("head").lower()
    return head in _BODY_WORDS or any(h.end == m.end("head")  # a word for people ends right there
                                      for h in load("victim_groups").find(text, max(start, m.start() - 30), m.end("head")))
def find_casualties(text: str, start: int = 0, end: int | None = None) -> list[CasualtyMention]:
    """Casualty mentions in text[start:end] (one sentence), each bound to a verb's kind."""
    end = len(text) if end is None else end
    told = _paren_breakdown(text, start, end) if "(" in text[start:end] else []
    text = mask_parentheticals(text, start, end)
    verbs = load("casualty_verbs").find(text, start, end)
    out: list[CasualtyMention] = []
    among: list[CasualtyMention] = []
    # "two injured civilians died": an adjective, not a new casualty
    verbs = [v for v in verbs if not (v.key in ("injured", "wounded") and _adjective(text, v.end))]
    # "paid tribute to the martyred soldier", "the killed terrorists": victims told before
    verbs = [v for v in verbs if not (v.key.lower() in _ADJ_VERBS  # the cheap determiner test first
                                      and _DETERMINER.search(text, max(start, v.start - 8), v.start)
                                      and _adjective(text, v.end))]
    if any(" to pieces" in v.key.lower() for v in verbs):
        verbs = [v for v in verbs if " to pieces" not in v.key.lower() or _person_blown(text, start, v.start)]
    for i, v in enumerate(verbs):
        kind = v.values[0]
        voice = _voice(text, v, start)
        if kind == "abducted" and voice == "active" and _STATE_TAKER.search(text, max(start, v.start - 40), v.start):
            kind = "arrested"  # "police took away his two sons": a detention by the state, not a kidnapping
        if voice == "passive":
            lo = max(start, v.start - _WINDOW, verbs[i - 1].end if i else start)
            # "three militants who stormed in after the blast were killed": victims before the clause, none in it
            wh = max((m.start() for m in _REL_AT.finditer(text, lo, v.start)), default=-1)
            wh = wh if wh >= 0 and _WHO_ONLY.match(text, wh, v.start) else v.start
            lo = max([lo] + [c for m in _CLAUSE.finditer(text, lo, v.start) if (c := m.end()) <= wh])
            nps = with_name(text, noun_phrases(text, lo, wh), NAME_BEFORE.search(text, lo, v.start))
            chain = _chain(nps, text, True, v.start)
            if not chain:
                bare = bare_number(text, lo, v.start, True)
                chain = [bare] if bare else []
                if bare is not None and bare.group == "unspecified" and bare.value \
                        and _ALL_N.search(text, max(start, bare.start - 8), bare.start) and (same := [
                        n for n in noun_phrases(text, max(start, bare.start - _WINDOW), bare.start) if n.value == bare.value and n.group != "unspecified"]):
                    # "four gunmen climbed the wall ... and all four were shot dead": the four named before
                    chain = [NP(bare.start, bare.end, same[-1].group, bare.value, bare.high)]
            if len(chain) == 1 and chain[0].group == "unspecified" and _MOSTLY.match(text, chain[0].end, v.start):
                # "nine people, most of them women and children, were killed": civilians
                n = chain[0]
                chain = [NP(n.start, n.end, "civilians", n.value, n.high)]
            if len(chain) == 1 and _AMONG_THOSE.match(text, chain[0].end, v.start):
                # "a citizen of X was among those killed in the blast, which killed four": one of a count told
                # after it (joined to that count's chain below), not one more
                among.extend(_emit(kind, chain, i, text, "part"))
                continue
            if len(chain) >= 2 and _WAS_AMONG.search(text, chain[-2].end, chain[-1].start):
                # "a commander, X, was among six militants killed": the count is the head, he one of them
                out.extend(_emit(kind, chain[-1:], i, text))
                out.extend(_emit(kind, chain[:-1], i, text, "part"))
                continue
            # "... were killed, among them two policemen"
            tail = _TAIL.match(text[v.end:end])
            if chain and tail:
                hi = min(end, verbs[i + 1].start if i + 1 < len(verbs) else end, v.end + _WINDOW)
                more = _chain(noun_phrases(text, v.end + tail.end(), hi), text, False, v.end + tail.end())
                out.extend(_emit(kind, chain, i, text))
                out.extend(_emit(kind, more, i, text, "part" if tail.group("part") else "add"))
                continue
        else:
            hi = min(end, v.end + _WINDOW, verbs[i + 1].start if i + 1 < len(verbs) else end)
            m = _CLAUSE.search(text, v.end, hi)
            hi = m.start() if m else hi
            nps = with_name(text, noun_phrases(text, v.end, hi), NAME_AFTER.match(text, v.end, hi))
            chain = _chain(nps, text, False, v.end)
            if not chain:
                bare = bare_number(text, v.end, hi, False)
                chain = [bare] if bare else []
                if bare is not None and _OF_THEM.match(text, bare.end, hi):
                    # "opened fire on labourers, killing five of them": the group named before
                    named = load("victim_groups").find(text, start, v.start)
                    if named:
                        chain = [NP(bare.start, bare.end, named[-1].values[0], bare.value, bare.high)]
            if len(chain) == 1 and chain[0].group == "unspecified" and _MOSTLY.match(text, chain[0].end, end):
                n = chain[0]  # "killing 15 people, most of them women and children": civilians
                chain = [NP(n.start, n.end, "civilians", n.value, n.high)]
        out.extend(_emit(kind, chain, i, text))
    for m in among:
        count = next((h for h in out if h.kind == m.kind and h.start > m.end and h.role == "head"
                      and h.group == "unspecified"), None)
        out.append(CasualtyMention(m.kind, m.group, m.value, m.start, m.end, "part" if count else "head",
                                   count.chain if count else m.chain, m.high))
    has = _words_in(text, start, end)
    out.extend(_special(text, start, end, len(verbs), has))
    if has("other", "remaining") and (m := OTHER_DEAD.search(text, start, end)) is not None:
        out = other_dead(text, m, end, out, len(verbs) + 2)
    if any(v.key.lower() in DIED_VERBS for v in verbs) and (later := LATER_DIED.search(text, start, end)) is not None:
        out = later_deaths(out, later, len(verbs) + 15)
    if has("body") and (b := BODY_ADDED.search(text, start, end)) is not None:
        out = body_added(text, b, end, out, len(verbs) + 16)
    return out + [CasualtyMention(m.kind, m.group, m.value, m.start, m.end, m.role, len(verbs) + 12) for m in told]


# "The dead (four soldiers and seven civilians) were taken ...": the aside breaks the toll down
_DEAD_PAREN = led(re.compile(r"\b(?:the|those)\s+(?P<w>dead|killed|martyred|deceased|injured|wounded)\s*\("
                             r"(?P<in>[^()\n]{3,80})\)", re.I))


def _paren_breakdown(text: str, start: int, end: int) -> list[CasualtyMention]:
    """Groups listed in brackets right after "the dead"/"the injured", each a part of the toll."""
    out = []
    for m in _DEAD_PAREN.finditer(text, start, end):
        kind = "injured" if _HURT.search(m.group("w")) else "killed"
        nps = noun_phrases(text, m.start("in"), m.end("in"))
        if len(nps) >= 2:
            out.extend(CasualtyMention(kind, n.group, n.value, n.start, n.end, "part") for n in nps)
    return out


def _adjective(text: str, pos: int) -> bool:
    """"injured soldiers" (a victim noun right after): an adjective; "wounded more than twenty" is a verb."""
    g = load("victim_groups").find(text, pos, min(len(text), pos + 40))
    return bool(g) and text[pos:g[0].start].strip() == "" and not _MORE_THAN.match(text, g[0].start)


_MORE_THAN = re.compile(r"more\s+than\b", re.I)


def _emit(kind: str, chain: list[NP], chain_id: int, text: str, force: str | None = None) -> list[CasualtyMention]:
    out = []
    broken = bool(chain) and bool(_BREAKDOWN.search(text, chain[0].end, min(len(text), chain[-1].end + 14)))
    # "nine people, five policemen and four civilians, were killed": a list after a comma that adds
    # up to the head is its breakdown, not more victims
    broken = broken or (len(chain) >= 3 and chain[0].group == "unspecified" and chain[0].high is None
                        and sum(n.value for n in chain[1:]) == chain[0].value
                        and bool(_APPOSITION_GAP.fullmatch(text, chain[0].end, chain[1].start)))
    broken = broken or _named_apposition(chain, text)
    for k, n in enumerate(chain):
        if force:
            out.append(CasualtyMention(kind, n.group, n.value, n.start, n.end, force, chain_id, n.high))
            continue
        role = "head" if k == 0 else "add"
        if k > 0 and (broken or _OF_WHOM.search(text[n.start:n.end])):
            role = "part"
            if _ALSO.search(text, chain[k - 1].end, n.start):
                role = "add"  # "..., four of them soldiers, as well as the driver": listed beside the head
            elif k >= 2 and chain[0].group in SPECIFIC and n.group not in (chain[0].group, "unspecified") \
                    and _COMMA_AND.fullmatch(text, chain[k - 1].end, n.start):
                role = "add"  # "13 passengers, among them two women and a child, and a policeman": beside the head
            elif n.group == "civilians" and chain[0].group in _ARMED_GROUPS:
                # "the five attackers, including the driver of the vehicle": one of the head's own
                n = NP(n.start, n.end, chain[0].group, n.value, n.high)
        out.append(CasualtyMention(kind, n.group, n.value, n.start, n.end, role, chain_id, n.high))
    return out


_COMMA_AND = re.compile(r"\s*,\s*(?:and|as\s+well\s+as|plus)\s+", re.I)
_ARMED_GROUPS = frozenset({"militants", "security_forces"})
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")
_CLOSING_COMMA = re.compile(r"\s*,\s*(?:were|was|had|have|embraced|lost)\b")


def _named_apposition(chain: list[NP], text: str) -> bool:
    """"two soldiers, Havildar A and Sepoy B, were martyred" / "two soldiers, a naik and a sepoy, were
    martyred": the list after a comma (named, or closed by a comma) is the same two people, each one of
    the head's group (or a bare name), adding up to the head's count."""
    if len(chain) < 2 or chain[0].group == "unspecified" or chain[0].high is not None:
        return False
    rest = chain[1:]
    closed = bool(_CLOSING_COMMA.match(text, rest[-1].end))
    return sum(n.value for n in rest) == chain[0].value \
        and all(n.value == 1 and n.group in (chain[0].group, "unspecified")
                and (n.group == "unspecified" or closed or _NAME_NEXT.match(text, n.end)) for n in rest) \
        and bool(_APPOSITION_GAP.fullmatch(text, chain[0].end, rest[0].start))


def _special(text: str, start: int, end: int, base: int, has: Callable[..., bool] | None = None
             ) -> list[CasualtyMention]:
    """Toll updates, "N of those killed were policemen", and lists of named victims."""
    out = []
    has = _words_in(text, start, end) if has is None else has
    for m in _TOLL.finditer(text, start, end) if has("toll", "number") else ():
        q = find_quantities(text, m.end(), min(end, m.end() + 20))
        if q and q[0][0] == m.end() and text[q[0][0]:q[0][1]].lower() not in ("a", "an"):
            g = load("victim_groups").find(text, q[0][1], min(end, q[0][1] + 25))
            # "the toll rose to eight soldiers": the toll is all of that group
            group = g[0].values[0] if g and not text[q[0][1]:g[0].start].strip() else toll_head_group(text, m.start(), m.end())
            out.append(CasualtyMention("killed", group, q[0][2], m.start(), q[0][1], "total" if group == "unspecified"
                                       else "head", base + 1))
            if (pt := _TOLL_PART.match(text, q[0][1], end)) is not None:
                # "the toll rose to 14, including six policemen": the toll broken down
                parts = _chain(noun_phrases(text, pt.end(), min(end, pt.end() + _WINDOW)), text, False, pt.end())
                if parts and sum(n.value for n in parts) <= q[0][2]:
                    out.append(CasualtyMention("killed", "unspecified", q[0][2], m.start(), q[0][1], "total", base + 14))
                    out.extend(_emit("killed", parts, base + 14, text, "part"))
        for r in _ROSE.finditer(text, m.end(), end):  # "initially stood at six but rose to nine": the latest
            q = find_quantities(text, r.end(), min(end, r.end() + 20))
            if q and q[0][0] == r.end() and text[q[0][0]:q[0][1]].lower() not in ("a", "an"):
                out.append(CasualtyMention("killed", "unspecified", q[0][2], r.start(), q[0][1], "total", base + 1))
    for m in _PUT_TOLL.finditer(text, start, end) if has("toll") else ():
        # "officials put the death toll at 15 and said all of the dead were civilians"
        q = find_quantities(text, m.end(), min(end, m.end() + 20))
        if q and q[0][0] == m.end() and text[q[0][0]:q[0][1]].lower() not in ("a", "an"):
            a = _ALL_DEAD.search(text, q[0][1], end)
            g = load("victim_groups").find(text, a.end(), min(end, a.end() + 25)) if a else []
            if g and g[0].start == a.end():
                out.append(CasualtyMention("killed", g[0].values[0], q[0][2], m.start(), q[0][1], "head", base + 13))
            else:
                out.append(CasualtyMention("killed", "unspecified", q[0][2], m.start(), q[0][1], "total", base + 13))
    for m in _TAKING.finditer(text, start, end) if has("number", "toll", "count") else ():
        q = find_quantities(text, m.end(), min(end, m.end() + 20))
        if q and q[0][0] == m.end() and text[q[0][0]:q[0][1]].lower() not in ("a", "an"):
            kind = "injured" if _HURT.search(m.group("w") or "") else "killed"
            out.append(CasualtyMention(kind, "unspecified", q[0][2], m.start(), q[0][1], "total", base + 7))
    for m in _TOLL_LATER.finditer(text, start, end) if has("toll") else ():
        q = find_quantities(text, m.end(), min(end, m.end() + 20))
        if q and q[0][0] == m.end() and text[q[0][0]:q[0][1]].lower() not in ("a", "an"):
            out.append(CasualtyMention("killed", "unspecified", q[0][2], m.start(), q[0][1], "total", base + 1))
    for m in _CARRIED.finditer(text, start, end) if has("injured", "wounded") else ():
        q = [x for x in find_quantities(text, max(start, m.start() - 25), m.start()) if x[1] >= m.start() - 1]
        if q and text[q[-1][0]:q[-1][1]].lower() not in ("a", "an", "the"):
            out.append(CasualtyMention("injured", "unspecified", q[-1][2], q[-1][0], m.end(), "head", base + 6))
    for q in find_quantities(text, start, end) if has("treat") else ():
        # "Four others are still being treated for their wounds": the injured still in hospital (each count
        # tried, so "..., while eleven others were still under treatment" is not hidden by an earlier word)
        m = _TREATED.match(text, q[1], end)
        if m is not None and text[q[0]:q[1]].lower() not in ("a", "an", "the"):
            out.append(CasualtyMention("injured", "unspecified", q[2], q[0], m.end(), "head", base + 10))
    for m in _INCLUDED.finditer(text, start, end):
        hi = min(end, m.end() + _WINDOW)
        cut = _CLAUSE.search(text, m.end(), hi)
        chain = _chain(noun_phrases(text, m.end(), cut.start() if cut else hi), text, False, m.end())
        kind = _NAMED_KIND.get(m.group("w").lower(), "killed")
        out.extend(_emit(kind, chain, base + 5, text))
    for m in _HOSTAGE.finditer(text, start, end) if has("hostage", "captive") else ():
        q = find_quantities(text, m.start("n"), m.end("n"))
        if q:
            out.append(CasualtyMention("abducted", "unspecified", q[0][2], m.start(), m.end(), "head", base + 4))
    for m in _OF_THE_DEAD.finditer(text, start, end) if has("of the", "of those") else ():
        hi = min(end, m.end() + _WINDOW)
        kind = "injured" if _HURT.search(m.group("w")) else "killed"
        groups = load("victim_groups").find(text, m.end(), hi)
        for q in find_quantities(text, m.end(), hi):
            g = next((g for g in groups if g.start >= q[1]), None)
            if g is not None and _WERE_GAP.fullmatch(text, q[1], g.start) and text[q[0]:q[1]].lower() not in ("a", "an"):
                out.append(CasualtyMention(kind, g.values[0], q[2], q[0], g.end, "part", base + 8))
    for m in _NTH_DIED.finditer(text, start, end) if has("second", "third", "fourth", "fifth", "sixth") else ():
        # "a third policeman, who was wounded, succumbed on Monday": the toll is now three
        g = load("victim_groups").find(text, m.end("ord"), min(end, m.end("ord") + 30))
        if g and len(text[m.end("ord"):g[0].start].split()) <= 2:
            out.append(CasualtyMention("killed", g[0].values[0], _ORDINALS[m.group("ord").lower()], m.start(), g[0].end,
                                       "head", base + 11))
    for m in _BODIES.finditer(text, start, end) if has("bodies", "body of") else ():
        # "the bodies of two labourers ... were found": the dead, counted by who they were
        found = _FOUND.search(text, m.end(), min(end, m.end() + 160))
        nps = noun_phrases(text, m.end(), found.start()) if found is not None else []
        if nps and nps[0].start - m.end() <= 4:
            out.append(CasualtyMention("killed", nps[0].group, nps[0].value, nps[0].start, nps[0].end, "head", base + 16))
    for m in _SHOT_DEAD.finditer(text, start, end) if has("dead") else ():
        # "offloaded passengers and shot seven of them dead": the verb split around its victims
        nps = noun_phrases(text, m.start("np"), m.end("np"))
        q = find_quantities(text, m.start("np"), m.end("np"))
        if nps and nps[0].start == m.start("np"):
            out.append(CasualtyMention("killed", nps[0].group, nps[0].value, nps[0].start, nps[0].end, "head", base + 17))
        elif q and q[0][0] == m.start("np") and text[q[0][0]:q[0][1]].lower() not in ("a", "an") \
                and _OF_THEM.match(text, q[0][1], m.end("np")):
            named = load("victim_groups").find(text, start, m.start())
            group = named[-1].values[0] if named else "unspecified"
            out.append(CasualtyMention("killed", group, q[0][2], q[0][0], q[0][1], "head", base + 17))
    for m in _NOT_COUNTING.finditer(text, start, end) if has("bomber") else ():
        # "the figure of nine does not include the bomber": the bomber died too, counted apart
        out.append(CasualtyMention("killed", "militants", 1, m.start(), m.end(), "head", base + 9))
    for m in _OF_THOSE.finditer(text, start, end):
        q = [x for x in find_quantities(text, max(start, m.start() - 20), m.start()) if x[1] >= m.start() - 1]
        g = load("victim_groups").find(text, m.end(), min(end, m.end() + 30))
        if q and g and len(text[m.end():g[0].start].split()) <= 2:
            kind = "injured" if _HURT.search(m.group(0)) else "killed"
            out.extend(of_those_parts(text, kind, q[-1], g[0], end, base + 2))  # ("... and two were passers-by")
    for m in _NAMED.finditer(text, start, end) if has("named", "identified") else ():
        names = [p for p in _LIST_SPLIT.split(text[m.end():end].rstrip(" .")) if p[:1].isupper()]
        if names:
            out.append(CasualtyMention(_NAMED_KIND[m.group("w").lower()], "unspecified", len(names),
                                       m.start(), end, "head", base + 3))
    return out
