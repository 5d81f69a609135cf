"""Cue words of a sentence (data/lexicons/event_cues.csv), tactic and target lookups.

The cues decide whether a sentence reports an event, of which type, and whether it is background,
hypothetical, an aggregate of several incidents, or a claim of responsibility.
"""
from __future__ import annotations

import re

from .fastre import led
from .lexicon import load, lowered, separated, word_spans

# "97 militant attacks", "17 attacks last week": figures about many incidents (claims, not events)
_STATS = re.compile(
    r"\b(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|several|multiple|"
    r"hundreds)\s+(?:[\w\-]+\s+){0,2}?(?:attacks|incidents|operations|IBOs|engagements|raids|blasts|strikes|"
    r"encounters|bombings|terror\s+incidents|actions|attempts|killings)\b", re.I)


_STATS_LOWER = re.compile(_STATS.pattern.replace("IBOs", "ibos"))
_STATS_AFTER = separated(led(_STATS_LOWER))  # each count begins and ends with a word character (led: ~15% faster)
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# "between April and June", "from January to March": figures over a span of months are a round-up
_SPAN = re.compile(rf"(?<![a-z])(?:between\s+{_MONTH}\s+and|from\s+{_MONTH}\s+(?:to|till|until|through))\s+{_MONTH}\b")


def cues(text: str, start: int = 0, end: int | None = None) -> dict[str, list[tuple[int, int]]]:
    """Cue kinds found in text[start:end] with their spans."""
    out: dict[str, list[tuple[int, int]]] = {}
    for h in load("event_cues").find(text, start, end):
        out.setdefault(h.values[0], []).append((h.start, h.end))
    return out


def is_statistic(text: str) -> bool:
    """True when the text counts several incidents ("97 attacks", "two operations")."""
    return _STATS.search(text) is not None


def statistic_spans(text: str) -> list[tuple[int, int]]:
    """Spans of counts of several incidents in the text (one pass over a whole document)."""
    low = lowered(text)  # shared with the lexicon scans of the same text
    spans = word_spans(_STATS_LOWER, _STATS_AFTER, low) if low is not None else [m.span() for m in _STATS.finditer(text)]
    if low is not None:
        for kw in ("between ", "from "):  # str.find first: the span regex runs only where it can match
            i = low.find(kw)
            while i >= 0:
                m = _SPAN.match(low, i)
                if m:
                    spans.append((m.start(), m.end()))
                i = low.find(kw, i + 1)
    # "the October 9 air strikes", "the May 28 attacks": a day of the month, not a count of incidents
    return sorted(sp for sp in spans if not (text[sp[0]].isdigit() and _MONTH_BEFORE.search(text, max(0, sp[0] - 12), sp[0])))


_MONTH_BEFORE = re.compile(r"\bthe\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$", re.I)


def best_tactic(text: str, start: int = 0, end: int | None = None) -> tuple[int, str] | None:
    """(priority, tactic) of the strongest tactic cue in the text, or None."""
    best = None
    kinds = set()
    for h in load("tactics").find(text, start, end):
        if not h.key.startswith("attack"):  # "a grenade attack on a police post": the grenade says how
            kinds.add(h.values[0])
        cand = (int(h.values[1]), h.values[0])
        if best is None or cand[0] < best[0]:
            best = cand
    if best is not None and best[1] == "grenade" and "armed_assault" in kinds:
        return best[0], "armed_assault"  # "opened fire and threw grenades": an armed assault with grenades
    return best


_AIMED = led(re.compile(r"\b(?:on|at|under(?=\s+(?:a|an|the|their)\s)|bombing\s+of|targeting|targeted|aimed\s+at|attacked|struck|hit|ambushed|stormed|against|"
                    r"killing|killed|kidnapped|abducted|seized|offloaded|shot|guarding|wounding|wounded|injuring)\s+"
                    r"(?:(?:the|a|an|their|its|two|three|four|several)\s+)?"
                    r"(?:(?!(?:near|outside|from|and|or|when|while|was|were|as|after|by)\s)[\w'’\-]+\s+){0,4}$", re.I))


# "stopped at a checkpoint", "was present at the door of the house": where someone was, not what was aimed at
_STOPPED_AT = re.compile(r"\b(?:stopped|intercepted|halted|challenged|present|standing|sitting|seated|waiting)\s+at\b", re.I)
_WOUND_AIM = re.compile(r"(?:wounding|wounded|injuring)\b", re.I)
_OF = re.compile(r"\s+of\s+(?:the\s+|a\s+)?(?:[\w'’\-]+\s+)?", re.I)
# "a restaurant owned by a police officer": the owner says who was aimed at
_OWNED_BY = re.compile(r"\s+(?:owned|run)\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+)?", re.I)
_SPEAKER = led(re.compile(r"(?:\s+[A-Z][\w'’\-]*\.?){0,6}\s*,?\s+(?:said|says|say|told|confirmed|added|stated|quoted|spokesman|spokesperson|suspect|suspected)\b|"
                          # "the deputy commissioner's office said": the source's office
                          r"[’']s\s+(?:office|spokesman|spokesperson)\s+(?:said|says|told|confirmed|added|stated)\b|"
                          # "..., police and hospital officials said", "a police official told": the report's sources
                          r"(?:\s+and\s+[\w\-]+)?\s+(?:officials?|sources?|officers?|authorities)\s+(?:said|say|says|told|confirmed|suspect|suspected|believe|believed)\b|"
                          # "police had initially put the toll at five": who gave the figure
                          r"\s+(?:had\s+|have\s+|has\s+)?(?:initially\s+|earlier\s+|first\s+)?(?:put|gave|placed)\s+(?:the\s+)?"
                          r"(?:death\s+)?(?:toll|number|figure)\b"))
_GUARDED = led(re.compile(r"\b(?:guarding|escorting|protecting|accompanying|(?:protection|security|escort)\s+of|"
                      r"deployed\s+(?:with|for|to\s+protect))\s+(?:(?:the|a|an|their)\s+)?(?:[\w\-]+\s+){0,2}?(?:of\s+)?$", re.I))
_IN_A = re.compile(r"\bin\s+(?:a|the|their|his|her)\s+(?:[\w\-]+\s+)?$", re.I)
_HOSPITAL = re.compile(r"\s+(?:hospital|Hospital)\b")
_SOURCE = re.compile(r"\b(?:according\s+to|quoted|quoting|citing|told)\s+(?:the\s+)?(?:\w+\s+){0,2}$|"
                     r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}$", re.I)
# "..., said Imran Wazir, a police official": the speaker's post, not a target
_SAID_POST = re.compile(r"\bsaid\s+(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*,\s+(?:a|an|the)\s+(?:senior\s+|local\s+)?$")


def best_target(text: str, start: int = 0, end: int | None = None) -> tuple[float, int, str] | None:
    """(aimed, priority, target) of the best target cue: one written as the object of the attack
    ("struck a police post", not "ambushed near the market") first (aimed 0), then the most
    specific; None if no cue."""
    best, best_key = None, ""
    hits = load("targets").find(text, start, end)
    for k, h in enumerate(hits):
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if nxt is not None and (_OF.fullmatch(text, h.end, nxt.start) or _OWNED_BY.fullmatch(text, h.end, nxt.start)):
            continue  # "a camp of labourers", "a van of the police", "a shop owned by a policeman": the complement says who
        if _SPEAKER.match(text, h.end, min(len(text), h.end + 40)) or \
                _SOURCE.search(text, max(start, h.start - 45), h.start) or \
                ("," in text[max(start, h.start - 14):h.start] and _SAID_POST.search(text, max(start, h.start - 60), h.start)):
            continue  # "the deputy commissioner said", "according to police": a source, not a target
        if h.key.lower() == "village" and _IN_A.search(text, max(start, h.start - 12), h.start):
            continue  # "opened fire on the team in a village": where it happened, not what was attacked
        if text.endswith("way ", max(start, h.start - 4), h.start):
            continue  # "on his way home": where the victim was going, not what was attacked
        if _HOSPITAL.match(text, h.end, min(len(text), h.end + 12)):
            continue  # "the Combined Military Hospital": where the wounded were treated
        if _GUARDED.search(text, max(start, h.start - 40), h.start):
            continue  # "the policeman deployed for the polio team's protection": the guard's charge, not the target
        am = _AIMED.search(text, max(start, h.start - 40), h.start)
        # "opened fire, killing a constable and injuring a vaccinator": the one killed was aimed at before the hurt
        aimed = 1 if am is None else 0.5 if _WOUND_AIM.match(am.group(0)) else 0
        if am is not None and text.startswith("at", am.start()) and _STOPPED_AT.search(text, max(start, am.start() - 16), am.start() + 3):
            aimed = 1  # "the bomber was stopped at a checkpoint outside the ministry": where he was held, not the aim
        cand = (aimed, int(h.values[1]), h.values[0])
        if cand[2] in ("police", "security_forces") and ("etired" in (w := text[max(start, h.start - 30):h.start])
                                                        or "ormer" in w or "ex" in w) and _RETIRED.search(w):
            cand = (aimed, cand[1], "civilians")  # "a retired army subedar": no longer serving

        if best is None or cand[:2] < best[:2]:
            best, best_key = cand, h.key.lower()
    if best is not None and best[2] == "security_forces" and best_key in _BARE_POSTS:
        # "stormed the X checkpost ... two policemen were martyred": a post whose men are police is a police post
        others = {h.values[0] for h in hits if h.key.lower() not in _BARE_POSTS  # not "the police spokesman said"
                  and not _SPEAKER.match(text, h.end, min(len(text), h.end + 40))}
        if "police" in others and "security_forces" not in others:
            return best[0], best[1], "police"
    return best


_RETIRED = re.compile(r"\b(?:retired|former|ex)[\s\-]+(?:[\w\-]+\s+){0,2}$", re.I)
_BARE_POSTS = frozenset({"check post", "checkpost", "checkpoint"})
