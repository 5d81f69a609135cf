"""Which metric each figure of a claim sentence counts: noun, group and sense, verb, or look-back rules."""
from __future__ import annotations

import re

from .claim_figures import PERCENT_AFTER, Fig, kind_of, refers_back
from .claim_lexicon import cue_patterns as _cue_patterns
from .claim_lexicon import lex_patterns as _lex_rx
from .claim_lexicon import lexicon
from .claim_lexicon import norm as _norm
from .claim_senses import QUALIFIER as _QUALIFIER
from .claim_senses import group_metric as _group_metric
from .claim_senses import mentions as _mentions
from .claim_senses import sense_at as _sense_at
from .claim_senses import sense_near as _sense_near
from .fastre import led

_SENSE_AFTER = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|are|got)\s+(?:also\s+)?(killed|injured|wounded|martyred|arrested|detained|abducted|kidnapped|hurt)\b", re.I)
_RETURNED_AFTER = re.compile(r"\s+(?:(?:have|had|has)\s+)?(?:returned|went\s+back|gone\s+back|crossed\s+back)\b", re.I)
# "11,950 crossed through Torkham" right after a returnee figure: the same flow, split by crossing
_CROSSED_VIA = re.compile(r"\s+(?:(?:have|had|has)\s+)?(?:crossed|passed|went|came)\s+(?:back\s+)?(?:through|via)\b", re.I)
_OTHER_FATE = re.compile(r"(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+\s+){0,2}?(?:found\s+)?(?:dead|released|freed|recovered|rescued|deported)\b", re.I)
_CLAUSE_SPLIT = re.compile(r"[;:()\[\]]|,(?!(?<=\d,)\d)|\s[-–—]\s|\b(?:while|whereas|but)\b")  # not the comma of "1,106"
BASELINE_MARK = led(re.compile(rf"\b(?:from|against|compared\s+(?:with|to)|(?<!more\s)(?<!less\s)(?<!fewer\s)than|versus|vs\.?)\s+(?:the\s+|a\s+)?(?:{_QUALIFIER}\s+)?$", re.I))
RATE_AFTER = re.compile(r"\s*(?:a|per|each|every)\s+(?:day|week|month|year)\b", re.I)
_FUNCTION_AFTER = re.compile(
    r"\s*(?:$|[,;:.)\]]|(?:in|from|to|on|at|during|and|or|with|compared|against|while|whereas|last|this|over|between|than"
    r"|respectively|were|was|are|is|had|have|has|so|recorded|reported|registered|the|took\s+place|occurred|happened|through|via)\b)", re.I)
# "nine of them", "five of the month's attacks": a part of a figure named before
_PARTITIVE = re.compile(r"\s*of\s+(?:them|these|those|the|which|whom)\s+(?:(?:month|week|year|quarter|period)['’]s\s+)?(?:\d[\d,]*\s+)?", re.I)
# a generic count noun: the metric is the one its own clause names ("polio cases" names none)
_CASES_AFTER = re.compile(r"\s+(?:cases|instances)\b(?!\s+of\b)", re.I)
# a clause that refers back to the figure in force: "The number was down 35 percent"
# a line that is only a change, under a figure: "96,450 returnees in August" then "17% increase compared with July"
# a line that is only a change ("12% increase", "... compared with July"): naming its own subject, it is no change of the figure above
LEAD_CHANGE = re.compile(r"\W*\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)\s*(?:increase|rise|decrease|decline|drop|fall|jump)\b"
                         r"(?:\s+(?:compared\s+(?:with|to)|from|over|on|against|than|versus|vs\.?|since)\s+[^;:,]*?)?"
                         r"(?:\s*\([^)]*\))?[\s.]*$", re.I)
REFER = led(re.compile(r"\b(?:(?:the|this|that|these|those)\s+(?:[a-z]+\s+)?(?:figures?|numbers?|totals?|tally|count)|(?:it|this|that)\s+(?:was|is|has|had))\b", re.I))
_PREDICATE = re.compile(r"\s+(?:were|was|are|involved)\s+(?:all\s+|also\s+)?(?:(?:carried\s+out\s+as|in\s+the\s+form\s+of)\s+)?", re.I)
_TOLL_SENSE = {"deaths": "killed", "injured": "injured"}  # the sense of a toll a next sentence splits up
SUBSET_LEAD = re.compile(r"\W*(?:(?:of|among)\s+(?:them|these|those|whom|the\s+total|this\s+number)\b(?!\s+killed)"
                         r"|(?:they|these|those|the\s+(?:dead|victims|fatalities))\s+(?:included|include|comprised)\b)", re.I)
# a percentage set right after a count: "... 298 were militants, 21 percent more than ..."
_APPOSITION = re.compile(r"(?:\s+(?:were|was|are|is)?\s*[\w\-]+){0,5},\s+(?:an?\s+|or\s+|up\s+|down\s+)?", re.I)
# the rest of a count's clause, then a comma before a percentage set after it
_CLAUSE_TAIL = re.compile(r"[^,;:.()\d]{0,80},\s+(?:an?\s+|or\s+)?")
_THAN_AFTER = re.compile(r"\s+(?:more|fewer|less|higher|lower)\s+than\b", re.I)
_SUCH = re.compile(r"\s+such\s+[a-z]", re.I)
_MORE = re.compile(r"\s*(?:more|others|other)\b")
_TURN = re.compile(r";|\b(?:while|whereas|but)\b", re.I)
_PAIRED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_TIMES = re.compile(r"\s+times\b")
_STRUCK = re.compile(r"\b(?:struck|attacked|targeted|hit)\b")


def clause_spans(text: str) -> list[tuple[int, int]]:
    """A sentence cut into clauses (a figure binds to what its own clause names)."""
    spans, pos = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def clause_of(spans: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """The clause span holding position `i` ((0, 0) if none)."""
    for s, e in spans:
        if s <= i <= e:
            return s, e
    return 0, 0

_PREP_BEFORE = re.compile(r"\b(?:of|from|in|by|among|to|on|for|with|after)\s+(?:(?:the|these|those|its|their|a)\s+)?(?:[a-z-]+\s+)?$", re.I)


def _lookback(text: str, upto: int) -> str | None:
    """The metric of the nearest metric mention before `upto`, preferring one that is not in a
    prepositional phrase ("Fatalities caused by the blasts climbed ... to 212" counts deaths)."""
    ments = _mentions(text, upto)
    if not ments:
        return None
    lex = lexicon()
    for end, metric in reversed(ments):
        word = None
        for m in lex.metric_rx.finditer(text, max(0, end - 40), end):
            word = m
        start = word.start() if word and word.end() == end else end
        if not _PREP_BEFORE.search(text[max(0, start - 40):start]):
            return metric
    return ments[-1][1]


def _metric_after(text: str, pos: int, hi: int) -> tuple[str | None, int]:
    """Metric named by the noun right after a figure ("58 terrorist attacks", "nine of them suicide blasts")."""
    lex = lexicon()
    p = pos
    part = _PARTITIVE.match(text, p) or re.compile(r"\s+(?:were|are)\s+(?:all\s+)?(?=[a-z])").match(text, p)
    if part:
        p = part.end()
    m = _cue_patterns()["metric_after"].match(text, p)
    if not m or m.end() > hi + 40:
        return None, -1
    noun = text[m.start():m.end()]
    g = m.group(1)
    if g:
        grp = lex.group[_norm(g)]
        return f"group:{grp}", m.end()
    found = lex.metric_rx.search(noun)
    metric = kind_of(text, m.end(), found.group(0), lex.metric[_norm(found.group(0))], lex.metric) if found else None
    if metric == "attacks" and not part:
        # "Eleven attacks were suicide bombings": the predicate names the kind counted
        pred = _PREDICATE.match(text, m.end())
        pm = _cue_patterns()["metric_after"].match(text, pred.end()) if pred else None
        if pm and not pm.group(1) and pm.end() <= hi + 40:
            kind = lex.metric_rx.search(text[pm.start():pm.end()])
            if kind and lex.metric[_norm(kind.group(0))] == "suicide_attacks":
                return "suicide_attacks", pm.end()
    if part and metric and _PARTITIVE.match(text, pos):
        # "six of the attacks were suicide bombings": the predicate names the kind counted
        pred = _PREDICATE.match(text, m.end())
        pm = _cue_patterns()["metric_after"].match(text, pred.end()) if pred else None
        if pm and not pm.group(1) and pm.end() <= hi + 40:
            kind = lex.metric_rx.search(text[pm.start():pm.end()])
            if kind:
                return lex.metric[_norm(kind.group(0))], pm.end()
    return metric, m.end()


def _verb_before(text: str, start: int) -> str | None:
    """Metric from a casualty verb right before a bare figure ("wounded 66", "detained 38 others")."""
    lex = lexicon()
    base = max(0, start - 40)
    m = _lex_rx(lex.sense_rx.pattern, lex.group_rx.pattern, _QUALIFIER)[0].search(text[base:start])
    if not m:
        return None
    return _group_metric("all", _sense_at(text, base + m.start(1), base + m.end(1)))


def _direction(text: str, start: int, end: int) -> str | None:
    best: tuple[int, str] | None = None
    lo, hi = max(0, start - 60), min(len(text), end + 30)
    cues = _cue_patterns()
    for rx, name in ((cues["increase"], "increase"), (cues["decrease"], "decrease")):
        for m in rx.finditer(text, lo, hi):
            d = start - m.end() if m.end() <= start else m.start() - end
            if best is None or d < best[0]:
                best = (d, name)
    return best[1] if best else None

def classify(text: str, figs: list[Fig], clauses, in_force: str | None = None) -> None:
    """Set each figure's metric, unit, direction and sense in place (`in_force`: the metric of the figures before)."""
    lex = lexicon()
    last_metric: str | None = None
    last_group: str | None = None
    prev: Fig | None = None
    for f in figs:
        if f is not figs[0]:
            prev = figs[figs.index(f) - 1]
        cs, ce = clause_of(clauses, f.start)
        if PERCENT_AFTER.match(text, f.end):
            f.unit = "percent"
            pm = PERCENT_AFTER.match(text, f.end)
            pend = pm.end() if pm else f.end
            f.direction = _direction(text, f.start, pend)
            after = _cue_patterns()["percent_of"].match(text[pend:pend + 80])
            metric = None
            compare = _cue_patterns()["percent_compare"].match(text, pend)
            if compare:
                f.direction = "increase" if compare.group(1).lower() == "more" else "decrease"
                metric = lex.metric[_norm(compare.group(2))]
            if after and not compare:
                local = _mentions(text[pend:pend + 90], 90)
                metric = local[0][1] if local else metric
            if metric is None and prev is not None and prev.metric and prev.unit == "count" \
                    and _APPOSITION.fullmatch(text, prev.end, f.start):
                metric = prev.metric  # "298 were militants, 21 percent more than ...": that figure's change
            if metric is None and prev is not None and prev.metric and prev.unit == "count" \
                    and (_CLAUSE_TAIL.fullmatch(text, prev.end, f.start) and _THAN_AFTER.match(text, pend) or refers_back(text, prev.end, f.start, lex.metric_rx)):
                metric = prev.metric  # "killed 88 militants in operations ..., nine percent fewer than": the 88's change
            if metric is None:
                ments = _mentions(text, f.start)
                metric = ments[-1][1] if ments else None
            if metric is None and in_force and (REFER.search(text, cs, f.start) or LEAD_CHANGE.match(text)):
                metric, f.refers = in_force, True  # "The number was down 9 percent": the figures before
            f.metric = metric
            continue
        kind, nend = _metric_after(text, f.end, ce)
        after = figs[figs.index(f) + 1] if f is not figs[-1] else None
        if kind is None and after is not None and _PAIRED.fullmatch(text, f.end, after.start) \
                and _RESPECTIVELY.search(text, after.end, min(len(text), ce + 60)):
            kind, nend = _metric_after(text, after.end, ce)  # "recorded three and two attacks respectively"
        metric = None
        if kind and kind.startswith("group:"):
            grp = kind.split(":", 1)[1]
            sense = _sense_near(text, f.start, nend, cs, len(text))
            if sense is None and in_force in _TOLL_SENSE and SUBSET_LEAD.match(text):
                sense = _TOLL_SENSE[in_force]  # "... 155 people died. Among them were 90 militants": that toll's split
            metric = _group_metric(grp, sense)
            f.sense = sense
            last_group = grp
        elif kind:
            metric = kind
            if _SUCH.match(text, f.end):  # "19 such attacks": the kind named before ("suicide attacks"); none
                metric = _lookback(text, f.start)  # named ("using drones ..., with eight such attacks"): a sub-kind
            if kind in ("deaths", "injured"):
                # "Troops sustained 340 fatalities": the group is the subject
                subj = _lex_rx(lex.sense_rx.pattern, lex.group_rx.pattern, _QUALIFIER)[5].search(text[max(cs, f.start - 80):f.start])
                if subj:
                    grp = lex.group[_norm(subj.group(1))]
                    metric = _group_metric(grp, "killed" if kind == "deaths" else "injured") or kind
        else:
            verb = _verb_before(text, f.start)
            more = _MORE.match(text[f.end:])
            same_as_prev = prev is not None and prev.metric is not None and prev.unit == "count" and not verb \
                and BASELINE_MARK.search(text, max(0, f.start - 40), f.start) is not None \
                and lex.metric_rx.search(text, max(cs, prev.end), f.start) is None
            if more and last_group and verb:
                metric = verb  # "killed 96 people, including 41 soldiers, and injured 133 others": everyone injured
            elif more and last_group:
                # "... 56 militants, while 203 others were injured": past a turn, "others" are everyone
                turned = prev is not None and _TURN.search(text, prev.end, f.start) is not None
                metric = _group_metric("all" if turned else last_group,
                                       _sense_near(text, f.start, f.end + more.end(), cs, len(text)))
            elif same_as_prev:
                metric = prev.metric  # "killed 187 militants, compared with 152 in December": the same count
            elif verb:
                metric = verb
                if verb == "deaths" and last_group:
                    metric = _group_metric(last_group, "killed") or verb
            elif _TIMES.match(text[f.end:]) and _STRUCK.search(text[cs:f.start]):
                metric = "attacks"
            elif _RETURNED_AFTER.match(text, f.end) or (in_force == "returnees" and _CROSSED_VIA.match(text, f.end)):
                metric = "returnees"  # "while about 2,100 returned through Chaman"
            elif _SENSE_AFTER.match(text, f.end):
                sm = _SENSE_AFTER.match(text, f.end)
                sense = lex.sense.get(_norm(sm.group(1)))
                metric = _group_metric(last_group or "all", sense) if sense else None
            elif _CASES_AFTER.match(text, f.end):
                metric = _lookback(text[cs:f.start], f.start - cs)  # "abductions climbed to 143 cases"
            elif _PARTITIVE.match(text, f.end) and _OTHER_FATE.match(text, _PARTITIVE.match(text, f.end).end()):
                metric = None  # "23 abducted ... and nine of them were later found dead": a part with another fate
            elif _FUNCTION_AFTER.match(text, f.end) or _PARTITIVE.match(text, f.end) or RATE_AFTER.match(text, f.end):
                metric = _lookback(text, f.start) or last_metric
                if metric is None:
                    sense = _sense_near(text, f.start, f.end, cs, len(text))
                    grp = None
                    for g in lex.group_rx.finditer(text, 0, f.start):
                        grp = lex.group[_norm(g.group(0))]
                    metric = _group_metric(grp or "all", sense) if sense else None
                    f.sense = sense
        f.metric = metric
        if metric:
            last_metric = metric
