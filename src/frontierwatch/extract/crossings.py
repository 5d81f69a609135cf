"""border_crossing events: a crossing closed, reopened or partly reopened, on the day it changed.

Each status verb near a named crossing (or a word such as "the crossing" that refers back to the
document's crossing) is one mention; planned or hypothetical changes ("talks to reopen", "will
reopen") and background clauses ("reopened after being closed for four days") are skipped. A
continuing closure ("shut for a 9th day") is dated by counting back. Mentions of one crossing and
status collapse to one event per day, an explicitly dated mention beating undated ones; an undated
closure that only goes on ("Torkham stayed closed"), told beside another crossing's change, is dropped.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from ..records import Event
from .fastre import led
from .lexicon import Hit
from .numbers import parse_number
from .relations_common import (OWN_DAY_AFTER, Context, blocked, crossing_location, day_role, days, days_after, evidence,
                               has_day, hits, places_in, prefer_explicit)
from .crossing_modes import CLAUSE_BREAK as _CLAUSE_BREAK
from .crossing_modes import STILL as _STILL
from .crossing_modes import dated_clash_after, mark_partial, mode_subject_stopped, other_crossing_stopped, partial_cues, still_closed_mode, takes_effect_now
from .text import Sentence

LEX = "crossing_cues"
WINDOW = 200  # characters either side of a cue read for its day
MAX_EVIDENCE = 8  # sentences kept per event
_ORDINAL_DAY = led(re.compile(
        r"\bfor\s+(?:a|the)\s+(\d{1,3}(?:st|nd|rd|th)|[a-z]+th|first|second|third)\s+"
        r"(?:(?:straight|consecutive|successive)\s+)?day", re.I))
_DURATION = re.compile(
    r"^[^.;]{0,40}?\bfor\s+(?:(?:over|more\s+than|nearly|almost|about|the\s+past|the\s+last)\s+)?"
    r"(?:a|an|\d{1,3}|[a-z]+)\s+(?:days?|weeks?|months?)\b", re.I)
_SINCE_DAY = re.compile(r"[^.;,]{0,30}?\bsince\s+(?:(?:last|this)\s+)?[A-Z0-9]")
_ONLY_NOW = re.compile(r"\bonly\s+(?:cargo|trade|goods|trucks|pedestrians|people)\b[^.;]{0,40}?\b(?:allowed|permitted)\b", re.I)
_PRESENT_FORMS = frozenset({"closes", "shuts", "seals", "reopens", "opens", "resumes"})  # undated: habitual
_HABITUAL = re.compile(r"\b(?:when|whenever|every\s+time|each\s+time|usually|often|typically|tends?\s+to|always)\b", re.I)
# "The pattern is familiar. A dispute turns into firing, the crossing is shut, ...": a habit told in the present
_IS_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?$")
# the lead states that a habit follows: the pattern itself is its subject ("The pattern is well known.", "It is a
# familiar script.", "It is all too familiar.") or closures are called routine ("Closures have become routine");
# a pattern of something else ("Trade has followed a seasonal pattern") says nothing of the closure
_PATTERN_LEAD = re.compile(
    r"^\W*(?:the|this|that|its)\s+(?:[a-z-]+\s+)?(?:pattern|routine|ritual|script|cycle)\s+"
    r"(?:is|was|has|repeats|plays|goes|runs|never)\b"
    r"|\b(?:it|this|that)\s+is\s+(?:an?\s+|the\s+)(?:[a-z-]+\s+){0,2}(?:pattern|routine|ritual|script|cycle)\b"
    r"|^\W*(?:\w+\s+){0,3}(?:all\s+)?(?:too\s+)?familiar\s*[.:]"
    r"|\b(?:closures?|shutdowns?|closings?|sealing)\b[^.;]{0,40}?\b(?:pattern|routine|ritual|regular|recurring|"
    r"common|frequent)\b", re.I)
# the closure sentence itself says it recurs: "closed as usual on Fridays", "shut every winter"
_HABIT_HERE = re.compile(r"\bas\s+(?:usual|is\s+customary)\b"
                         r"|\bevery\s+(?:day|night|week|month|year|season|winter|summer|spring|autumn|Friday|weekend)\b",
                         re.I)
_SAME_DAY = re.compile(r"\b(?:the\s+same|that)\s+(?:day|night|evening|morning|afternoon)\b", re.I)
_DAYS_BACK = re.compile(r"\b([a-z]+|\d{1,3})\s+days?\s+(earlier|before|ago)\b", re.I)
# "closed the crossing soon after the firing": the change follows the clash the story leads with
_AFTER_THE_CLASH = re.compile(r"[^,.;]{0,50}?\b(?:after|following)\s+the\s+(?:firing|clash(?:es)?|exchange|shelling|skirmish(?:es)?|"
                              r"fighting|attack|incident)\b", re.I)


def _lead_event_day(ctx: Context) -> date | None:
    """The day of the event the story leads with: an 'on <day>' in its first two sentences."""
    for s in ctx.sentences[:2]:
        for m in days(s.text, ctx):
            if day_role(s.text, m) == "on":
                return m.day
    return None


_SUBORDINATE = re.compile(r"\b(?:after|following|since|because|amid|when)\b", re.I)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
_COORDINATED = re.compile(r"^\s*(?:,\s*|,?\s*and\s+|&\s*|/\s*)(?:the\s+)?$", re.I)
_IT = re.compile(r"^\W*(?:It|The\s+(?:crossing|border|gate))\b")
_VAGUE = re.compile(
    r"\b(?:last|earlier\s+this|previous|past)\s+(?:week|month|year)\b|\b(?:years?|months?|weeks?)\s+ago\b"
    r"|\b(?:in|since)\s+(?:(?:mid-?|early\s+|late\s+)?(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|"
    r"November|December))\b(?!\s+\d)", re.I)
_PERFECT = led(re.compile(r"\b(?:has|have|had|remains?|remained|stay(?:s|ed)?|is|are|now)\b[^.]{0,25}$", re.I))
# "trade at Torkham, which has remained closed": the crossing, not the trade, is what stays closed
_WHICH_BETWEEN = re.compile(r"[A-Z][\w-]*,?\s+(?:which|that)\s")
_PLUPERFECT = led(re.compile(r"\bhad\s+(?:been\s+|remained\s+|stayed\s+)?(?:\w+ly\s+)?$", re.I))
# a generic noun heads the cue's subject ("the gate was shut", "the border has remained closed") ...
_SUBJECT_GAP = re.compile(r"^(?:\s+(?!of\b|for\b|with\b)[\w'\-]+){0,4}\s+$", re.I)
# ... or its object ("sealed the border", "closure of the main crossing"); no clause break between
_OBJECT_GAP = re.compile(r"^\s+(?:(?:the|its|their|a|an|this|that|main|key|busy|busiest|border|trade|"
                         r"[A-Z][\w\-]*)\s+){0,3}$")
_OF_NOUN = re.compile(r"^\s+of\s+(?:the\s+)?(?!\w*\s*(?:crossing|border)\b)[a-z]", re.I)
# "was closed shortly after the firing began": a closure in reaction to the reported clash, on its day
_REACTION = re.compile(
    r"^[^.;]{0,40}?\b(?:(?:shortly|soon|hours|minutes|immediately|right)\s+)?(?:after|following|amid|as|when)\s+"
    r"(?:the\s+)?(?:(?:cross-border|border|heavy)\s+)?(?:firing|clash\w*|fighting|shelling|exchange|skirmish\w*|gunfire|"
    r"attack)\b", re.I)
_SIMPLE_PAST = led(re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?$", re.I))
# "the closure of Torkham has hurt traders": commentary on an earlier closure's effect
_EFFECT = re.compile(r"^[^.;,]{0,40}?\b(?:has|have|had|is|are|was)\s+(?:\w+ly\s+|been\s+)?(?:hurt\w*|cost\w*|hit\w*|"
                     r"affect\w*|caus\w*|cripple\w*|paralys\w*|disrupt\w*|hamper\w*|forc\w*|left|led|dealt|meant)\b", re.I)
# "talks on the reopening of Torkham", "demanded the reopening of": the change is the topic, not news
_TOPIC = re.compile(r"\b(?:talks?|discuss\w*|negotiat\w*|demand\w*|seek\w*|sought|request\w*|urg\w*|hop\w*|"
                    r"plea\w*|appeal\w*|call\w*\s+for|press\w*\s+for|push\w*\s+for|agree\w*\s+on)\b[^.;:]{0,80}$", re.I)
_AT_PLACE = re.compile(r"^\s*(?:with\s+\w+\s+)?(?:at|in|near|on)\s+(?:the\s+)?$", re.I)


@dataclass(slots=True)
class _Mention:
    crossing: str
    status: str
    day: date | None
    strength: int  # 2 explicit day, 1 statement day or counted back, 0 publication day or none
    sentence: Sentence
    still: bool = False  # "stayed closed", "shut for three weeks": a closure going on, not a change


def _with_gazetteer_crossings(text: str, names: list, cut: int = 0) -> list:
    """Crossing names from the lexicon, else any crossing the gazetteer knows ("Ghakhi Pass"), after `cut`."""
    if names:
        return names
    extra = [Hit(p.start, p.end, p.surface.lower(), ("crossing", p.location.crossing))
             for p in places_in(text) if p.location.crossing and p.start >= cut
             and not any(h.start < p.end and p.start < h.end for h in names)]
    return sorted(names + extra, key=lambda h: h.start) if extra else names


def _default_crossing(ctx: Context) -> str | None:
    """The crossing the document is about: the most often named one (title included)."""
    tally: dict[str, int] = {}
    names = hits(LEX, ctx.document.title or "", ("crossing",))
    for s in ctx.sentences_with(LEX, ("crossing",)):
        names += ctx.sentence_hits(LEX, s, ("crossing",))
    for h in names:
        tally[h.values[1]] = tally.get(h.values[1], 0) + 1
    return max(tally, key=lambda k: (tally[k], k)) if tally else None


def _recent_crossing(ctx: Context, s: Sentence) -> str | None:
    """The crossing 'the crossing' refers back to: the one named in the nearest of the three sentences
    before, when that sentence names only one."""
    for prev in reversed(ctx.sentences_with(LEX, ("crossing",))):
        if prev.index >= s.index:
            continue
        if s.index - prev.index > 3:
            return None
        cut = _dateline_end(prev.text)
        named = {h.values[1] for h in ctx.sentence_hits(LEX, prev, ("crossing",)) if h.start >= cut}
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def _crossings_for(text: str, cue_start: int, names: list, generic: list, default) -> list[str]:
    """The crossing nearest the cue, with any listed beside it ("Ghulam Khan and Kharlachi crossings");
    `default()` gives the document's crossing for "the crossing"."""
    if not names:
        main = default() if generic else None
        return [main] if main else []
    i = bisect_left(names, cue_start, key=lambda h: h.start)
    def gap(j: int) -> tuple[bool, int]:
        lo, hi = sorted((names[j].end, cue_start)) if names[j].start < cue_start else (cue_start, names[j].start)
        return bool(_CLAUSE_BREAK.search(text, lo, hi)), abs(names[j].start - cue_start)

    near = min((j for j in (i - 1, i) if 0 <= j < len(names)), key=gap)  # same clause first, then nearest
    lo = hi = near
    while lo > 0 and _COORDINATED.match(text[names[lo - 1].end:names[lo].start]):
        lo -= 1
    while hi + 1 < len(names) and _COORDINATED.match(text[names[hi].end:names[hi + 1].start]):
        hi += 1
    return list(dict.fromkeys(h.values[1] for h in names[lo:hi + 1]))


def _is_background(text: str, cue, found: list, statuses: set[str], status: str) -> bool:
    """A closure mentioned as the cause/duration of a reopening (or the reverse) in one sentence."""
    other = {"closed"} if status != "closed" else {"reopened"}
    if not statuses & other:
        return False
    look = text[max(0, cue.start - 40):cue.start]
    if any(h.values[0] == "after" and cue.start - 40 <= h.start and h.end <= cue.start for h in found):
        return True
    if status == "closed" and _STILL.search(look):
        return True  # "reopened for pedestrians while trade remained suspended"
    return status == "closed" and bool(_DURATION.match(text[cue.end:cue.end + 80]))


def _in_after_clause(text: str, cue: Hit, found: list, cut: int) -> bool:
    """'Afghans crossed on Monday after the border reopened' (or '..., before the crossing was closed'): a
    change inside a trailing 'after'/'before' clause is the background of the main clause (a leading one is not)."""
    for a in found:
        if a.values[0] == "after" and a.end <= cue.start and cue.start - a.end <= 40 \
                and not re.search(r"[,;:]", text[a.end:cue.start]) and text[cut:a.start].strip(" \t\n\"'(\u201c"):
            # "stuck on Monday after authorities shut the crossing on Saturday": its own day, a change
            return not OWN_DAY_AFTER.match(text, cue.end) and not days_after(text, cue, found)
    before = _BEFORE_CLAUSE.search(text, max(cut, cue.start - 40), cue.start)
    if before is not None and text[cut:before.start()].strip(" \t\n\"'(\u201c"):
        return not OWN_DAY_AFTER.match(text, cue.end)  # "... returned on Monday, before the crossing was closed"
    return False


# "opened fire", "opened unprovoked fire": shooting, not a gate opening
_OPENED_FIRE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?fire\b", re.I)
_BEFORE_CLAUSE = re.compile(r"\bbefore\s+[^,;:]*$", re.I)
_HAS_BEEN = re.compile(r"\b(?:has|have|had)\s+been\s+(?:\w+\s+)?$")
_VAGUE_SPAN = re.compile(r"[^,;.]{0,30}?\bfor\s+(?:months|weeks|years|(?:a\s+)?long\s+time|some\s+time|ages)\b")


def _dateline_end(text: str) -> int:
    """End of a dateline at the start of a sentence ("CHAMAN: "), else 0."""
    m = re.match(r"\s*[A-Z][A-Z .\-]{2,30}(?:,\s*[A-Z][\w .]{2,30})?\s*[:\u2014\u2013]\s+", text)
    return m.end() if m else 0


def _day_for(text: str, mentions: list, cue, ctx: Context, last_day: date | None,
             others: tuple[int, ...] = ()) -> tuple[date | None, int]:
    """The day of one status change: explicit day > counted back > statement day > undated.

    Only the text within WINDOW characters of the cue is read, so a run-on "sentence" stays linear.
    """
    lo, hi = max(0, cue.start - WINDOW), cue.end + WINDOW
    near = text[lo:hi]
    events, speech = [], []
    for m in mentions[bisect_left(mentions, lo, key=lambda d: d.start):]:
        if m.start >= hi:
            break
        between = re.sub(r"\bsince\s+(?:the\s+)?$", "", text[cue.end:m.start]) if m.start > cue.end else ""
        if between and _SUBORDINATE.search(between):
            continue  # "closed after a clash on Friday": Friday dates the clash
        if any(abs(o - m.start) < abs(cue.start - m.start) for o in others):
            continue  # the day of another change named in the same sentence
        role = day_role(text, m)
        if role == "since" and cue.values[1] != "closed":
            continue  # "closed since March 3, reopened on Monday": March 3 dates the closure
        if role == "speech":
            speech.append(m)
        elif role in ("on", "plain", "since"):
            events.append(m)
    if not events and _VAGUE.search(text[max(0, cue.start - 30):cue.end + 45]):
        return None, -1  # "reopened last month", "suspended since October": no day, background
    ordinal = _ORDINAL_DAY.search(near)
    if ordinal:
        base = speech[0].day if speech else (events[0].day if events else ctx.pub)
        word = ordinal.group(1).lower()
        n = int(word[:-2]) if word[:1].isdigit() else _ORDINALS.get(word)
        if n is not None:
            return (base - timedelta(days=n - 1) if base else None), 1
    if cue.values[1] == "closed" and _DURATION.match(text[cue.end:cue.end + 80]):
        return None, 0  # "held shut for about ten days": the first day is not given
    if events:
        best = min(events, key=lambda m: abs(m.start - cue.start))
        return best.day, 2
    if (clash := dated_clash_after(text, cue.start, cue.end, cue.values[1], mentions, hi)) is not None:
        return clash, 2  # "shut after the November 7 firing": the day of that clash
    if last_day is not None and _SAME_DAY.search(near):
        return last_day, 2  # "Chaman had also been shut the same day": the day of the change told before
    back = _DAYS_BACK.search(near)
    if back:
        n = parse_number(back.group(1))
        base = ctx.pub if back.group(2).lower() == "ago" else last_day
        if isinstance(n, int) and base:
            return base - timedelta(days=n), 2
        return None, 1  # counted back from a day the text does not resolve: dated, but unknown to us
    if speech:
        return speech[0].day, 1
    if _AFTER_THE_CLASH.match(text, cue.end, cue.end + 80):
        lead = _lead_event_day(ctx)
        if lead is not None:
            return lead, 1  # "closed soon after the firing": the day of the clash the lead reports
    return ctx.pub, 0  # undated: the report's day (a null gold date is not scored; pairing allows 1 day)


def _mentions(ctx: Context) -> list[_Mention]:
    box: list[str | None] = []

    def default() -> str | None:
        if not box:
            box.append(_default_crossing(ctx))
        return box[0]

    out: list[_Mention] = []
    last_day: date | None = None
    prev_names: list = []
    for s in ctx.sentences_with(LEX, ("closed", "reopened", "opened", "partial", "mode")):
        prev = ctx.sentences[s.index - 1] if s.index > 0 else None
        prev_names = ctx.sentence_hits(LEX, prev, ("crossing",)) if prev is not None and _IT.match(s.text) else []
        found = ctx.sentence_hits(LEX, s)
        cues = [h for h in found if h.values[0] in ("closed", "reopened", "opened")]
        if not cues:
            if _ONLY_NOW.search(s.text) or still_closed_mode(s.text, found):
                named = {h.values[1] for h in found if h.values[0] == "crossing"}
                mark_partial(out, s, 5, named)  # "Only cargo vehicles would be allowed for now": that reopening was partial
            continue
        cut = _dateline_end(s.text)  # "TORKHAM: ..." names where the story was filed, not what closed
        statuses = {h.values[1] for h in cues}
        # only changes that stand (not blocked, background or in an "after ..." clause) compete for a day
        live = [c for c in cues
                if not (c.values[0] == "opened" and _OPENED_FIRE.match(s.text, c.end, c.end + 40))
                and not blocked(s.text, c.start, LEX, decided=takes_effect_now(s.text))
                and not _is_background(s.text, c, found, statuses, c.values[1])
                and not _in_after_clause(s.text, c, found, cut)]
        if not live:
            if mode_subject_stopped(s.text, found):  # "Pedestrian movement ... shall remain suspended until ...": a partial reopening
                mark_partial(out, s, 2, {h.values[1] for h in found if h.values[0] == "crossing"} or None)
            continue  # no change that stands: the names, places and modes below would go unread
        names = _with_gazetteer_crossings(s.text, [h for h in found if h.values[0] == "crossing" and h.start >= cut], cut)
        generic = [h for h in found if h.values[0] == "generic"]
        foreign = _foreign_spans(ctx, s) if generic and not names else []
        partial_at = partial_cues(found, cues)
        still_mode = still_closed_mode(s.text, found)
        mentions: list | None = None
        for cue in live:
            status = cue.values[1]
            if status == "closed" and _STILL.search(s.text[max(0, cue.start - 40):cue.start]) \
                    and not statuses - {"closed"} and any(h.values[0] == "mode" for h in found) \
                    and (not names or _reopened_here(out, s, names)):
                # "... reopened for trade. Pedestrian traffic remains suspended." (or "... at Chaman remained suspended")
                mark_partial(out, s, 2, {h.values[1] for h in names} or None)
                continue
            if any(h.values[0] == "not_crossing" and cue.start - 40 <= h.start < cue.start for h in found):
                continue  # "shops and markets remained shut": not the crossing
            if _HAS_BEEN.search(s.text, max(0, cue.start - 20), cue.start) and _VAGUE_SPAN.match(s.text, cue.end):
                continue  # "has been shut to trade for months": a lasting state, no change on a day
            if not names and not generic and _IT.match(s.text) and prev_names:
                names = prev_names  # "It was reopened on Tuesday."
            heads = [g for g in generic if _heads_cue(s.text, g, cue) and not _foreign_border(s.text, g, foreign)]
            recent = _recent_crossing(ctx, s) if heads and not names else None
            crossings = _crossings_for(s.text, cue.start, names, heads, (lambda: recent) if recent else default)
            if not crossings:
                continue
            if status == "reopened" and (cue.start in partial_at or still_mode
                                         and not other_crossing_stopped(s.text, found, names, crossings)):
                status = "partially_reopened"
            others = tuple(c.start for c in live if c.values[1] != cue.values[1]
                           and abs(c.start - cue.start) <= WINDOW)
            if mentions is None:
                mentions = prefer_explicit(days(s.text, ctx), s.text)
            day, strength = _day_for(s.text, mentions, cue, ctx, last_day, others)
            if strength < 0:
                continue
            back = days_after(s.text, cue, found) if day is not None else 0
            if back:
                day = day - timedelta(days=back)  # "stayed closed on Sunday, a day after forces shut it"
            still = status == "closed" and _STILL.search(s.text[max(0, cue.start - 40):cue.start])
            if strength == 2 and still and _SINCE_DAY.match(s.text, cue.end):
                still = None  # "has remained closed since Monday": the closure began that day
            if strength == 2 and still:
                strength = 0  # "it remained closed on Monday": the closure goes on, it did not happen that day
            if still and strength == 0 and s.index > 3:
                continue  # "crossings remained closed on Monday" late in a story: a state, not a change
            if cue.key.endswith(" of") and _TOPIC.search(s.text[max(0, cue.start - 90):cue.start]):
                continue  # "talks on the reopening of the crossing": a topic, not a change
            if status == "closed" and _STILL.search(s.text[max(0, cue.start - 40):cue.start]) \
                    and any(h.values[0] == "mode" and 0 <= cue.start - h.end <= 40
                            and not _WHICH_BETWEEN.search(s.text, h.end, cue.start) for h in found):
                continue  # "trade still suspended": some traffic stays stopped, nothing closed that day
            if strength == 0 and s.index > 3 and status == "closed" and _reaction(s.text, cue):
                day, strength = _lead_day(ctx)
            if strength == 0 and (_in_quote(s.text, cue.start) and not has_day(s.text) or cue.key.endswith(" of")
                                  and _EFFECT.match(s.text[cue.end:cue.end + 80])):
                continue  # an undated change in someone's words, or a closure's effect: not the news
            if strength == 0 and (cue.key in _PRESENT_FORMS or _IS_PASSIVE.search(s.text, max(0, cue.start - 20), cue.start)) \
                    and (_HABITUAL.search(s.text) or _HABIT_HERE.search(s.text)
                         or s.index > 0 and _PATTERN_LEAD.search(ctx.sentences[s.index - 1].text)):
                continue  # "when the border actually closes, it is usually because ...": a habit, not a change
            if strength == 0 and s.index > 3 and not _PERFECT.search(s.text[:cue.start]):
                continue  # an undated change deep in the text is background
            if strength == 0 and s.index > 0 and _PLUPERFECT.search(s.text[max(0, cue.start - 30):cue.start]):
                continue  # "it had stayed sealed during the row": the background of the news
            going_on = status == "closed" and bool(still or _DURATION.match(s.text[cue.end:cue.end + 80]))
            out.extend(_Mention(c, status, day, strength, s, going_on) for c in crossings)
            if strength == 2 and day:
                last_day = day
    return out


def _in_quote(text: str, at: int) -> bool:
    """Whether position `at` lies inside quotation marks opened earlier in the sentence."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.rfind("\u201c") > before.rfind("\u201d")


def _reopened_here(out: list[_Mention], s: Sentence, names: list) -> bool:
    """Whether every crossing named in `s` was reopened in the two sentences before it."""
    recent = {m.crossing for m in out if m.status == "reopened" and 0 < s.index - m.sentence.index <= 2}
    return {h.values[1] for h in names} <= recent


def _reaction(text: str, cue: Hit) -> bool:
    """'the crossing was closed shortly after the firing began': shut in reaction to the reported clash."""
    return bool(_SIMPLE_PAST.search(text[max(0, cue.start - 20):cue.start]) and _REACTION.match(text[cue.end:cue.end + 90]))


def _lead_day(ctx: Context) -> tuple[date | None, int]:
    """The day of the article's news: the first event day ("on Wednesday") of its first two sentences."""
    for s in ctx.sentences[:2]:
        for m in prefer_explicit(days(s.text, ctx), s.text):
            if day_role(s.text, m) in ("on", "plain"):
                return m.day, 1
    return ctx.pub, 0


def _heads_cue(text: str, g: Hit, cue: Hit) -> bool:
    """A generic noun ("gate", "border") is the subject or object of the status cue, not a word
    elsewhere in the sentence or the head of another noun ("the gate of the grain market")."""
    if _OF_NOUN.match(text[g.end:g.end + 40]):
        return False
    if g.end <= cue.start:
        return bool(_SUBJECT_GAP.match(text[g.end:cue.start]))
    return cue.end <= g.start and bool(_OBJECT_GAP.match(text[cue.end:g.start]))


def _foreign_spans(ctx: Context, s: Sentence) -> list[tuple[int, int]]:
    """Spans of another country's name and of non-crossing places (a border with Iran, the border at a
    town): a generic word next to them is not the document's Afghan crossing."""
    out = [(h.start, h.end) for h in ctx.sentence_hits("states", s) if h.values[0] not in ("PK", "AF")
           and h.values[1] in ("country", "demonym", "capital", "city")]
    out += [(p.start, p.end) for p in places_in(s.text) if p.location.crossing is None
            and _AT_PLACE.match(s.text[max(0, p.start - 30):p.start])]
    return out


def _foreign_border(text: str, g: Hit, foreign: list[tuple[int, int]]) -> bool:
    """Whether another country or a non-crossing place is named within a few words of the generic word."""
    for st, e in foreign:
        if e <= g.start and g.start - e <= 45 and not re.search(r"[.;]", text[e:g.start]):
            return True  # "Iran closed its border", "the Iranian border"
        if st >= g.end and st - g.end <= 30 and not re.search(r"[.;]", text[g.end:st]):
            return True  # "the border with Iran", "the border at <town>"
    return False


def extract_crossing_events(ctx: Context) -> list[Event]:
    """border_crossing events of one document, one per crossing, status and day."""
    groups: dict[tuple[str, str], list[_Mention]] = {}
    for m in _side_notes_dropped(_mentions(ctx)):
        groups.setdefault((m.crossing, m.status), []).append(m)
    events = []
    for (crossing, status), ms in groups.items():
        top = max(m.strength for m in ms)
        kept: dict[date | None, list[_Mention]] = {}
        if top == 2:
            for m in ms:
                if m.strength == 2:
                    kept.setdefault(m.day, []).append(m)
        else:
            best = next(m for m in ms if m.strength == top)
            kept[best.day] = [best]
        weak = [m for m in ms if m.strength < top]
        loc = crossing_location(crossing)
        for day, group in kept.items():
            ev = Event(type="border_crossing", date=day.isoformat() if day else None, country="PK",
                       place=crossing, crossing=crossing, status=status)
            if loc is not None:
                ev.country, ev.admin1, ev.admin2 = loc.country or "PK", loc.admin1, loc.admin2
                ev.lat, ev.lon, ev.geo_precision = loc.lat, loc.lon, loc.precision
            seen = set()
            for m in group + weak:
                if m.sentence.index not in seen and len(seen) < MAX_EVIDENCE:
                    seen.add(m.sentence.index)
                    ev.evidence.append(evidence(m.sentence))
            events.append(ev)
    return _specific_status(events)


def _side_notes_dropped(mentions: list[_Mention]) -> list[_Mention]:
    """'X reopened on Monday, while Y stays closed': an undated closure that only goes on, told beside a
    real change of another crossing, is a side note on that story, not a change of its own."""
    changed = {m.crossing for m in mentions if not m.still}
    if not changed:
        return mentions
    going_on = {m.crossing for m in mentions if m.still and m.strength == 0} - changed
    # "reopened on Sunday ... The crossing remained shut for 19 days.": the undated span before the reopening
    reopened = {m.crossing for m in mentions if m.status != "closed" and not m.still}
    return [m for m in mentions if m.crossing not in going_on
            and not (m.still and m.day is None and m.status == "closed" and m.crossing in reopened)]


def _specific_status(events: list[Event]) -> list[Event]:
    """A reopening and a partial reopening of one crossing on one day are one change, the partial one
    ("reopens for pedestrians" in a headline, "partly reopened" in the body)."""
    partial = {(e.crossing, e.date): e for e in events if e.status == "partially_reopened"}
    out = []
    for e in events:
        twin = partial.get((e.crossing, e.date)) if e.status == "reopened" else None
        if twin is None:
            out.append(e)
        else:
            twin.evidence.extend(x for x in e.evidence if x not in twin.evidence)
            del twin.evidence[MAX_EVIDENCE:]
    return out
