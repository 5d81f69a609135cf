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
from dataclasses import dataclass

from .fastre import led
from .casualty_masks import mask_parentheticals, words_in as _words_in
from .casualty_patterns import (
    _ALL_DEAD, _BODIES, _CARRIED, _FOUND, _HOSTAGE, _INCLUDED, _NAMED, _NAMED_KIND, _NOT_COUNTING, _NTH_DIED,
    _OF_THE_DEAD, _OF_THOSE, _ORDINALS, _PUT_TOLL, _ROSE, _SHOT_DEAD, _TAKING, _TOLL, _TOLL_LATER, _TOLL_PART,
    _TREATED, _WERE_GAP, _REL_AT, _SPOKESMAN_NEXT, _WHO_ONLY, of_those_parts, toll_head_group)
from .lexicon import Hit, load
from .numbers import find_quantities
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
# "..., District Police Officer X told reporters": the speaker, not a victim
_SPEAKER_AFTER = re.compile(r"(?:\s+[A-Z][\w'’\-]*){0,4},?\s+(?:said|told|says|added|confirmed|stated)\b")
_SPEAKER_BEFORE = led(re.compile(r"\b(?:according\s+to|quoted|quoting|citing)\s+(?:\w+\s+){0,3}$", re.I))
# (?:W\s+){1,3}W written with its first word outside the repeat: the same matches, and a search
# can skip to capitals (a pattern starting with a repeat gets no fast first-character scan)
_NAME = r"[A-Z][a-z'’\-]+\s+(?:[A-Z][a-z'’\-]+\s+){0,2}[A-Z][a-z'’\-]+"
# "employees of the National Registration Authority were kidnapped": a body's name is no victim
_INSTITUTION = re.compile(r"\b(?:Authority|Department|Ministry|Directorate|Corporation|Company|Commission|Bank|"
                          r"University|College|Hospital|Board|Council|Agency|Organi[sz]ation|Institute|Bureau)\b")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})(?P<app>\s*,[^,;()]{{1,60}},)?\s+(?:(?:was|were|has\s+been|had\s+been|is|also)\s+)*$")
_NAME_AFTER = re.compile(rf"\s+(?:of\s+)?(?P<name>{_NAME})\b(?!\s+(?:district|area|province|city|town|village))")
# what may stand between a bare count and its passive verb: "three were seriously wounded"
_AUX_ONLY = re.compile(r"\s*(?:(?:were|was|have\s+been|had\s+been|are|also|reportedly|later|others?|more|seriously|"
                       r"critically|severely|badly|slightly|grievously|gravely)\s+)*", re.I)
_ORDINAL_AUX = re.compile(r"\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:one\s+|man\s+|person\s+)?"
                          r"(?:(?:was|had\s+been|has\s+been|also|later)\s+)+", re.I)
_OF_THEM = re.compile(r"\s+of\s+them\b", re.I)
_MAX_GAP_NUM_GROUP = 28  # chars between a count and its group term ("Eight Afghan soldiers")
_WINDOW = 160
# small patterns used in loops, compiled once
_GAP_BREAK = re.compile(r"[,;:.()]|\b(?:and|or|with|who|were|was|had|have)\b")
_COMMAS = re.compile(r"[\s,]*")
_SHORT_APPOSITION = re.compile(r",?\s*(?:the\s+)?[\w'’ ]{0,30}")
_QUALIFIER = re.compile(r"\s*(?:at\s+least|more\s+than|over|nearly|about|some|around|no\s+fewer\s+than)?\s*", re.I)
_COUNT_END = re.compile(r"\s*(?:[,.;]|(?:and|in|at|on|near|during|when|while|of\s+them)\b|$)")
_AT_LEAST = re.compile(r"\s*at\s+least\b", re.I)
_TAIL = re.compile(r"(?:(?!\band\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several)\b)[^.;]){0,25}?,?\s*(?:(?P<part>among\s+them|including|of\s+whom)|along\s+with|"
                   r"together\s+with)\b")
_OF_WHOM = led(re.compile(r"\bof\s+(?:them|whom)\b"))
_HURT = re.compile(r"injured|wounded", re.I)
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


@dataclass(slots=True, unsafe_hash=True)  # not frozen (never mutated, hashable as before): a frozen one's __init__ is ~4x slower
class _NP:
    start: int
    end: int
    group: str
    value: int
    high: int | None


def _noun_phrases(text: str, start: int, end: int) -> list[_NP]:
    """Count + victim-group phrases in text[start:end] (a singular term alone counts 1)."""
    groups = load("victim_groups").find(text, start, end)
    qty = find_quantities(text, start, end) if groups else []  # every phrase hangs on a group: else no counts
    out: list[_NP] = []
    qi = 0
    prev_end = start
    for g in groups:
        if out and g.start - out[-1].end <= 1 and text[out[-1].end:g.start].strip() == "":
            last = out[-1]
            if last.group == "unspecified" and g.values[0] != "unspecified":  # "two more terrorists"
                out[-1] = _NP(last.start, g.end, g.values[0], last.value, last.high)
            continue  # "Levies sepoy", "police constable": one phrase, one person
        best = None
        while qi < len(qty) and qty[qi][1] <= g.start:
            q = qty[qi]
            if q[0] >= prev_end and g.start - q[1] <= _MAX_GAP_NUM_GROUP:
                best = q
            qi += 1
        gap = text[best[1]:g.start] if best else ""
        if best and not _GAP_BREAK.search(gap) and len(gap.split()) <= 3:
            if best[2] == 1 and best[3] is None and text[best[0]:best[1]].lower() in ("a", "an") and (
                    len(gap.split()) > 2 or (g.values[1] == "plural" and gap.strip())):
                best = None
        else:
            best = None
        pos = best[0] if best else g.start
        if _SPEAKER_BEFORE.search(text[max(0, pos - 30):pos]) or _SPEAKER_AFTER.match(text, g.end, min(len(text), g.end + 60)):
            prev_end = g.end
            continue
        group = g.values[0]
        if group == "security_forces" and ("etired" in (w := text[max(start, g.start - 30):g.start]) or "ormer" in w
                                           or "ex" in w) and _RETIRED.search(w):
            group = "civilians"  # "a retired army subedar", "a former police officer": no longer serving
        if best:
            out.append(_NP(best[0], g.end, group, best[2], best[3]))
        elif g.values[1] == "singular" and not _name_tail(text, g):
            out.append(_NP(g.start, g.end, group, 1, None))
        prev_end = g.end
    return out


_RETIRED = re.compile(r"\b(?:retired|former|ex)[\s\-]+(?:[\w\-]+\s+){0,2}$", re.I)
_CAP_BEFORE = re.compile(r"(?<![.!?:;\"“])\s(?:[A-Z][a-z'’]+\s+)*[A-Z][a-z'’]+\s+$")
_CAP_AFTER = re.compile(r"\s+[A-Z]")


def _name_tail(text: str, g: Hit) -> bool:
    """"the edge of Gul Imam": a capitalised role word ending a proper name (a place, a person), not a victim;
    a title before a name ("Head Constable Alauddin") is kept."""
    return text[g.start].isupper() and not _CAP_AFTER.match(text, g.end, g.end + 2) \
        and bool(_CAP_BEFORE.search(text, max(0, g.start - 40), g.start))


def _with_name(text: str, nps: list[_NP], m: re.Match | None) -> list[_NP]:
    """Add a named victim ("... Khalil Haqqani was killed") unless the name belongs to a title
    or apposition already counted ("Head Constable Alauddin", "the minister, Khalil Haqqani")."""
    if m is None:
        return nps
    s, e = m.start("name"), m.end("name")
    if m.re is _NAME_BEFORE and _OF_BEFORE.search(text, max(0, s - 8), s):
        return nps  # "two jawans of the Frontier Corps", "the sons of Malik X": the name qualifies the victims
    if load("actors").find(text, s, e) or load("victim_groups").find(text, s, e) or _INSTITUTION.search(text, s, e) \
            or (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-‐")):  # the tail of "Tehreek-i-Taliban Pakistan"
        return nps
    for n in nps:
        if n.start <= s < n.end or s <= n.start < e:
            return nps
        if n.value == 1 and (_COMMAS.fullmatch(text[n.end:s]) or _SHORT_APPOSITION.fullmatch(text[e:n.start])):
            return nps
    # "X, a member of the peace committee, was shot": the apposition is part of the phrase
    tail, group = e, "unspecified"
    if "app" in m.re.groupindex and m.group("app"):
        tail = m.end("app")
        hits = load("victim_groups").find(text, m.start("app"), tail)
        group = hits[0].values[0] if hits else group
    return sorted(nps + [_NP(s, tail, group, 1, None)], key=lambda n: n.start)


_WAS_AMONG = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?(?:among|one\s+of)\b", re.I)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_NO_ONE = led(re.compile(r"\bno\s+$", re.I))


def _bare_number(text: str, start: int, end: int, passive: bool) -> _NP | None:
    """"three were wounded" / "wounding 13": a count with no group next to the verb."""
    qty = [q for q in find_quantities(text, start, end) if not _NO_ONE.search(text, max(0, q[0] - 4), q[0])]
    if not qty:
        return None  # "no one was hurt": nobody, not one
    if passive:
        q = qty[-1]
        if text[q[0]:q[1]].lower() in ("a", "an") and _ORDINAL_AUX.fullmatch(text[q[1]:end]):
            return _NP(q[0], q[1], "unspecified", 1, None)  # "two were killed and a third was arrested"
        if _AUX_ONLY.fullmatch(text[q[1]:end]):
            if text[q[0]:q[1]].lower() not in ("a", "an"):  # "another was hurt" counts one
                return _NP(q[0], q[1], "unspecified", q[2], q[3])
        return None
    q = qty[0]
    if _QUALIFIER.fullmatch(text[start:q[0]]) and text[q[0]:q[1]].lower() not in ("a", "an"):
        if _COUNT_END.match(text[q[1]:end + 1]):
            return _NP(q[0], q[1], "unspecified", q[2], q[3])
    return None


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


def _chain(nps: list[_NP], text: str, backward: bool, anchor: int) -> list[_NP]:
    """The victims of one verb: the phrase nearest the verb and those listed beside it."""
    seq = sorted(nps, key=lambda n: -n.start) if backward else sorted(nps, key=lambda n: n.start)
    chain: list[_NP] = []
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
            if (words > 8 and not (who or backward and words <= 16 and _WHO_CLAUSE.match(gap))) or clause and not who:
                break
        elif words > 7 or _CHAIN_GAP_BAD.search(_BREAKDOWN.sub(" ", _ALSO.sub(" ", gap))):
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
_WHO_CLAUSE = re.compile(r"\s*,?\s*who\s+[^,;:.()]*,?\s*$", re.I)
_ALSO = re.compile(r"\b(?:as\s+well\s+as|along\s+with|together\s+with)\b", re.I)
def find_casualties(text: str, start: int = 0, end: int | None = None) -> list[CasualtyMention]:
    """Casualty mentions in text[start:end] (one sentence), each bound to a verb's kind."""
    end = len(text) if end is None else end
    told = _paren_breakdown(text, start, end) if "(" in text[start:end] else []
    text = mask_parentheticals(text, start, end)
    verbs = load("casualty_verbs").find(text, start, end)
    out: list[CasualtyMention] = []
    # "two injured civilians died": an adjective, not a new casualty
    verbs = [v for v in verbs if not (v.key in ("injured", "wounded") and _adjective(text, v.end))]
    # "paid tribute to the martyred soldier", "the killed terrorists": victims told before
    verbs = [v for v in verbs if not (v.key.lower() in _ADJ_VERBS  # the cheap determiner test first
                                      and _DETERMINER.search(text, max(start, v.start - 8), v.start)
                                      and _adjective(text, v.end))]
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
            nps = _with_name(text, _noun_phrases(text, lo, wh), _NAME_BEFORE.search(text, lo, v.start))
            chain = _chain(nps, text, True, v.start)
            if not chain:
                bare = _bare_number(text, lo, v.start, True)
                chain = [bare] if bare else []
            if len(chain) == 1 and chain[0].group == "unspecified" and _MOSTLY.match(text, chain[0].end, v.start):
                # "nine people, most of them women and children, were killed": civilians
                n = chain[0]
                chain = [_NP(n.start, n.end, "civilians", n.value, n.high)]
            if len(chain) >= 2 and _WAS_AMONG.search(text, chain[-2].end, chain[-1].start):
                # "a commander, X, was among six militants killed": the count is the head, he one of them
                out.extend(_emit(kind, chain[-1:], i, text))
                out.extend(_emit(kind, chain[:-1], i, text, "part"))
                continue
            # "... were killed, among them two policemen"
            tail = _TAIL.match(text[v.end:end])
            if chain and tail:
                hi = min(end, verbs[i + 1].start if i + 1 < len(verbs) else end, v.end + _WINDOW)
                more = _chain(_noun_phrases(text, v.end + tail.end(), hi), text, False, v.end + tail.end())
                out.extend(_emit(kind, chain, i, text))
                out.extend(_emit(kind, more, i, text, "part" if tail.group("part") else "add"))
                continue
        else:
            hi = min(end, v.end + _WINDOW, verbs[i + 1].start if i + 1 < len(verbs) else end)
            m = _CLAUSE.search(text, v.end, hi)
            hi = m.start() if m else hi
            nps = _with_name(text, _noun_phrases(text, v.end, hi), _NAME_AFTER.match(text, v.end, hi))
            chain = _chain(nps, text, False, v.end)
            if not chain:
                bare = _bare_number(text, v.end, hi, False)
                chain = [bare] if bare else []
                if bare is not None and _OF_THEM.match(text, bare.end, hi):
                    # "opened fire on labourers, killing five of them": the group named before
                    named = load("victim_groups").find(text, start, v.start)
                    if named:
                        chain = [_NP(bare.start, bare.end, named[-1].values[0], bare.value, bare.high)]
            if len(chain) == 1 and chain[0].group == "unspecified" and _MOSTLY.match(text, chain[0].end, end):
                n = chain[0]  # "killing 15 people, most of them women and children": civilians
                chain = [_NP(n.start, n.end, "civilians", n.value, n.high)]
        out.extend(_emit(kind, chain, i, text))
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
        nps = _noun_phrases(text, m.start("in"), m.end("in"))
        if len(nps) >= 2:
            out.extend(CasualtyMention(kind, n.group, n.value, n.start, n.end, "part") for n in nps)
    return out


def _adjective(text: str, pos: int) -> bool:
    """"injured soldiers" (a victim noun right after): an adjective; "wounded more than twenty" is a verb."""
    g = load("victim_groups").find(text, pos, min(len(text), pos + 40))
    return bool(g) and text[pos:g[0].start].strip() == "" and not _MORE_THAN.match(text, g[0].start)


_MORE_THAN = re.compile(r"more\s+than\b", re.I)


def _emit(kind: str, chain: list[_NP], chain_id: int, text: str, force: str | None = None) -> list[CasualtyMention]:
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
                n = _NP(n.start, n.end, chain[0].group, n.value, n.high)
        out.append(CasualtyMention(kind, n.group, n.value, n.start, n.end, role, chain_id, n.high))
    return out


_COMMA_AND = re.compile(r"\s*,\s*(?:and|as\s+well\s+as|plus)\s+", re.I)
_ARMED_GROUPS = frozenset({"militants", "security_forces"})
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")
_CLOSING_COMMA = re.compile(r"\s*,\s*(?:were|was|had|have|embraced|lost)\b")


def _named_apposition(chain: list[_NP], text: str) -> bool:
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
                parts = _chain(_noun_phrases(text, pt.end(), min(end, pt.end() + _WINDOW)), text, False, pt.end())
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
        chain = _chain(_noun_phrases(text, m.end(), cut.start() if cut else hi), text, False, m.end())
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
        nps = _noun_phrases(text, m.end(), found.start()) if found is not None else []
        if nps and nps[0].start - m.end() <= 4:
            out.append(CasualtyMention("killed", nps[0].group, nps[0].value, nps[0].start, nps[0].end, "head", base + 16))
    for m in _SHOT_DEAD.finditer(text, start, end) if has("dead") else ():
        # "offloaded passengers and shot seven of them dead": the verb split around its victims
        nps = _noun_phrases(text, m.start("np"), m.end("np"))
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
