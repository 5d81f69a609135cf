"""Casualty and movement senses for the claim extractor: which sense ("killed", "injured",
"returned", ...) a victim-group figure carries, and which metric a group plus a sense names.

Kept apart from claims.py so that the figure-by-figure classifier stays small.
"""
from __future__ import annotations

import re

from .claim_lexicon import lex_patterns as _lex_rx
from .claim_lexicon import lexicon, via_crossing
from .claim_lexicon import norm as _norm
from .numbers import NUMBER

QUALIFIER = r"(?:at\s+least|more\s+than|over|nearly|about|around|some|up\s+to|almost|approximately|another|a\s+total\s+of|only|just)"
INCLUDING = re.compile(r"\b(?:including|among\s+(?:them|whom)|of\s+(?:them|whom))\b[^.;:]{0,80}$", re.I)
ANY_SENSE_TAIL = re.compile(rf"\s*(?:{QUALIFIER}\s+)?(?:{NUMBER})\b", re.I)
_BACK = re.compile(r"\s+back\b")


def group_metric(group: str, sense: str | None) -> str | None:
    if sense is None:
        return None
    if sense == "arrested":
        return "arrests" if group in ("militants", "all") else None
    if sense == "abducted":
        return "abductions"
    if sense in ("returned", "deported"):
        return "returnees" if group in ("migrants", "all") else None
    if group == "migrants":
        return None
    if group == "all":
        return {"killed": "deaths", "injured": "injured"}.get(sense)
    return {"killed": f"{group}_killed", "injured": f"{group}_injured"}.get(sense)


# where a move counts as a return: "crossed into Afghanistan", "have left Pakistan"
_RETURN_PLACE = re.compile(
    r"\s+(?:back\s+)?(?:(?:in)?to\s+|from\s+|for\s+|out\s+of\s+)?(?:Pakistan|Afghanistan|the\s+country|their\s+(?:home\s+)?country)\b"
    r"|\s+(?:out\s+|back\s+|over\s+)?(?:through|via)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:border|crossing)\b", re.I)
# "Among the dead were 58 soldiers, 41 civilians ...": the list's sense is named before it
_THE_SENSE_LEAD = re.compile(
    r"\b(?:among|of)\s+the\s+(dead|killed|injured|wounded|fatalities)\b|\bthe\s+(dead|injured|wounded)\s+(?:were|included|comprised)\b", re.I)
_LIST_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but)\b", re.I)
# "9,000 people were questioned": the group's own verb, which may be no casualty sense at all
_OWN_VERB = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|has\s+been|are|got)\s+(?:also\s+)?(?=([a-z]+)\b)", re.I)
_LOST_BEFORE = re.compile(rf"\b(?:lost|lose|losing)\s+(?:{QUALIFIER}\s+)?$", re.I)
_CASUALTY_AFTER = re.compile(r"\s+(dead|killed|injured|wounded|hurt)\b", re.I)


def sense_at(text: str, s: int, e: int) -> str | None:
    """The sense of the sense word at text[s:e]; a plain move ("crossed", "have left") is a return
    only with Afghans or refugees named nearby and Pakistan or Afghanistan (or the border crossing
    between them) as where they went or what they left."""
    lex = lexicon()
    value = lex.sense.get(_norm(text[s:e]))
    if value != "moved":
        return value
    lo, hi = max(0, s - 150), min(len(text), e + 150)
    if _BACK.match(text[e:e + 6]):
        return "returned"  # "crossed back", "went back": a return whoever is named
    migrants = any(lex.group[_norm(g.group(0))] == "migrants" for g in lex.group_rx.finditer(text, lo, hi))
    return "returned" if migrants and (_RETURN_PLACE.match(text, e) or via_crossing(text, e)) else None


def _bracket_sense(text: str, start: int) -> str | None:
    """The sense of a toll noun right before the open bracket that `start` is inside, else None."""
    o = text.rfind("(", max(0, start - 120), start)
    if o < 0 or ")" in text[o:start]:
        return None
    head = text[max(0, o - 30):o].rstrip()
    m = None
    for m in lexicon().metric_rx.finditer(head):
        pass
    if m is None or m.end() != len(head):
        return None
    return {"deaths": "killed", "injured": "injured"}.get(lexicon().metric[_norm(m.group(0))])


def sense_near(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """The casualty sense for a group noun ending at `end`: a word after it, else the nearest before."""
    lex = lexicon()
    dead = _CASUALTY_AFTER.match(text, end)
    if dead:
        return lex.sense.get(_norm(dead.group(1)))  # "had left 90 people dead"
    own = _OWN_VERB.match(text, end)
    if own:
        verb = lex.sense_rx.match(text, own.end())
        if verb:
            return sense_at(text, verb.start(), verb.end())
        if own.group(1).lower().endswith("ed"):
            return None  # "people were questioned": not the sense of a verb elsewhere in the sentence
    bracket = _bracket_sense(text, start)
    if bracket:
        return bracket  # "claimed 41 lives (12 soldiers, 10 civilians ...)": the toll the bracket breaks down
    lead = None
    for m in _THE_SENSE_LEAD.finditer(text, max(0, start - 160), start):
        lead = m
    if lead is not None and not _LIST_BREAK.search(text, lead.end(), start) \
            and not lex.sense_rx.search(text, lead.end(), start):
        return lex.sense.get(_norm(lead.group(1) or lead.group(2)))
    incl = INCLUDING.search(text, max(0, start - 100), start)
    if incl:  # "killed 90 people, including 30 soldiers and 12 civilians": the sense before
        best = None
        for m in lex.sense_rx.finditer(text, max(0, incl.start() - 120), incl.start()):
            best = m
        if best is not None:
            return sense_at(text, best.start(), best.end())
    if _LOST_BEFORE.search(text, max(0, start - 40), start):
        return "killed"  # "security forces lost 1,012 personnel": a toll of the subject's own people
    near = _lex_rx(lex.sense_rx.pattern, lex.group_rx.pattern, QUALIFIER)[0].search(text[max(0, start - 40):start])
    if near:
        base = max(0, start - 40)
        return sense_at(text, base + near.start(1), base + near.end(1))
    for m in lex.sense_rx.finditer(text, end, min(hi, end + 70)):
        if _LIST_BREAK.search(text, end, m.start()):
            break  # "61 soldiers ... while 163 people were injured": that sense is another clause's
        if ANY_SENSE_TAIL.match(text, m.end()):
            continue  # "and wounded 66": that verb governs the next figure
        return sense_at(text, m.start(), m.end())
    best = None
    for m in lex.sense_rx.finditer(text, 0, start):
        best = m
    return sense_at(text, best.start(), best.end()) if best else None


def mentions(text: str, upto: int) -> list[tuple[int, str]]:
    """Metric mentions before `upto`: plain metric nouns and group-qualified casualty nouns."""
    lex = lexicon()
    out: list[tuple[int, str]] = []
    seg = text[:upto]
    _, after_rx, before_rx, group_sense, sense_group, _ = _lex_rx(lex.sense_rx.pattern, lex.group_rx.pattern, QUALIFIER)
    for m in lex.metric_rx.finditer(seg):
        metric = lex.metric[_norm(m.group(0))]
        if metric in ("deaths", "injured"):
            sense = "killed" if metric == "deaths" else "injured"
            after = after_rx.match(seg[m.end():])
            before = before_rx.search(seg[max(0, m.start() - 60):m.start()])
            g = after or before
            if g:
                grp = lex.group[_norm(g.group(1))]
                metric = group_metric(grp, sense) or metric
        out.append((m.end(), metric))
    for m in group_sense.finditer(seg):
        grp = lex.group[_norm(m.group(1))]
        metric = group_metric(grp, sense_at(seg, m.start(2), m.end(2)))
        if metric:
            out.append((m.end(), metric))
    for m in sense_group.finditer(seg):
        grp = lex.group[_norm(m.group(2))]
        metric = group_metric(grp, sense_at(seg, m.start(1), m.end(1)))
        if metric:
            out.append((m.end(), metric))
    out.sort()
    return out


# "Civilians: 214", "Security personnel (army, FC and police): 233": a table line naming a group
_LABEL_LINE = re.compile(r"\W*([A-Za-z][^:\d]{1,70}?)\s*:\s*(?:[\d,]+)\s*\.?\s*$")
_HEADING = re.compile(r".{3,80}:\s*$")


def label_group(text: str) -> str | None:
    """The victim group a "Group: N" table line names, or None when the line is no such line."""
    m = _LABEL_LINE.fullmatch(text)
    if m is None:
        return None
    g = lexicon().group_rx.search(m.group(1))
    return lexicon().group[_norm(g.group(0))] if g else None


def heading_sense(texts: list[str]) -> str | None:
    """The casualty sense of the heading above a run of "Group: N" lines ("Breakdown of fatalities:"),
    `texts` being the lines before the run's line, nearest last; None without such a heading."""
    lex = lexicon()
    for t in reversed(texts[-6:]):
        if label_group(t) is not None:
            continue
        if not _HEADING.fullmatch(t):
            return None
        m = lex.sense_rx.search(t)
        return lex.sense.get(_norm(m.group(0))) if m else None
    return None
