"""diplomacy events: visits, talks, agreements, ceasefires, protests and formal statements between states.

A diplomatic cue counts in a sentence that names a day, or in an undated lead sentence that is the
article's news (date null); it must not be planned or hypothetical, and must involve at least two
states, one of them Pakistan or Afghanistan. Parties come from state names, officials and demonyms
heading a state noun ("Afghan officials", not "Afghan traders"; data/lexicons/states.csv); a bare
surname counts only after the full name. A venue town is not a party, nor is a mediator; the host
of a visit (or of talks in its capital) is. A statement counts only when a state body issues it.
The place is the venue (city or country), else the dateline. One event per action, place and day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..records import Event, Evidence
from . import lexicon
from .fastre import led
from .relations_common import (Context, blocked, crossing_location, day_role, days, evidence, has_day, hits, place_lookup,
                               places_in, prefer_explicit)
from .diplomacy_days import act_days, same_day, shifted_day
from .diplomacy_states import STATES, met_has_state_object, party_hits, states_in
from .text import Sentence

LEX = "diplomacy_cues"
_RANK = {"statement": 0.5, "visit": 1, "talks": 2, "protest": 3, "agreement": 4, "ceasefire": 5}
_CORE = {"PK", "AF"}
MAX_EVIDENCE = 8  # sentences kept per event
_PURPOSE = re.compile(
    r"\b(?:for|to\s+hold|to\s+attend|to\s+join)\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,3}$", re.I)
_VENUE_BEFORE = re.compile(
    r"\b(?:in|at|to|into|reached|visited|visit|visits|trip|arrived|landed|toured)\s+(?:the\s+)?$", re.I)
_CAPITAL_NEXT = re.compile(r"\s+capital\b")
_VENUE_AFTER = re.compile(
    r"^\s+(?:round|talks|meeting|dialogue|process|summit|trilateral|conference|accord)\b", re.I)
_ANAPHOR = re.compile(
    r"^\W*(?:that|this|the|it|these)\s+(?:(?:understanding|meeting|talks|agreement|accord|deal|commitment|"
    r"visit|dialogue|decision|pledge|move|round)\b|came|was)", re.I)
_MET_BEFORE = re.compile(r"\b(?:met|meets|held\s+talks\s+with)\b")
_AT_BEFORE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?$", re.I)
_SEAT_BEFORE = re.compile(
    r"\b(?:administration|government|regime|rulers|authorities|leadership|embassy|officials)\s+in\s+$", re.I)
_PLANNED_AFTER = re.compile(
    r"^\W*(?:[\w\-]+\W+){0,5}?(?:will|would|could|(?-i:may)|might"
    r"|(?:is|are)\s+(?:to|due|expected|scheduled|likely|set))\b", re.I)
_PAST_TALKS = ("held talks", "met")
# "was in Kabul for talks with": being there for talks, the talks took place
_THERE_FOR = led(re.compile(r"\b(?:was|were)\s+in\s+[A-Z][\w\-]+\s+for\s+$"))
# "on the same day that ...": the day of the event told just before
_NEW_CLAUSE = re.compile(r",\s*(?:and|while|but)\s|;")
_MEDIATED_BY = led(re.compile(
        r"\b(?:mediated|hosted|brokered|facilitated|mediation)\s+(?:by|of)\s+(?:[\w\-']+[\s,]+)*$", re.I))
_SOURCE_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s+(?:officials|sources|media|diplomats|state\s+media|news\s+agency|foreign\s+ministry|government)\s+"
    r"(?:said|say|says|told|reported|confirmed)\b", re.I)


# "last month", "in 2023", "years ago": an undated sentence about an earlier time is background
_BACKGROUND = re.compile(
    r"\b(?:last|previous|past|earlier\s+this)\s+(?:week|month|year|decade)s?\b|\b(?:years?|months?|weeks?)\s+ago\b"
    r"|\b(?:in|since|during|of)\s+(?:19|20)\d\d\b|\b(?:earlier|previously|formerly|once|recent|recently|"
    r"had\s+(?:visited|met|held|signed|agreed))\b", re.I)
_DATELINE_TAIL = led(re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:[,:\u2013\u2014]|-\s|/)"))
_CONDEMNED = re.compile(r"\b(?:condemned|denounced|protested|rejected)\b", re.I)
_BOTH_SIDES = re.compile(r"\b(?:the\s+two|both)\s+(?:sides|countries|governments|delegations|neighbours|neighbors)\b", re.I)
_BOTH_STATES = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|governments|neighbours|neighbors)\b", re.I)  # not "sides"
_PLANNED_MEETING = re.compile(r"\b(?:to|will|would|shall)\s+(?:meet|reconvene|hold\s+(?:talks|a\s+meeting))\b[^.;]*$", re.I)
_SOFT_AGREED = re.compile(
    r"\s+(?:to|that\s+they\s+would)\s+(?:further\s+|jointly\s+)?(?:work|explore|continue|enhance|strengthen|expand|"
    r"deepen|promote|boost|improve|step\s+up|keep|maintain|consider|look|remain|stay|cooperate|engage|pursue|"
    r"seek|discuss|enhance)\b", re.I)
_BACKGROUND_CLAUSE = re.compile(r"\b(?:that|which|who|when|after|over|against|following|since)\b", re.I)
_STATE_BODY = led(re.compile(
        r"\b(?:Foreign\s+Office|Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs|MoFA|embassy|"
        r"foreign\s+ministry|Ministry\s+of\s+[A-Z]\w+|[A-Z]\w+\s+Ministry|(?:Pakistani|Afghan|Pakistan['\u2019]s|Afghanistan['\u2019]s)\s+government|"
        r"government\s+of\s+(?:Pakistan|Afghanistan)|(?:two|both)\s+(?:sides|countries|governments))\b", re.I))


@dataclass(slots=True)
class _Dip:
    action: str
    day: date | None
    venue: tuple[str, str, str] | None  # (surface, code, kind)
    parties: set[str]
    sentence: Sentence
    evidence: list[Evidence] = field(default_factory=list)
    lead: bool = False  # read from an undated lead sentence (no day named)
    size: int = 0  # states the text says took part ("trilateral" 3, "bilateral" 2), 0 when unsaid


def _venue(text: str, states: list) -> tuple[str, str, str] | None:
    """The place of the act: a capital/city (or a country after 'in'/'to') named as where it happened."""
    best = None
    for h in states:
        code, kind = h.values
        if kind not in ("capital", "city", "country"):
            continue
        if _SEAT_BEFORE.search(text[max(0, h.start - 30):h.start]) and not _MET_BEFORE.search(text, 0, h.start):
            continue  # "the government in Kabul said": the government, not a venue ("met officials in Kabul" is)
        before = _VENUE_BEFORE.search(text[max(0, h.start - 14):h.start])
        after = kind != "country" and _VENUE_AFTER.match(text[h.end:h.end + 14])
        if before or after:
            cand = (text[h.start:h.end], code, kind)
            if best is None or (best[2] == "country" and kind != "country"):
                best = cand
    return best


def _demonym_capital(text: str, states: list) -> tuple[str, str, str] | None:
    """'a meeting in the Afghan capital': the capital of the state the demonym names."""
    for h in states:
        if h.values[1] == "demonym" and _CAPITAL_NEXT.match(text, h.end) \
                and _VENUE_BEFORE.search(text[max(0, h.start - 14):h.start]):
            return _capital(h.values[0])
    return None


def _place_venue(text: str, cues: list) -> tuple[str, str, str] | None:
    """A Pakistani or Afghan place (or border crossing) named as where the act happened, right by the
    cue ("met at Torkham", "talks held in Peshawar"); "the attack in Chitral" further on is not it."""
    def near(start: int) -> bool:
        return _AT_BEFORE.search(text[max(0, start - 8):start]) is not None and \
            any(-40 <= start - c.end <= 40 for c in cues)

    for h in hits("crossing_cues", text, ("crossing",)):
        if near(h.start):
            return (h.values[1], "PK", "crossing")
    for p in places_in(text):
        if p.location.country in _CORE and near(p.start):
            return (p.surface, p.location.country, "place")
    return None


def _flag_meeting_venue(text: str, found: list) -> tuple[str, str, str] | None:
    """The crossing a border officials' "flag meeting" was held at ("a flag meeting ... at Torkham")."""
    local = [h for h in found if h.values[0] == "local"]
    if not local:
        return None
    for h in hits("crossing_cues", text, ("crossing",)):
        if h.start > local[0].end and _AT_BEFORE.search(text[max(0, h.start - 8):h.start]):
            return (h.values[1], "PK", "crossing")
    return None


_BY_AFTER = re.compile(r"\s+by\b")
# a sentence about "the" ceasefire or agreement: the one the story already told of
# (only an agreeing verb: "The ceasefire was violated / broken / ended" tells no new act of the two sides)
_THE_ACT = re.compile(r"\W*The\s+(?:[a-z-]+\s+)?(?:ceasefire|cease-fire|truce|agreement|accord|deal)\s+(?:was|had\s+been)\s+"
                      r"(?:(?:first|later|initially|formally|finally|jointly|also|then)\s+)?"
                      r"(?:agreed|reached|signed|brokered|extended|renewed|concluded|struck|finalised|finalized|sealed)\b")


def _mediators(text: str, states: list) -> set[int]:
    """Starts of state mentions that name a mediator or host rather than a party."""
    out = set()
    med = [m for m in hits(LEX, text, ("mediator",)) if not _BY_AFTER.match(text, m.end)]  # "hosted by Qatar": Qatar's
    for h in states:
        if _MEDIATED_BY.search(text[max(0, h.start - 60):h.start]):
            out.add(h.start)
        elif h.values[1] in ("demonym", "country") and _SOURCE_AFTER.match(text[h.end:h.end + 40]):
            out.add(h.start)  # "Turkish officials said", "Qatar's foreign ministry said": a source
        elif any(0 <= m.start - h.end <= 40 and not re.search(r"[.;]", text[h.end:m.start]) for m in med):
            out.add(h.start)
    return out


def _in_dateline(text: str, h) -> bool:
    """'DOHA (AFP) -', 'KABUL, March 3 -': the town the story was filed from is no party."""
    surface = text[h.start:h.end]
    return h.start <= 3 and surface.isupper() and not text[:h.start].strip(" \"'\u201c(") \
        and bool(_DATELINE_TAIL.match(text[h.end:h.end + 30]))


def _parties(text: str, states: list, venue) -> set[str]:
    skip = _mediators(text, states)
    out = set()
    for h in states:
        code, kind = h.values
        if h.start in skip or kind == "city" or _in_dateline(text, h):
            continue
        if kind in ("capital", "country") and _VENUE_BEFORE.search(text[max(0, h.start - 14):h.start]):
            continue  # a place something happened in; the event's own venue is added as host later
        if venue is not None and kind in ("capital", "country") and text[h.start:h.end] == venue[0] \
                and venue[1] not in _CORE:
            continue  # a third country's capital named as the venue
        out.add(code)
    return out


def _named_before_in(ctx: Context, s: Sentence, back: int) -> set[str]:
    """States named in the `back` sentences before `s` (what a condemnation refers to)."""
    return {h.values[0] for p in ctx.sentences[max(0, s.index - back):s.index] for h in ctx.sentence_hits(STATES, p)}


def _planned_venue(text: str, venue: tuple[str, str, str]) -> bool:
    """True when the venue is named only in a planned meeting ("agreed to meet again in Istanbul")."""
    at = text.find(venue[0])
    return at >= 0 and _PLANNED_MEETING.search(text, max(0, at - 60), at) is not None


def _document_mediators(ctx: Context) -> set[str]:
    """States the document names as mediators or hosts ("under Qatari mediation"): never a party by default."""
    out: set[str] = set()
    for s in ctx.sentences_with(LEX, ("mediator",)):
        states = party_hits(ctx, s)
        out |= {h.values[0] for h in states if h.start in _mediators(s.text, states)}
    return out - _CORE  # Pakistan or Afghanistan "hosted" a round: still a party to the next one


def _ranked_states(ctx: Context) -> list[str]:
    """States by how often the document names them (cities do not count)."""
    tally: dict[str, int] = {}
    for h in ctx.document_hits(STATES):
        if h.values[1] != "city":
            tally[h.values[0]] = tally.get(h.values[0], 0) + 1
    return sorted(tally, key=lambda k: (-tally[k], k))


def _usable_cues(text: str, found: list, states: list | None = None) -> list:
    out = []
    for h in found:
        if h.values[0] != "cue":
            continue
        if h.values[1] == "visit" and any(p.values[0] == "projectile" and 0 <= h.start - p.end <= 60
                                          and not re.search(r"[.;]", text[p.end:h.start]) for p in found):
            continue  # "shells fired by ... landed in": a projectile arrives, nobody visits
        if h.key == "met" and states is not None and not met_has_state_object(text, h, states):
            continue
        if blocked(text, h.start, LEX, window=150) or _PLANNED_AFTER.match(text[h.end:h.end + 80]):
            continue
        if h.values[1] == "agreement" and _SOFT_AGREED.match(text[h.end:h.end + 40]):
            continue  # "agreed to work towards ...", "agreed to further strengthen ties": a talking point
        if h.values[1] == "talks" and _PURPOSE.search(text[max(0, h.start - 40):h.start]) \
                and not _THERE_FOR.search(text[max(0, h.start - 40):h.start]):
            continue  # "arrived for a trilateral meeting": the meeting is the aim, not the act
        out.append(h)
    return out


def _sentence_action(cues: list) -> str:
    actions = {h.values[1] for h in cues}
    if "visit" in actions and not actions & {"agreement", "ceasefire", "protest"}:
        return "visit"  # "went to Kabul, where they held talks": a visit
    return max(actions, key=lambda a: _RANK[a])


def _summoner_seat(text: str, states: list, cues: list) -> tuple[str, str, str] | None:
    """A protest is lodged at the summoning state's foreign ministry: the capital of the state named first."""
    # the issuer is named before the act ("the Foreign Office rejected ... Kabul's allegation"), or after a
    # leading "In a statement on Thursday, the ministry ..."
    first = min((c.start for c in cues if c.values[1] == "protest" or c.values[1] == "statement" and c.start > 4),
                default=len(text))
    before = [h for h in states if h.start < first and h.values[1] != "city"]
    if not before:  # "In a statement issued late on Monday, the Afghan foreign ministry rejected ...": named after
        before = [h for h in states if first < h.start <= first + 60 and h.values[1] != "city"
                  and _STATE_BODY.match(text, h.start)]
    if not before:
        return None
    return _capital(before[0].values[0])


def _capital(code: str) -> tuple[str, str, str] | None:
    """The capital of a state as a venue."""
    for key, (c, kind) in lexicon.load(STATES).rows.items():
        if c == code and kind == "capital":
            return (key.title(), code, "capital")
    return None


def _neighbour(ctx: Context, s: Sentence, step: int) -> Sentence | None:
    i = s.index + step
    return ctx.sentences[i] if 0 <= i < len(ctx.sentences) else None


def _dateline_venue(ctx: Context) -> tuple[str, str, str] | None:
    if not ctx.dateline:
        return None
    for h in states_in(ctx.dateline):
        if h.values[1] in ("capital", "city"):
            return (ctx.dateline, h.values[0], h.values[1])
    loc = place_lookup(ctx.dateline)
    return (ctx.dateline, loc.country, "city") if loc and loc.country else None


def _is_lead(ctx: Context, s: Sentence) -> bool:
    """An undated sentence that is the article's news: one of the first full sentences, not background."""
    if s.index > 1 or len(s.text.split()) < 8 or not re.search(r"[.!?\"\u201d\u2019']\s*$", s.text):
        return False
    if re.match(r"\W*[\"\u201c\u2018']", s.text):
        return False  # a quotation, not the report's own account
    return not _BACKGROUND.search(s.text)


def _statement_ok(text: str, cue, states: list) -> bool:
    """A formal statement counts only when a state body issues it ("the Foreign Office said in a statement")."""
    before = text[:cue.start]
    return bool(_STATE_BODY.search(before)) or any(
        h.end <= cue.start and h.values[1] in ("government", "official") for h in states) \
        or bool(_STATE_BODY.search(text, cue.end, cue.end + 80))  # "In a statement on Friday, the Foreign Office ..."


def _continues(out: list[_Dip], s: Sentence, day: date | None, parties: set[str]) -> _Dip | None:
    """A one-party 'held talks' shortly after a visit: the visitor's talks on that trip."""
    if not out:
        return None
    last = out[-1]
    if last.action not in ("visit", "talks") or not 0 < s.index - last.sentence.index <= 3:
        return None
    if not parties <= last.parties:
        return None
    if day is not None and last.day is not None and not 0 <= (day - last.day).days <= 7:
        return None
    return last


def _mentions(ctx: Context) -> list[_Dip]:
    out: list[_Dip] = []
    ranked: list[str] | None = None  # computed once, when a trilateral needs it
    for s in ctx.sentences_with(LEX, ("cue",)):
        dated = has_day(s.text)
        same = None if dated else same_day(ctx, s) or shifted_day(ctx, s, out)
        dated = dated or same is not None
        lead = not dated and not out and _is_lead(ctx, s)  # later undated acts only upgrade earlier ones
        if not dated and not lead and not out:
            continue  # an undated act deep in the text can only upgrade an earlier event
        found = ctx.sentence_hits(LEX, s)
        states = party_hits(ctx, s)
        cues = [c for c in _usable_cues(s.text, found, states)
                if c.values[1] != "statement" or _statement_ok(s.text, c, states)]
        if not cues:
            continue
        if not dated and not lead:
            _upgrade(out, s, cues)
            continue
        action = _sentence_action(cues)
        if action == "agreement" and any(h.values[0] == "local" for h in found):
            action = "talks"  # border officials' "flag meeting" settles a local matter: talks, not a state agreement
        venue = _venue(s.text, states)
        if venue is None or venue[2] == "country":  # a capital named by its state's demonym is more precise
            venue = _demonym_capital(s.text, ctx.sentence_hits(STATES, s)) or venue
        parties = _parties(s.text, states, venue)
        nxt, prev = _neighbour(ctx, s, 1), _neighbour(ctx, s, -1)
        if nxt is not None and _ANAPHOR.match(nxt.text):
            n_states = party_hits(ctx, nxt)
            venue = venue or _venue(nxt.text, n_states)
            parties |= _parties(nxt.text, n_states, venue)
        if prev is not None and _ANAPHOR.match(s.text) and len(parties) < 2:
            parties |= _parties(prev.text, party_hits(ctx, prev), None)
        if len(parties) < 2 and out and _BOTH_SIDES.search(s.text) and 0 < s.index - out[-1].sentence.index <= 3:
            parties |= out[-1].parties  # "the two sides said they had agreed": the states just named
            if venue is None or _planned_venue(s.text, venue):
                venue = out[-1].venue  # "... and to meet again in Istanbul": a later meeting's venue
        if len(parties) < 2 and (same_act := next((d for d in reversed(out) if d.action == action), None)) is not None \
                and _THE_ACT.match(s.text):
            parties |= same_act.parties  # "The ceasefire was first agreed in Doha on 28 May": the one told before
        if len(parties) < 2 and parties <= _CORE and _BOTH_STATES.search(s.text) and _CORE <= _named_before_in(ctx, s, 10):
            parties |= _CORE  # "delegations from both countries met in Doha": the two neighbours the story is about
        if action == "statement" and len(parties) == 1 and parties <= _CORE and _CONDEMNED.search(s.text) \
                and (_CORE - parties) & _named_before_in(ctx, s, 3):
            parties |= _CORE  # "... blaming Pakistan. In a statement, Kabul's foreign ministry condemned the strike"
        if action == "protest" and len(parties) == 1 and parties <= _CORE and _STATE_BODY.search(s.text):
            # "the Foreign Office summoned the Afghan charge d'affaires": the other neighbour summons
            summoner = next(iter(_CORE - parties))
            parties.add(summoner)
            venue = venue or _capital(summoner)
        if venue is None and action in ("protest", "statement"):
            venue = _summoner_seat(s.text, states, cues)
        if venue is None:
            venue = _place_venue(s.text, cues) or _flag_meeting_venue(s.text, found)
        if len(parties) < 2 and parties <= _CORE and venue is not None and venue[2] == "crossing" \
                and _BOTH_SIDES.search(s.text):
            parties |= _CORE  # "a meeting of officials of the two countries at Torkham": the crossing's two states
        if venue is None and same is not None and out and out[-1].venue is not None and out[-1].venue[2] != "country":
            venue = out[-1].venue  # "A day earlier, the minister held talks with ...": on the same trip
        if venue is None or (venue[2] == "country" and ctx.dateline):
            dl = _dateline_venue(ctx)
            if dl and (venue is None or dl[1] == venue[1]):
                venue = dl
        if venue is not None and action != "statement" and (
                action == "visit" or venue[1] in _CORE and venue[2] in ("capital", "crossing")):
            parties.add(venue[1])  # the host takes part (a town is where people met, not a state)
        size = max((int(h.values[1]) for h in found if h.values[0] == "trilateral"
                    if any(abs(h.start - c.start) <= 45 for c in cues if c.values[1] == action)), default=0)
        if len(parties) < size and size >= 3:
            if venue is not None and venue[2] != "crossing":
                parties.add(venue[1])  # "the trilateral in Beijing": the host of a trilateral takes part
            if ranked is None:
                ranked = _ranked_states(ctx)
            mediators = _document_mediators(ctx)
            pool = [c for c in ranked if c not in mediators][:size]
            for code in sorted(pool, key=lambda c: c not in _CORE):  # PK and AF first, then by mentions
                if len(parties) >= size:
                    break
                parties.add(code)
        mentions = [same] if same is not None else act_days(s.text, prefer_explicit(days(s.text, ctx), s.text))
        if mentions and nxt is not None and _ANAPHOR.match(nxt.text) \
                and all(day_role(s.text, m) == "speech" for m in mentions):
            # "... have agreed to ..., officials said Thursday. The understanding was reached at talks which
            # concluded on Wednesday": the act's own day is told next, the first is when it was reported
            told = [m for m in act_days(nxt.text, prefer_explicit(days(nxt.text, ctx), nxt.text))
                    if day_role(nxt.text, m) in ("on", "plain")]
            mentions = told[:1] or mentions
        if len(parties) < 2 and action == "talks":
            trip = _continues(out, s, mentions[0].day if mentions else None, parties)
            if trip is not None:
                parties |= trip.parties
                venue = venue or trip.venue
        if action == "visit" and venue is None:
            continue
        if len(parties) < 2 or not parties & _CORE:
            continue
        own = [m for m in mentions if not _in_background(s.text, cues, m.start)]
        if own and len({m.day for m in mentions}) > 1:
            mentions = own  # "summoned the envoy on Thursday over firing that killed two on Wednesday"
        by_day: dict[date | None, str] = {}
        for m in mentions:  # several days: each takes the act nearest to it
            before = [c for c in cues if c.end <= m.start]  # "met Dar on Tuesday": the verb comes first
            near = (max(before, key=lambda c: c.end) if before else min(cues, key=lambda c: c.start)).values[1]
            after = [c for c in cues if c.start >= m.end and not any(m.end <= o.start < c.start for o in mentions)]
            if before and after and _NEW_CLAUSE.search(s.text, max(c.end for c in before), m.start):
                near = max((c.values[1] for c in after), key=lambda a: _RANK[a])  # "..., and on Tuesday they agreed to"
            act = action if len({x.day for x in mentions}) == 1 else near
            if _RANK[act] > _RANK.get(by_day.get(m.day, ""), 0):
                by_day[m.day] = act
        for day, act in sorted(by_day.items(), key=lambda kv: str(kv[0])) or [(None, action)]:
            out.append(_Dip(act, day, venue, set(parties), s, [evidence(s)], lead=lead, size=size))
    return out


def _in_background(text: str, cues: list, at: int) -> bool:
    """A day inside a clause about what prompted the act: after the last cue before it, past a
    relative or causal word ("over the firing that killed two soldiers on Wednesday")."""
    before = [c for c in cues if c.end <= at]
    if not before:
        return False
    return _BACKGROUND_CLAUSE.search(text, max(c.end for c in before), at) is not None


def _upgrade(found: list[_Dip], s: Sentence, cues: list) -> None:
    """An undated 'held talks' right after a dated visit: the visit was for talks that took place."""
    if not any(h.key in _PAST_TALKS for h in cues) or not found:
        return
    last = found[-1]
    if last.action == "visit" and s.index - last.sentence.index <= 4:
        for d in found:
            if d.sentence.index == last.sentence.index:
                d.action = "talks"
                d.evidence.append(evidence(s))


def extract_diplomacy_events(ctx: Context) -> list[Event]:
    """diplomacy events of one document, one per place and day."""
    merged: dict[tuple, _Dip] = {}
    for d in _mentions(ctx):
        key = (d.day, d.venue[1] if d.venue else None, d.venue[0].lower() if d.venue else None)
        have = merged.get(key)
        if have is not None and d.size and have.size and d.size != have.size and d.parties != have.parties:
            key += (d.size,)  # "trilateral talks ...; earlier that day, bilateral talks": two meetings
            have = merged.get(key)
        if have is None:
            merged[key] = d
            continue
        if _RANK[d.action] > _RANK[have.action] and {d.action, have.action} != {"visit", "talks"}:
            have.action = d.action  # a visit's own meetings that day stay the visit ("arrived ...; met X on Sunday")
        have.parties |= d.parties
        spans = {(e.start, e.end) for e in have.evidence}
        have.evidence.extend(e for e in d.evidence if (e.start, e.end) not in spans)
        del have.evidence[MAX_EVIDENCE:]
    for key, d in list(merged.items()):  # an undated lead told again with its day below: one event
        same = [o for o in merged.values() if o is not d and o.day is not None and o.parties == d.parties]
        if d.lead and d.day is None and same:
            same[0].evidence.extend(e for e in d.evidence if e not in same[0].evidence)
            del same[0].evidence[MAX_EVIDENCE:]
            del merged[key]
    events = []
    for d in merged.values():
        ev = Event(type="diplomacy", date=d.day.isoformat() if d.day else None, action=d.action,
                   parties=sorted(d.parties), evidence=d.evidence)
        if d.venue is not None:
            surface, code, kind = d.venue
            ev.country = code
            if kind != "country":
                ev.place = surface
                loc = crossing_location(surface) if kind == "crossing" else \
                    place_lookup(surface) if code in _CORE else None
                if loc is not None and loc.country == code:
                    ev.admin1, ev.admin2 = loc.admin1, loc.admin2
                    ev.lat, ev.lon, ev.geo_precision = loc.lat, loc.lon, loc.precision
        events.append(ev)
    return events
