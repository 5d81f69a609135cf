"""Who did it, how, and to whom: a violence frame's perpetrator and claim, tactic and target
(events.py builds the event around them)."""
from __future__ import annotations

import re

from .actors import STATE_PK, find_actors
from .cues import best_tactic, best_target
from .mentions import SentenceInfo
from .segment import Frame

__all__ = ["CLAIMANT_SAYS", "actors", "tactic", "target"]

# "X claimed the attack, saying its fighters killed 14 personnel": the claimant's own account, which yields to
# the figures and victims a report gives beside it
CLAIMANT_SAYS = re.compile(r"\bclaimed\b[^.;]{0,200}?,\s*saying\s+(?:its|their|the\s+group'?s?)\s+(?:fighters|men|"
                           r"militants|members)\b", re.I)

# a word every suicide-attack phrase of the tactics lexicon holds (a cheap test before looking further)
_SUICIDE_WORDS = ("uicide", "rammed", "smashed", "xplosive", "himself")
# a vehicle bomb opening an assault on a camp or post: the complex attack of a suicide vehicle bomb and gunmen
_VEHICLE_THEN_STORM = re.compile(r"\b(?:car|truck|vehicle|van|lorry)[\s\-]bombs?\b[^.;]{0,120}?\b(?:storm|stormed|storming|"
                                 r"forced\s+their\s+way)\b", re.I)
# the bomber among the dead: "including the bomber", "the bomber himself was killed", "killed ... and the bomber"
# (not a death at work on the device: "the bomber was killed while assembling it", "the bomb maker")
_BOMBER_DIED = re.compile(r"(?:\b(?:including|and|besides)\s+the\s+(?:suicide\s+)?bomber\b|\bthe\s+bomber\s+(?:himself|"
                          r"(?:was|were)\s+(?:also\s+)?(?:killed|blown))\b)(?![^.;]{0,40}?\b(?:while|when|as)\s+"
                          r"(?:he\s+was\s+|they\s+were\s+)?(?:assembling|planting|handling|making|preparing|fitting|"
                          r"setting|carrying|transporting|defusing|trying\s+to\s+(?:plant|fit|assemble|defuse)))", re.I)
_BOMB_LIKE = frozenset({"ied", "armed_assault"})  # what a later-told suicide attack makes more precise
_QUOTE_MARKS = frozenset("\"“‘'")


def _may_name_group(text: str) -> bool:
    """False only when _THE_GROUP cannot match: an ASCII text without its nouns (others may fold letters)."""
    if not text.isascii():
        return True
    low = text.lower()
    return "group" in low or "outfit" in low or "organi" in low


def actors(text: str, title_text: str, f: Frame, title: SentenceInfo | None) -> tuple[str | None, str | None]:
    claimed = perp = None
    loose = False  # the perpetrator was only named in an event sentence, with no claim or attribution
    ally = False  # the claim named only the group a faction is allied to ("a faction linked to X claimed it")
    units: list[tuple[str, SentenceInfo]] = [(title_text, title)] if title is not None else []
    units += [(text, m) for m in f.members if not m.background]
    for src, s in units:
        acts = [a for a in find_actors(src, s.sent.start, s.sent.end) if a.code != STATE_PK
                and not _DENIED.match(src, a.end, min(len(src), a.end + 40))]
        # "Jamaat-ul-Ahrar, a TTP faction, claimed it", "the X faction of the TTP": the actor is the first
        acts = [a for i, a in enumerate(acts) if not (i and _APPOSED.fullmatch(src, acts[i - 1].end, a.start))]
        if not acts and src is text and _may_name_group(s.sent.text) and _THE_GROUP.search(s.sent.text):
            # "the group also claimed ...": the group named last before this sentence
            acts = [a for a in find_actors(text, 0, s.sent.start) if a.code not in (STATE_PK, "TTA")][-1:]
        if not acts:
            continue
        claim = s.has("claim") and not s.has("claim_negated")
        if claim and ally and not any(_ally_of(src, a.start) for a in acts):
            # "a faction allied to the TTP claimed it ... The X group said its fighters carried out the raid": X
            claimed = perp = _nearest(acts, s.cues.get("claim", []))
            ally = False
        if claim and claimed is None:
            claimed = _nearest(acts, s.cues.get("claim", []))
            ally = any(_ally_of(src, a.start) for a in acts)
            if loose:  # "an official of the Islamic Emirate was killed ... IS claimed it": the claim says who
                perp, loose = claimed, False
        if perp is None and (claim or s.has("attribution") or s.trigger):
            perp = claimed if claim else _nearest(acts, s.cues.get("attribution", []))
            loose = not claim and not s.has("attribution")
    return perp, claimed or None


_THE_GROUP = re.compile(r"\b(?:the|this)\s+(?:militant\s+|terrorist\s+|extremist\s+)?(?:group|outfit|organisation|"
                        r"organization)\b(?!\s+of\b)", re.I)
_APPOSED = re.compile(r"\s*[,(]\s*(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:of\s+(?:the\s+)?)?|\s+(?:faction|wing|splinter\s+group|"
                      r"offshoot|chapter|branch)\s+of\s+(?:the\s+)?", re.I)
_ALLY_OF = re.compile(r"\b(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:faction|group|outfit|offshoot|splinter\s+group)\s+(?:allied|"
                      r"affiliated|linked|close|loyal|aligned)\s+(?:to|with)\s+(?:the\s+)?$", re.I)
_ALLY_WORDS = ("allied", "affiliated", "linked", "close", "loyal", "aligned")


def _ally_of(src: str, pos: int) -> bool:
    """"a faction allied to X" right before pos (the words tested first, the regex only when one is there)."""
    window = src[max(0, pos - 60):pos]
    return any(w in window for w in _ALLY_WORDS) and _ALLY_OF.search(window) is not None


_DENIED = re.compile(r"[^.;]{0,20}?\b(?:denied|rejected|disowned|distanced)\b", re.I)


def _nearest(acts: list, spans: list[tuple[int, int]]) -> str:
    """The actor written closest to a claim/attribution cue (the first actor when there is no cue)."""
    if not spans:
        return acts[0].code
    return min(acts, key=lambda a: min(abs(a.start - s) for s, _ in spans)).code


def tactic(text: str, title_text: str, f: Frame, title: SentenceInfo | None) -> str | None:
    first = None
    for s in f.triggers:
        t = best_tactic(text, s.sent.start, s.sent.end)
        if t and first is None:
            first = t[1]
            if first in _BOMB_LIKE and _bomber_died(f):
                return "suicide_bombing"
            if first in _BOMB_LIKE and "bomb" in s.sent.text and _VEHICLE_THEN_STORM.search(s.sent.text):
                return "suicide_bombing"  # "set off a truck bomb at the gate before trying to storm the camp"
            if first not in _BOMB_LIKE or not any(w in text for w in _SUICIDE_WORDS):
                return first
        elif t and t[1] == "suicide_bombing":
            return t[1]  # "a car bomb hit the convoy ... a car packed with explosives smashed into it": a suicide attack
    if first is not None:
        if first in _BOMB_LIKE and _of_them_tactic(text, f) == "suicide_bombing":
            return "suicide_bombing"  # "four suicide attacks ... The deadliest of them was the bombing of ..."
        if any(not m.background and not m.trigger and not m.aggregate and not _QUOTED.search(m.sent.text)
               and (t := best_tactic(text, m.sent.start, m.sent.end)) and t[1] == "suicide_bombing" for m in f.members):
            # "... a car packed with explosives had smashed into the lead truck" (not a round-up's or a quoted remark's)
            return "suicide_bombing"
        return first
    for s in f.members:
        if not s.background and not s.has("new_incident", "unrest") and not _QUOTED.search(s.sent.text):
            # ("Meanwhile, X protested over the shelling": another matter; "'If the bombing goes on ...,' he said": a remark)
            t = best_tactic(text, s.sent.start, s.sent.end)
            if t:
                return "suicide_bombing" if t[1] in _BOMB_LIKE and _bomber_died(f) else t[1]
    if title is not None:
        t = best_tactic(title_text)
        return t[1] if t else None
    return None


def _bomber_died(f: Frame) -> bool:
    """"three attackers, including the bomber, died": the bomber died in it, so it was a suicide attack."""
    return any("bomber" in s.sent.text and _BOMBER_DIED.search(s.sent.text) for s in f.triggers)


# a sentence spoken inside quotation marks ("“...,” said X", or opening with the mark)
_QUOTED = re.compile(r"^\s*[\"“]|[”\"]\s*,?\s*(?:said|says|added|told|asked|warned)\b")
_OF_THEM_LEAD = re.compile(r"\s*the\s+(?:deadliest|worst|biggest|largest|bloodiest)\s+of\s+(?:them|these|those)\b", re.I)


def _of_them_tactic(text: str, f: Frame) -> str | None:
    """"The deadliest of them was ...": the incidents counted in the sentence before say how it was done."""
    for s in f.triggers:
        if _OF_THEM_LEAD.match(s.sent.text):
            stop = len(text[:s.sent.start].rstrip()) - 1  # the full stop closing the sentence before
            t = best_tactic(text, text.rfind(".", 0, max(0, stop)) + 1, s.sent.start)
            return t[1] if t else None
    return None


def target(text: str, title_text: str, f: Frame, title: SentenceInfo | None) -> str | None:
    # a quoted remark ("the blast was so powerful that the roofs of eleven houses caved in") says no target
    trig = [s for s in f.triggers if "claimed" not in s.sent.text or not CLAIMANT_SAYS.search(s.sent.text)]
    trig = trig or f.triggers
    found = [t for t in (best_target(text, s.sent.start, _own_part(s)) for s in trig
                         if s.sent.text[:1] not in _QUOTE_MARKS) if t]
    if title is not None and not found:
        # the headline may sum up several incidents: it decides only when the body names no target
        found += [t for t in [best_target(title_text)] if t]
    best = min(found) if found else None
    if best is not None and best[2] == "infrastructure" and any(
            (t := s.tallies.get("abducted")) is not None and t.groups.get("civilians") for s in trig if not s.aggregate):
        return "civilians"  # "kidnapped three labourers working on a phone tower": the people taken, not the tower
    if best is not None and (best[0] < 1 or best[2] not in ("police", "security_forces")):
        return best[2]  # the object of the attack ("opened fire on a police van"), or who, not where ("a minister")
    victims = _victim_groups(trig)
    if victims.get("civilians", 0) > victims.get("security_forces", 0) + victims.get("militants", 0):
        return "civilians"  # no aimed target: the victims say whom it hit ("a lawyer was gunned down")
    return best[2] if best is not None else None


# "an official was shot dead in X, while militants attacked a police station in another district": the second
# clause is another incident
_OTHER_INCIDENT = re.compile(r",?\s+(?:while|whereas|and)\s+(?=[^.;]{0,80}?\b(?:in\s+(?:an)?other\s+(?:district|area|town|"
                             r"city|province)|elsewhere\b|in\s+a\s+separate\s+(?:incident|attack)))", re.I)


def _own_part(s: SentenceInfo) -> int:
    """End of the part of a sentence about its own incident (before a clause about one elsewhere)."""
    low = s.sent.text
    if "other" not in low and "elsewhere" not in low and "separate" not in low:
        return s.sent.end
    m = _OTHER_INCIDENT.search(low)
    return s.sent.start + m.start() if m is not None else s.sent.end


def _victim_groups(triggers: list[SentenceInfo]) -> dict[str, int]:
    """People hit by the attack, by group: the largest figure of each group over its sentences."""
    out: dict[str, int] = {}
    for s in triggers:
        if s.aggregate:
            continue
        for kind in ("killed", "injured", "abducted"):
            t = s.tallies.get(kind)
            for g, n in (t.groups.items() if t is not None else ()):
                out[g] = max(out.get(g, 0), n)
    return out
