"""Victim noun phrases (a count with its group term, a named person, a bare count) in a window of a sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .fastre import led
from .lexicon import Hit, load
from .numbers import find_quantities

__all__ = ["NAME_AFTER", "NAME_BEFORE", "NP", "bare_number", "noun_phrases", "with_name"]

# "..., District Police Officer X told reporters": the speaker, not a victim
_SPEAKER_AFTER = re.compile(r"(?:\s+[A-Z][\w'’\-]*){0,4},?\s+(?:said|told|says|added|confirmed|stated)\b")
_SPEAKER_BEFORE = led(re.compile(r"\b(?:according\s+to|quoted|quoting|citing)\s+(?:\w+\s+){0,3}$", re.I))
# (?:W\s+){1,3}W written with its first word outside the repeat: the same matches, and a search
# can skip to capitals (a pattern starting with a repeat gets no fast first-character scan)
_NAME = r"[A-Z][a-z'’\-]+\s+(?:[A-Z][a-z'’\-]+\s+){0,2}[A-Z][a-z'’\-]+"
# "employees of the National Registration Authority were kidnapped": a body's name is no victim
_INSTITUTION = re.compile(r"\b(?:Authority|Department|Ministry|Directorate|Corporation|Company|Commission|Bank|"
                          r"University|College|Hospital|Board|Council|Agency|Organi[sz]ation|Institute|Bureau)\b")
NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})(?P<app>\s*,[^,;()]{{1,60}},)?\s+(?:(?:was|were|has\s+been|had\s+been|is|also)\s+)*$")
NAME_AFTER = re.compile(rf"\s+(?:of\s+)?(?P<name>{_NAME})\b(?!\s+(?:district|area|province|city|town|village))")
# what may stand between a bare count and its passive verb: "three were seriously wounded"
_AUX_ONLY = re.compile(r"\s*(?:(?:were|was|have\s+been|had\s+been|are|also|reportedly|later|others?|more|seriously|"
                       r"critically|severely|badly|slightly|grievously|gravely)\s+)*", re.I)
_ORDINAL_AUX = re.compile(r"\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:one\s+|man\s+|person\s+)?"
                          r"(?:(?:was|had\s+been|has\s+been|also|later)\s+)+", re.I)
_MAX_GAP_NUM_GROUP = 28  # chars between a count and its group term ("Eight Afghan soldiers")
_GAP_BREAK = re.compile(r"[,;:.()]|\b(?:and|or|with|who|were|was|had|have)\b")
_COMMAS = re.compile(r"[\s,]*")
_SHORT_APPOSITION = re.compile(r",?\s*(?:the\s+)?[\w'’ ]{0,30}")
_QUALIFIER = re.compile(r"\s*(?:at\s+least|more\s+than|over|nearly|about|some|around|no\s+fewer\s+than)?\s*", re.I)
_COUNT_END = re.compile(r"\s*(?:[,.;]|(?:and|in|at|on|near|during|when|while|of\s+them)\b|$)")


@dataclass(slots=True, unsafe_hash=True)  # not frozen (never mutated, hashable as before): a frozen one's __init__ is ~4x slower
class NP:
    """One victim phrase: its span, group and count (high: the top of a range)."""

    start: int
    end: int
    group: str
    value: int
    high: int | None


def noun_phrases(text: str, start: int, end: int) -> list[NP]:
    """Count + victim-group phrases in text[start:end] (a singular term alone counts 1)."""
    groups = load("victim_groups").find(text, start, end)
    qty = find_quantities(text, start, end) if groups else []  # every phrase hangs on a group: else no counts
    out: list[NP] = []
    qi = 0
    prev_end = start
    for g in groups:
        if out and g.start - out[-1].end <= 1 and text[out[-1].end:g.start].strip() == "":
            last = out[-1]
            if last.group == "unspecified" and g.values[0] != "unspecified":  # "two more terrorists"
                out[-1] = NP(last.start, g.end, g.values[0], last.value, last.high)
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
            out.append(NP(best[0], g.end, group, best[2], best[3]))
        elif g.values[1] == "singular" and not _name_tail(text, g):
            out.append(NP(g.start, g.end, group, 1, None))
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


def with_name(text: str, nps: list[NP], m: re.Match | None) -> list[NP]:
    """Add a named victim ("... Khalil Haqqani was killed") unless the name belongs to a title
    or apposition already counted ("Head Constable Alauddin", "the minister, Khalil Haqqani")."""
    if m is None:
        return nps
    s, e = m.start("name"), m.end("name")
    if m.re is NAME_BEFORE and _OF_BEFORE.search(text, max(0, s - 8), s):
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
    return sorted(nps + [NP(s, tail, group, 1, None)], key=lambda n: n.start)


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_NO_ONE = led(re.compile(r"\bno\s+$", re.I))


def bare_number(text: str, start: int, end: int, passive: bool) -> NP | None:
    """"three were wounded" / "wounding 13": a count with no group next to the verb."""
    qty = [q for q in find_quantities(text, start, end) if not _NO_ONE.search(text, max(0, q[0] - 4), q[0])]
    if not qty:
        return None  # "no one was hurt": nobody, not one
    if passive:
        q = qty[-1]
        if text[q[0]:q[1]].lower() in ("a", "an") and _ORDINAL_AUX.fullmatch(text[q[1]:end]):
            return NP(q[0], q[1], "unspecified", 1, None)  # "two were killed and a third was arrested"
        if _AUX_ONLY.fullmatch(text[q[1]:end]):
            if text[q[0]:q[1]].lower() not in ("a", "an"):  # "another was hurt" counts one
                return NP(q[0], q[1], "unspecified", q[2], q[3])
        return None
    q = qty[0]
    if _QUALIFIER.fullmatch(text[start:q[0]]) and text[q[0]:q[1]].lower() not in ("a", "an"):
        if _COUNT_END.match(text[q[1]:end + 1]):
            return NP(q[0], q[1], "unspecified", q[2], q[3])
    return None
