"""Traffic modes at a crossing: a reopening with some traffic still barred ("... but travellers will not be
allowed through", "only cargo vehicles for now") is a partial reopening (kept apart from crossings.py).
"""
from __future__ import annotations

import re

from .fastre import led
from .text import Sentence

# a state that goes on ("remained closed") and a clause break between crossings (shared with crossings.py)
STILL = led(re.compile(r"\b(?:remain\w*|stay\w*|still|kept)\s+(?:\w+\s+)?$", re.I))
CLAUSE_BREAK = re.compile(r";|,?\s+(?:while|whereas)\s+", re.I)
# "... but travellers will not be allowed through": a kind of traffic still barred
# a traffic mode still stopped: "not (being) allowed", "will resume only after ...", "is yet to resume"
_BARRED = led(re.compile(
        r"\b(?:(?:will|would|are|were|is|was)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:be\s+|being\s+)?(?:allowed|permitted)"
        r"|(?:will|would)\s+(?:only\s+)?resume\s+(?:only\s+)?(?:after|later|once|when)|(?:is|are|was|were)\s+yet\s+to\s+resume"
        r"|(?:has|have|had)\s+not\s+(?:yet\s+)?resumed)\b", re.I))


# a sentence opening on its subject: "However, pedestrians ...", "Pedestrian movement, except for ..., shall"
_LEAD_IN = re.compile(r"\s*(?:(?:However|But|Meanwhile|Still|Yet),?\s+)?(?:(?:the|all)\s+)?", re.I)


def mode_subject_stopped(text: str, found: list) -> bool:
    """'Pedestrians other than returning Afghans are still not being allowed to cross', 'Pedestrian movement,
    except for ..., shall remain suspended': a traffic mode is the subject of the sentence and stays stopped."""
    lead = _LEAD_IN.match(text).end()
    if not any(m.values[0] == "mode" and m.start == lead for m in found) \
            or any(h.values[0] in ("reopened", "opened") for h in found):
        return False
    return _BARRED.search(text, lead) is not None or any(
        h.values[0] == "closed" and STILL.search(text[max(0, h.start - 40):h.start]) for h in found)


def still_closed_mode(text: str, found: list) -> bool:
    """'... reopened for pedestrians while trade remained suspended', '... but travellers will not be
    allowed through': some traffic is still stopped."""
    if not any(m.values[0] == "mode" for m in found):
        return False  # both tests below need a traffic mode named
    if mode_subject_stopped(text, found):
        return True
    if any(any(m.values[0] == "mode" and 0 <= b.start() - m.end <= 12 for m in found) for b in _BARRED.finditer(text)):
        return True
    return any(h.values[0] == "closed" and STILL.search(text[max(0, h.start - 40):h.start])
               and not any(a.values[0] == "after" and 0 <= h.start - a.end <= 40 and "," not in text[a.end:h.start]
                           for a in found)
               and any(m.values[0] == "mode" and 0 <= h.start - m.end <= 40 for m in found) for h in found)


def other_crossing_stopped(text: str, found: list, names: list, reopened: list[str]) -> bool:
    """'Trade through Torkham stayed suspended while Chaman reopened': the traffic still stopped is at
    another crossing (named in the still-closed clause), so the reopening is whole."""
    for h in found:
        if h.values[0] == "closed" and STILL.search(text[max(0, h.start - 40):h.start]):
            lo, hi = max(0, h.start - 60), h.end + 30
            here = {n.values[1] for n in names if lo <= n.start < hi
                    and not CLAUSE_BREAK.search(text, min(n.end, h.start), max(n.start, h.end))}
            if here and not here & set(reopened):
                return True
    return False


def partial_cues(found: list, cues: list) -> set[int]:
    """Starts of the reopening cues a restriction ("partly", "for pedestrians only") belongs to: each
    restriction qualifies the reopening nearest it, so "trade resumed at A, while B partly reopened"
    limits only B."""
    opens = [c for c in cues if c.values[1] != "closed"]
    out: set[int] = set()
    for h in found:
        if h.values[0] == "partial" and opens:
            near = min(opens, key=lambda c: max(c.start - h.end, h.start - c.end, 0))
            out.add(near.start)
    return out


def mark_partial(out: list, s: Sentence, within: int = 2, named: set[str] | None = None) -> None:
    """A reopening followed (within `within` sentences) by 'X traffic remains suspended' was a partial reopening
    (only the `named` crossings' reopenings, when the restriction names some)."""
    for m in out:
        if m.status == "reopened" and 0 < s.index - m.sentence.index <= within and (not named or m.crossing in named):
            m.status = "partially_reopened"


# "has decided to reopen the crossing from today", "... with immediate effect": a decision in force now
_EFFECTIVE_NOW = re.compile(r"\b(?:from|as\s+of|starting|effective)\s+(?:today|this\s+morning|tonight)\b|\bwith\s+immediate\s+effect\b", re.I)


def takes_effect_now(text: str) -> bool:
    """True when the sentence says its decision takes effect on the day of the report."""
    return _EFFECTIVE_NOW.search(text) is not None


# "shut after the November 7 firing": a change that followed a clash whose day is written into it
_AFTER_THE = re.compile(r"[^,.;]{0,50}?\b(?:after|following)\s+(?:the\s+)?", re.I)
_CLASH_NEXT = re.compile(r"\s+(?:cross-border\s+|border\s+)?(?:firing|clash(?:es)?|exchange|shelling|skirmish(?:es)?|fighting"
                         r"|attack|incident)\b", re.I)


# only a closing act takes the clash's day; a reopening came later, "remained closed" is a state
_CLOSING_WORD = re.compile(r"(?:clos|shut|suspend|seal)\w*", re.I)


def dated_clash_after(text: str, cue_start: int, cue_end: int, status: str, mentions: list, hi: int):
    """The day of "after the <day> <clash>" right after a closing act (`mentions`: the text's days by position), or None."""
    if status != "closed" or not _CLOSING_WORD.search(text, cue_start, cue_end):
        return None
    if STILL.search(text[max(0, cue_start - 40):cue_start]):
        return None
    for m in mentions:
        if m.start >= hi:
            break
        if m.start > cue_end and _AFTER_THE.fullmatch(text, cue_end, m.start) and _CLASH_NEXT.match(text, m.end):
            return m.day
    return None
