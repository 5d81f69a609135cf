"""Statistical claims: figures a text states about a period or region, not about one event.

Each figure in a sentence that carries a period (or continues a run of figures about one) gets a
metric from the noun it counts ("58 terrorist attacks", "23 search operations"), from a
victim group plus a casualty sense ("31 civilians" after "left 204 people dead"), from the verb
before it ("wounded 66") or, for a bare figure ("Kohat (19)"), from the nearest metric named
before it. Percentages need a direction word. Each figure takes the period nearest to it in its
clause, a baseline period after "from"/"compared with", or the period in force. Sentences about
one incident ("a suicide bombing ... killed five") are left to the event extractor.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..records import CLAIM_METRICS, Claim, Document, Evidence
from .claim_lexicon import cue_patterns as _cue_patterns
from .claim_lexicon import LastProvince, document_source, lexicon, producer, word_gates
from .claim_lexicon import region_of as _region
from .claim_lexicon import source_in as _source
from .claim_tables import table_claims
from .claim_figures import Fig, drop_restated, figure_candidates, find_figures
from .claim_metrics import BASELINE_MARK as _BASELINE_MARK
from .claim_metrics import RATE_AFTER as _RATE_AFTER
from .claim_metrics import LEAD_CHANGE as _LEAD_CHANGE
from .claim_metrics import REFER as _REFER
from .claim_metrics import SUBSET_LEAD as _SUBSET_LEAD
from .claim_metrics import classify as _classify
from .claim_metrics import clause_of as _clause_of
from .claim_metrics import clause_spans as _clauses
from .claim_senses import QUALIFIER as _QUALIFIER
from .claim_senses import group_metric as _group_metric
from .claim_senses import heading_sense as _heading_sense
from .claim_senses import label_group as _label_group
from .dates import statement_day, to_date
from .fastre import led
from .day_mentions import day_mentions
from .periods import Period, document_anchor, find_periods, previous
from .periods import since_then as _since_then
from .text import Sentence, without_case_traps

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH_WORD = rf"(?:{'|'.join(_MONTHS)})"


_COUNT_METRICS = {"attacks", "suicide_attacks", "operations", "returnees"}
_CUMULATIVE = led(re.compile(rf"\b(?:so\s+far|to\s+date|thus\s+far|in\s+total|in\s+all|altogether|a\s+total\s+of|by\s+{_MONTH_WORD})\b", re.I))
# one of these is in every _CUMULATIVE match, lower-cased (no case-folding trap stands for their letters)
_CUMULATIVE_WORDS = ("by", "all", "far", "date", "total", "together")
_WHICH_KILLED = re.compile(rf"\b(?:which|that)\s+(?:had\s+)?(?:killed|left|claimed|wounded|injured)\s+(?:{_QUALIFIER}\s+)?$", re.I)
_SINGLED_OUT = re.compile(r"\b(?:deadliest|worst|bloodiest)\s+(?:single\s+)?(?:incident|attack|bombing|assault)\b", re.I)
# one dated or singled-out incident: "the March 3 bombing", "the deadliest attack of the month was"
_ONE_INCIDENT = re.compile(
    rf"\b(?:the|an?)\s+(?:{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD})\s+[a-z]"
    r"|\b(?:deadliest|worst|bloodiest|biggest|single\s+deadliest)\s+(?:incident|attack|bombing|assault)\b"
    rf"|^\W*On\s+(?:{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD})\b(?!\s*(?:and|to|-|–))"
    # a list of incidents, each led by its day: "- 6 October: Militants stormed ..."
    rf"|^\W*(?:{_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})(?:,?\s+\d{{4}})?\s*[:–—]\s", re.I)
# one incident's fight or aftermath: "during the exchange of fire three were killed", "... and were shifted to
# Civil Hospital" (a hospital named, the casualties its subject)
_ONE_FIGHT = re.compile(r"\b(?:during|in)\s+the\s+(?:ensuing\s+|subsequent\s+)?(?:exchange\s+of\s+fire|gunfight|shoot-?out)\b", re.I)
_TO_HOSPITAL = re.compile(r"\band\s+were\s+(?:shifted|rushed|taken|moved|admitted)\s+to\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
                          r"[Hh]ospital\b(?!s)", re.I)
# where the part of a sentence a figure belongs to starts: after a semicolon or a summing-up word
_NEW_PART = re.compile(r";|\b(?:but|while|whereas|overall|in\s+all|in\s+total|altogether)\b", re.I)


def _lead_start(text: str, pos: int) -> int:
    """Where the figure at pos's own part of the sentence starts (after the last ';' or 'overall' before it)."""
    last = 0
    for m in _NEW_PART.finditer(text, 0, pos):
        last = m.end()
    return last


def _one_fight(text: str, lead: int, pos: int) -> bool:
    """True when a figure is one fight's ("during the exchange of fire three were killed", "two soldiers were
    martyred in the exchange of fire") or one incident's casualties taken to a named hospital ("... and were
    shifted to Civil Hospital"), told from the start of the figure's own part of the sentence (`lead`) on; the
    caller asks only for a figure without a period of its own ("most of them in the exchange of fire" after "in
    November" is a total)."""
    return bool(_ONE_FIGHT.search(text, lead) or _TO_HOSPITAL.search(text, pos))


_REPORT_SUBJECT = re.compile(r"\W*(?:The|Its)\s+(?:\w+\s+)?(?:report|survey|review|study)\s+(?:also\s+)?\w+(?:ed|s)\b")
_FROM = re.compile(r"\b(?:from|compared\s+(?:with|to)|against)\b", re.I)
_ONE_DAY = re.compile(r"\b(?:in|on)\s+(?:a\s+single|one)\s+day\b", re.I)
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|according\s+to|reported|showed|show|data|figures)\b", re.I)
_RATE = re.compile(r"\b(?:a|per)\s+(?:day|week|month)\b")
_DIGIT = re.compile(r"\d")
_PAST_PERFECT = led(re.compile(r"\bhad\s+(?:been\s+|already\s+)?[a-z]+(?:ed|en|ood|ung)\b", re.I))
_JOINT = led(re.compile(r"\b(?:together|combined|jointly|between\s+them)\b", re.I))
_ROUNDED = led(re.compile(r"\b(?:more\s+than|over|nearly|almost|about|around|some|roughly|approximately)\s+$", re.I))
_VAGUE_FIGURE = led(re.compile(r"(?:scores|hundreds|thousands|dozens)\b", re.I))
_SUBSET_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)", re.I)
_THERE = led(re.compile(r"\bthere\b", re.I))
_WHEN = re.compile(r"\s*when\b")
_LABEL_END = re.compile(r"^\W*[A-Z][^:;.\d]{0,60}:\s*$")  # a row's label: "- Punjab and Sindh: "


# where a sentence about one incident turns to something else: "; overall, ...", ", taking the number to ..."
_INCIDENT_TURN = re.compile(
    r";|:|,\s+(?:and\s+)?(?:taking|bringing|pushing|raising|lifting|overall|in\s+all|in\s+total|altogether|meanwhile"
    r"|while|whereas|but|separately)\b|\b(?:while|whereas)\b", re.I)


def _incident_subject(text: str, at: int) -> bool:
    """True when the figure at `at` sits in the clause of a sentence whose subject is one incident ("The blast killed 5")."""
    m = _cue_patterns()["the_incident"].match(text)
    if m is None:
        return False
    turn = _INCIDENT_TURN.search(text, m.end())
    return at < (turn.start() if turn else len(text))


def _label_metric(text: str, sentences: list[Sentence], k: int) -> str | None:
    """The metric of a "Group: N" table line under a heading that names the casualty sense."""
    group = _label_group(text)
    if group is None:
        return None
    return _group_metric(group, _heading_sense([s.text for s in sentences[max(0, k - 6):k]]))


# "the military said last week that ... since March": told on a day the text does not give, so the
# running total has no known end
_TOLD_VAGUELY = re.compile(r"\b(?:said|told|announced|stated|reported)\s+(?:last|earlier\s+this|this)\s+(?:week|month)\b", re.I)


# an undated report's own day: "Situation Report No. 9 (as of 31 August 2026)" near its top
_AS_OF = re.compile(rf"\bas\s+(?:of|at|on)\s+(\d{{1,2}})\s+({_MONTH_WORD})\s+(20\d\d)\b|\bas\s+(?:of|at|on)\s+({_MONTH_WORD})\s+(\d{{1,2}}),?\s+(20\d\d)\b")


def _as_of(head: str) -> date | None:
    """The day an undated report gives itself in its first lines ("as of 31 August 2026"), or None."""
    m = _AS_OF.search(head) if "as " in head else None
    if m is None:
        return None
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    try:
        return date(int(year), _MONTHS.index(month) + 1, int(day))
    except ValueError:
        return None  # "as of 31 June 2026": no such day


def _may_have_claim(text: str, in_force: str | None = None, low: str | None = None) -> bool:
    """A cheap first check: a figure (digits or a number word) and a word of the claim lexicon
    (or, with a metric in force, a clause referring back to it). `low`: text.lower(), if made."""
    number_rx, lexicon_rx = word_gates()
    low = text.lower() if low is None else low
    if not _DIGIT.search(text) and number_rx.search(low) is None:
        return False
    return lexicon_rx.search(low) is not None or (in_force is not None and (
        _REFER.search(text) is not None or _LEAD_CHANGE.match(text) is not None))


# "an increase of 38 per cent over the previous week (29,900)": the bracketed figure is the earlier period's
_PREVIOUS_BRACKET = re.compile(r"\b(?:previous|preceding|prior)\s+(?:week|month|quarter|year)\s*\(\s*$", re.I)


def _bind_period(text: str, fig: Fig, periods: list[Period], clauses, main: Period | None,
                 context: Period | None) -> Period | None:
    if "(" in text[max(0, fig.start - 3):fig.start] and (main or context) is not None \
            and _PREVIOUS_BRACKET.search(text, max(0, fig.start - 30), fig.start):
        return previous(main or context)
    cs, ce = _clause_of(clauses, fig.start)
    usable = [p for p in periods if p.role != "compare" and (fig.unit == "count" or p.role != "baseline")]
    inside = [p for p in usable if cs <= p.span[0] and p.span[1] <= ce + 1 and not (  # "fell to four from seven in
        p.role == "baseline" and fig.end <= p.span[0] and _FROM.search(text, fig.end, p.span[0]))]  # December": 7's
    baseline_mark = _BASELINE_MARK.search(text[max(0, fig.start - 40):fig.start])
    if inside:
        def dist(p: Period) -> int:
            return fig.start - p.span[1] + 1 if p.span[1] <= fig.start else p.span[0] - fig.end
        return min(inside, key=dist)
    if _WHEN.match(text[cs:fig.start]) or _WHEN.match(text[cs:ce]):
        before = [p for p in usable if p.span[1] <= cs]
        if before:
            return before[-1]
    base = main or context
    if baseline_mark and base is not None:
        prev = [p for p in usable if p.role == "baseline"]
        return prev[0] if prev else previous(base)
    before = [p for p in usable if p.span[1] <= fig.start and p.role == "main"]
    if before:
        return before[-1]
    return base


def _without_traps(document: Document, sentences: list[Sentence]) -> tuple[Document, list[Sentence]]:
    """The document and sentences with extract()'s case-trap mapping (a direct call on 'ı' must not crash)."""
    text, title = without_case_traps(document.text), without_case_traps(document.title or "") or None
    if text == document.text and title == (document.title or None):
        return document, sentences  # the usual case (and always after extract()): nothing to copy
    fixed = [replace(s, text=without_case_traps(s.text)) for s in sentences]
    return replace(document, text=text, title=title), fixed


def extract_claims(document: Document, sentences: list[Sentence]) -> list[Claim]:
    """Statistical claims (metric, value, unit, direction, period, region, source) of a document."""
    document, sentences = _without_traps(document, sentences)
    ref = to_date(document.published) or _as_of(f"{document.title or ''}\n{document.text[:400]}")
    anchor = None if ref else document_anchor(f"{document.title or ''}\n{document.text}")
    title_periods = [p for p in find_periods(document.title or "", ref, anchor) if p.role == "main"]
    default = title_periods[0] if title_periods else None
    context = default
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    doc_source: list[str | None] = []  # found on first need (most documents yield no claim)
    para_sources: dict[int, str | None] = {}
    chain_source: str | None = None
    chain_paragraph = -1
    claims: list[Claim] = []
    provinces = LastProvince(sentences)  # the last province named: "the province" refers to it
    in_force: str | None = None  # the metric of the last figure: "the figure was down 5 percent"
    in_region: str | None = None
    seen: set[tuple] = set()
    lead_day = statement_day(" ".join(s.text for s in sentences[:2]), ref)  # "... said on Sunday that"
    rounded: set[int] = set()  # claims whose figure is a round "more than"/"about" figure
    for k, sent in enumerate(sentences):
        text = sent.text
        if len(text) > 2000:
            text = text[:2000]
        low = text.lower()
        if not _may_have_claim(text, in_force, low):
            continue  # no figure or no metric word: no claim (and the period in force stays as it is)
        periods = find_periods(text, ref, anchor, context)
        main = next((p for p in periods if p.role == "main"), None)
        if main is None and k > 0:
            main = _since_then(text, sentences[k - 1].text, ref, anchor, low)
            if main is not None:
                periods = [main] + periods
        if main is None and default is not None and _REPORT_SUBJECT.match(text):
            context = default  # "The report also noted ...": back to the report's own period (the headline's)
        rate = ("day" in text or "week" in text or "month" in text) and bool(_RATE.search(text))  # (case-sensitive)
        if main is None and context is None and not rate and not (any(w in low for w in _CUMULATIVE_WORDS) and _CUMULATIVE.search(text)):
            continue
        # the figures only now (most sentences with a figure and a metric word have no period): the
        # state change above needs a headline period and a report subject, and then this check passes
        candidates = figure_candidates(text, low)
        if not candidates and (default is None or not _REPORT_SUBJECT.match(text)):
            continue  # no figure whatever the periods: no claim, and nothing below changes the state
        if main is None and (day_mentions(text) or any(p.role == "event" for p in periods)):
            continue
        periods = [p for p in periods if p.role != "event"]
        counts_only = main is None and context is None and not rate
        clauses = _clauses(text)
        figs = find_figures(text, periods, candidates)
        if not figs:
            continue
        _classify(text, figs, clauses, in_force)
        label = _label_metric(text, sentences, k) if len(figs) == 1 and figs[0].metric is None else None
        if label:
            figs[0].metric = label  # "Breakdown of fatalities:" then "Civilians: 214"
        if sent.paragraph not in para_sources:
            para_sources[sent.paragraph] = _source([" ".join(s.text for s in paragraphs.get(sent.paragraph, []))[:5000]])
        source = _source([text]) or para_sources[sent.paragraph] or document_source(document.title, document.text, doc_source)
        if source is None and main is None and context is not None:
            source = chain_source  # figures continuing a run keep the run's source
        produced = False
        joint_at: int | None = None  # where the sentence's first "together"/"combined" is (found on first need)
        has_colon = ":" in text  # (a row label needs one)
        for f in figs:
            if f.metric is None or f.metric not in CLAIM_METRICS:
                continue
            if counts_only and f.metric not in _COUNT_METRICS:
                continue  # "so far 27 bodies have been brought in": one incident's toll
            short = main is None or main.kind in ("relative", "month", "week", "day_range")
            if short and not label and f.metric not in _COUNT_METRICS and not _cue_patterns()["aggregate"].search(text) and (
                    context is None or (main is None and default is None and chain_paragraph != sent.paragraph)):
                # "last week, gunmen shot dead three constables": an event, not a statistic; a run of
                # figures carries over to a new paragraph only with a cue ("the figures show ...")
                continue
            if f.unit == "percent" and f.direction is None:
                continue
            if f.metric == "returnees" and _cue_patterns()["other_origin"].match(text, f.end):
                continue  # "... and 24,900 from Iran": returns from another country
            if f.unit == "count" and _VAGUE_FIGURE.match(text, f.start):
                continue  # "scores of people", "hundreds of": no figure
            clause = _clause_of(clauses, f.start)
            if f.unit == "count" and _SUBSET_OF.match(text, f.end) and not _THERE.search(text, clause[0], clause[1]) \
                    and not lexicon().admin_rx.search(text, clause[0], clause[1]):
                continue  # "involved in 14 of the 24 bombings": a part picked by who did them, not by region
            if _SUBSET_LEAD.match(text) and f.unit == "count" and f.metric == in_force \
                    and not any(c.evidence.start == sent.start for c in claims) \
                    and not lexicon().admin_rx.search(text, clause[0], clause[1]):
                continue  # "Of them, 9,120 were deported": a part of the figure before, not the metric's total
            if _JOINT.search(text, clause[0], clause[1]) and len(lexicon().admin_rx.findall(text, clause[0], clause[1])) >= 2:
                continue  # "Sindh and Punjab together accounted for ...": no one region's figure
            if joint_at is None:
                joint_at = jm.start() if (jm := _JOINT.search(text)) else len(text)  # once a sentence
            if clause[0] > joint_at and len(lexicon().admin_rx.findall(text, 0, clause[0])) >= 2 \
                    and not lexicon().admin_rx.search(text, clause[0], clause[1]):
                continue  # "Punjab and Sindh together accounted for five attacks, with three deaths": theirs together
            if clause[0] and has_colon and _LABEL_END.search(text, 0, clause[0]) and len(lexicon().admin_rx.findall(text, 0, clause[0])) >= 2:
                continue  # "- Punjab and Sindh: 6 attacks": a row for two regions, no one region's figure
            if f.metric.endswith(("_killed", "_injured")) and _JOINT.search(text, clause[0], f.start):
                continue  # "Civilians and soldiers together lost 385 lives": no one group's figure
            one_event = _cue_patterns()["one_event"]
            lead = _lead_start(text, f.start)  # "one device killed 12; overall 30 ...": the 30's own part
            if f.unit == "count" and (one_event.search(text, clause[0], clause[1]) or _incident_subject(text, f.start) or (
                    f.metric not in _COUNT_METRICS and (one_event.search(text, lead, f.start) or _ONE_INCIDENT.search(text, 0, f.start)
                                                        or (main is None and _one_fight(text, lead, f.start))))):
                continue  # a figure about one incident belongs to the event extractor
            period = None if (rate and _RATE_AFTER.match(text, f.end)) else _bind_period(text, f, periods, clauses, main, context)
            if f.unit == "count" and _WHICH_KILLED.search(text, max(0, f.start - 40), f.start) and _SINGLED_OUT.search(text):
                continue  # "singled out the bombing of ..., which killed 38 people, as the deadliest incident"
            if f.value == 0 and (period is None or period.start is None):
                continue  # "no attack has followed so far": a zero is a figure only for a stated period
            if f.metric == "returnees" and _ONE_DAY.search(text):
                continue  # "the highest number in a single day since ...": a day's flow, not the period's
            if period is not None and period.start is not None and period.start == period.end \
                    and f.metric == "returnees" and (f.sense == "deported" or not _ATTRIBUTED.search(text)):
                continue  # "On Sunday alone, 4,310 came through Torkham" told by no one, or a day's deportations: an event
            region = _region(text, clause, provinces.upto(k), f.start) or (in_region if f.refers else None) or "PK"
            end = period.end if period else None
            if period is not None and period.kind in ("since", "to_date") and end is None and period.start is not None:
                stated = statement_day(text, ref) or lead_day or ref
                if stated is not None and stated >= period.start and not _TOLD_VAGUELY.search(text):
                    end = stated  # "since April 1, 60,000 ...": a running total, as of its telling
            claim = Claim(
                metric=f.metric, value=f.value, unit=f.unit,
                direction=f.direction if f.unit == "percent" else None,
                period_start=period.start.isoformat() if period and period.start else None,
                period_end=end.isoformat() if end else None,
                region=region, source=source,
                evidence=Evidence(sent.text, sent.start, sent.end), low=f.low, high=f.high)
            if claim.value.is_integer():
                claim.value = int(claim.value)
            key = (claim.metric, claim.unit, claim.value, claim.period_start, claim.period_end)
            if key in seen:
                continue
            seen.add(key)
            claims.append(claim)
            if _ROUNDED.search(text, max(0, f.start - 20), f.start) and f.low is None:
                rounded.add(id(claim))
            produced = True
            in_force, in_region = claim.metric, claim.region
        if produced:  # an aside naming another body ("(PICSS put it at 251)") does not take over the run
            chain_source = para_sources[sent.paragraph] or source
            chain_paragraph = sent.paragraph
        looking_back = (context is not None and main is not None and main.end is not None and context.start is not None
                        and main.end < context.start and _PAST_PERFECT.search(text) is not None)
        if produced and main is not None and not looking_back:
            context = main  # ("In 2019 the count had stood at 88" is a look back: the period in force stays)
        elif produced and context is None:
            context = default
    out = drop_restated(claims + table_claims(document, sentences, ref, anchor, default, document_source(document.title, document.text, doc_source)), rounded)
    if any(c.source is None for c in out) and (made_by := producer(document.text)):
        for c in out:
            c.source = c.source or made_by  # a report's figures with no one named: its producer's ("produced by OCHA")
    return out

