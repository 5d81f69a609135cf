"""Direct quotes and their speakers: the fullest name the article gives, or the body speaking.

Quoted spans come from quote_marks.find_quote_spans (a linear scan of the marks). A speaker
comes from, in order: an attribution inside the closing mark ("... Qazi told a radio station"), the words
right after the quote ("”, said X", "” X said", "” he added"), the speech verb before it in the
sentence ("X said:", "quoted X as saying", "according to X"), an attribution closing the sentence
(", officials said on Sunday."), or, for a quote standing alone, the last speaker. Pronouns, "the statement", "the group", "the minister" and surnames are resolved
against earlier mentions; titles are stripped. Scare quotes (names, titles, single words in
single marks) are skipped unless a speech verb attributes them; a word glossed after it ("...", a
term for ...) is never speech.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..records import Document, Evidence, Quote
from .fastre import led
from .appositions import DESCRIPTOR as _DESCRIPTOR
from .appositions import describes as _describes
from .appositions import is_title_phrase as _is_title_phrase
from .appositions import named_apposition as _named_apposition
from .appositions import role_name_subject
from .appositions import owned_role, post_appositions
from .speaker_lexicon import _Verb, _alt, _lex, _tokens, kin_nouns
from .quote_runs import goes_on
from .speakers import _CAP, _CONNECTORS, _NAME, _NP, _PRONOUNS, _Ctx, _build_ctx, _is_role_phrase, _last, _resolve, _strip_title
from .quote_marks import _QSpan, find_quote_spans
from .text import Sentence

_MASK = "_"
_MAX_QUOTES = 1000  # no real article has more; bounds the work on pathological input
_WINDOW = 400  # characters of context read before a quote (bounds the work per quote)


def _paragraph_spans(sentences: list[Sentence]) -> list[tuple[int, int]]:
    spans: dict[int, list[int]] = {}
    for s in sentences:
        sp = spans.setdefault(s.paragraph, [s.start, s.end])
        sp[0], sp[1] = min(sp[0], s.start), max(sp[1], s.end)
    return [tuple(v) for _, v in sorted(spans.items())]  # type: ignore[misc]


_NOT_SPACE = re.compile(r"\S")  # what str.isspace() calls no space (both use Unicode's whitespace)


def _mask(text: str, spans: list[_QSpan]) -> str:
    """The text with quoted words blanked, so verbs and names inside quotes are not read: every
    non-space character inside a quoted part (parts merged where they overlap) becomes _MASK."""
    parts = sorted((s, min(e, len(text))) for q in spans for s, e in q.parts if s < min(e, len(text)))
    out: list[str] = []
    pos = 0
    for s, e in parts:
        if e <= pos:
            continue
        s = max(s, pos)
        out.append(text[pos:s])
        out.append(_NOT_SPACE.sub(_MASK, text[s:e]))
        pos = e
    out.append(text[pos:])
    return "".join(out)


# "said Dr. Salman Niazi": a title abbreviation's full stop inside the speaker phrase
_ABBREV = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Maj|Capt|Brig|Sen|Gov|Engr)\.\s+)?"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    v = _lex().verb_rx.pattern
    aux = r"(?:(?:further|also|then|later|had|has|have|was|once\s+again|again)\s+)*"
    kin = _alt(sorted(kin_nouns()))
    subj = rf"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|(?:[Tt]he|[Aa]n?)\s+{_NP}|(?:[\w'’-]+\s+){{0,4}}?[A-Z][^,.;:!?“”\"‘’()\n]{{0,90}}?)"
    return {
        "post_subj": re.compile(rf"\s*,?\s*(?P<np>{subj})(?:,\s*(?P<app>[^,.;:!?“”\"]{{1,80}}),)?\s+{aux}(?P<v>{v})"),
        "post_verb": re.compile(rf"\s*,?\s*(?P<v>said|says|added|adds|told|asked|warned|explained|wrote|stated|noted|insisted|declared|continued)\s+(?P<np>{_ABBREV}{_NP})(?=\s*(?:[,.;:!?]|$|\bwho\b|\bwhich\b|\bspeaking\b|\badding\b|\bin\s+a\s+statement\b|\b(?:at|during|after)\s+(?:the|a|an|his|her|its)\s))"),
        # "..., his brother, Ali Khan, told": a relative (or colleague) described, then named
        "post_kin": re.compile(rf"\s*,?\s*(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w'’-]*\s+){{0,2}}(?:{kin})s?,\s*(?P<np>{_NAME}),\s+{aux}(?P<v>{v})"),
        "post_according": re.compile(rf"\s*,?\s*according\s+to\s+(?P<np>{_NP})(?=\s*(?:[,.;:!?]|$))"),
        "according": re.compile(rf"\b[Aa]ccording\s+to\s+(?P<np>{_NP})(?:\s*\([A-Z][A-Za-z-]{{1,9}}\))?(?=\s*[,.;:])"),
        # "..., the statement quoted Meerak Baloch as saying.": the person quoted, not the statement
        "post_quoted_as": re.compile(rf"\s*,?\s*(?:(?:the|a|an|its|his|her)\s+)?(?:[\w'’-]+\s+){{0,3}}?quoted\s+(?P<np>{_NP})\s+as\s+saying"),
        "quoted_as": re.compile(rf"\bquoted\s+(?P<np>{_NP})\s+as\s+saying"),
    }


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    """Every one-word verb and every first word of a two-word verb (the words worth a look)."""
    verbs = _lex().verbs
    return frozenset(verbs) | frozenset(v.split(" ", 1)[0] for v in verbs if " " in v)


def _find_verbs(text: str) -> list[_Verb]:
    """Speech verbs by word lookup (one- and two-word verbs), linear in the text."""
    verbs = _lex().verbs
    wanted = _verb_words()
    bounds, _, words = _tokens(text)
    n = len(words)
    out: list[_Verb] = []
    for i in [i for i, w in enumerate(words) if w in wanted]:
        w = words[i]
        if i + 1 < n:
            two = f"{w} {words[i + 1]}"
            if two in verbs and text[bounds[2 * i + 1]:bounds[2 * i + 2]].isspace():
                out.append(_Verb(bounds[2 * i], bounds[2 * i + 3], two))
                continue
        if w in verbs:
            out.append(_Verb(bounds[2 * i], bounds[2 * i + 1], w))
    return out


# "..., X said (on Sunday)." closing the sentence of a quote in mid-sentence
_TAIL_ATTRIBUTION = re.compile(
    r",\s+(?P<np>(?:[Hh]e|[Ss]he|[Tt]hey|(?:(?:the|a|an|[A-Z][\w'’-]*|[a-z]+)\s+){0,4}?(?:officials?|sources|"
    r"police|spokes(?:man|woman|person)|[A-Z][\w'’-]*)))\s+(?:said|told\s+[\w\s]{1,30}?|added|claimed|stated)"
    r"(?:\s+(?:on\s+[A-Z]\w+|in\s+a\s+statement|late\s+on\s+[A-Z]\w+|today|yesterday))?\s*[.!?]?\s*$")
# a quoted word explained right after it: "a derogatory term for", "a word meaning"
_GLOSS = re.compile(r"\s*,\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:term|word|name|label|euphemism|epithet|slur)\b|meaning\b)", re.I)
# "a statement posted on its channel": the verb describes the medium, it is not the subject's speech
_MEDIUM_VERBS = frozenset({"posted", "issued", "released", "published", "shared", "sent", "emailed", "circulated"})
_MEDIUM_BEFORE = re.compile(r"\b(?:statement|message|video|post|note|letter|audio)\s+$", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|about|against|with|into|from|by)\s*$", re.I)  # "warning of "reprisals""
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)  # a verb form after an article is an adjective
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|its|their|his|her|our|such|\w+['’]s)\s*$", re.I)
# "In Kabul, ...", "Hours later, ...", "A day earlier, ...": a lead time or place, not the subject
_LEAD_ADVERBIAL = re.compile(
    r"^\s*(?:(?:In|On|At|From|Later|Meanwhile|Earlier)\b[^,;:]{0,40}"
    r"|(?:Hours|Days|Minutes|Moments|Weeks|(?:A|One|Two|Three)\s+(?:hours?|days?|weeks?))\s+(?:later|earlier|before|after)),\s*")
_BANNED_LEAD = re.compile(r"^\s*[Tt]he\s+(?:banned|outlawed|proscribed|defunct)\s+(?=[A-Z])")
# "a police officer, who asked not to be named, said": the clause between commas is an aside
_PARENTHETICAL = re.compile(r",\s*(?:(?:who|whose|which|speaking|requesting|wishing|asking)\b[^,;:]{1,80}|for\s+(?:his|her|their|its)\s+part"
                            r"|in\s+(?:his|her|their|its)\s+turn|however|meanwhile|too),\s*$", re.I)  # "The envoy, for his part, said"
# a phrase after a quote that cannot be the subject of a speech verb
_NOT_SUBJECT = re.compile(r"\s*(?:(?:against|in|on|at|from|to|for|with|by|over|after|before|during|while|whereas|although|though)\b|[^,]*\b(?:what|which|whom)\b"
                          r"|(?:an?|the)\s+(?:claim|allegation|charge|accusation|assertion)\s)")  # ', a claim their families rejected'
_BOUNDARY_WORDS = led(re.compile(r"(?:[,;:\"\u201c\u201d]|\b(?:that|what|which|who|and|but|while|as|because|since|if|when|where)\b)", re.I))
_TRAIL_ADV = led(re.compile(r"(?:\s+(?:has|have|had|also|further|repeatedly|again|then|later|earlier|once|on\s+\w+|in\s+a\s+statement|in\s+the\s+past|previously|today|is|was|were|would|will|had\s+been))+\s*$", re.I))
# module-level calls compiled once (re's own cache costs a lookup per call)
_LEAD_NONWORD, _NAME_RX = re.compile(r"^[^\w]+"), re.compile(_NAME)
_S_APPOSITION = re.compile(rf"\s*((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+[^,]{{1,80}}),\s*({_NAME}),")
_S_ROLE = re.compile(r"\s*((?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:on\s+[A-Z]\w+\s+)?(?!of\b|in\b|at\b)[a-z]+ed\b")
_S_KIN = re.compile(rf"\s*((?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){{0,3}}?[a-z][\w'’-]*\s+of\s+(?:the\s+)?{_NAME}),")
# "Inspector General of Police Gul Khan praised ... and said": a title, its office, then a name of 2+ words
_S_NAME = re.compile(rf"\s*({_NAME}\s+(?:of|for)\s+{_CAP}(?:\s+{_CAP}){{2,5}}(?=\s+[a-z])|{_NAME}|[Hh]e|[Ss]he|[Tt]hey)\b(?!\s*(?:of|in|at)\b)")
_PASSIVE_BEFORE, _SPACES = re.compile(r"\b(?:was|were|been|being|so)\s+$"), re.compile(r"\s+")
_AND_BEFORE, _COMMA_END = led(re.compile(r"\b(?:and|but)\s*$")), re.compile(r",\s*$")
_NAME_APPOSED = re.compile(rf",\s*(?:{_NAME}\s*\([^()]{{1,15}}\)\s*)?{_NAME},\s*$")  # "Captain (retd) Ali Khan"
_S_VOICE = re.compile(rf"\s*(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+){{0,2}}spokes(?:man|person|woman)\s+(?:for|of)\s+(?:the\s+)?({_NAME})\s+[a-z]+ed\b")
_EMBEDDED = led(re.compile(rf"(?:(?<=[.!?])|^)\s*({_NAME})\s+(?:told|said|says|added)\b[^.!?]{{0,40}}[.!?]?\s*$"))
_QWORDS, _HYPHENS = re.compile(r"[\w'’-]+"), re.compile(r"[-‐]")
_CLOSED, _INTRO_END = re.compile(r"[.!?]\W*$"), re.compile(r"[:,]\s*$")
_APP_AFTER, _ANY_WORD = re.compile(rf",\s*({_NAME})\s*(?:[.;]|,\s*(?:who|whose|a|an|the)\b|$)"), re.compile(r"\w")
_SUBJECT_OK = re.compile(r"^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|(?:[Tt]he|[Aa]n?)\s+\S.*|[A-Z].*|officials|sources|police|residents|witnesses)$")


# a formal protest or statement whose wording is quoted: "lodged a protest over the "...""
_PROTEST_OVER = re.compile(r"\b(?:protest|note|démarche|demarche|complaint|statement|letter)\s+(?:note\s+)?"
                           r"(?:over|about|against|on|condemning|denouncing|describing)\s+(?:the|its|an?|what\s+it\s+called)?\s*$", re.I)
# "The Ministry of Foreign Affairs (in Kabul) summoned ...": a named body opening the sentence
_S_BODY = re.compile(r"\s*(?:[Tt]he\s+)?((?:[A-Z][\w'’-]*)(?:\s+(?:of|for|and|on)?\s*[A-Z][\w'’-]*){0,6})"
                     r"(?:\s+in\s+[A-Z][\w'’-]*)?\s+(?:[a-z]+\s+)?[a-z]+(?:ed|s)\b")


def _body_subject(pre: str) -> str | None:
    """The named body opening a sentence (for a quoted protest wording with no speech verb)."""
    m = _S_BODY.match(_LEAD_ADVERBIAL.sub("", pre, count=1))
    return m.group(1) if m and _lex().body_rx.search(m.group(1)) else None


_WHO_END = re.compile(rf"(?<![A-Za-z])({_NAME}),?\s+who(?:\s+(?:also|later|then|had|has))?$")
_WHO_LAST = ("who", "also", "later", "then", "had", "has")  # the words a _WHO_END match can end with
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# the words a _TRAIL_ADV match can end with (besides any word after "on")
_TRAIL_LAST = frozenset({"has", "have", "had", "also", "further", "repeatedly", "again", "then", "later", "earlier",
                         "once", "statement", "past", "previously", "today", "is", "was", "were", "would", "will", "been"})


def _trail_cut(chunk: str) -> str:
    """_TRAIL_ADV.sub("", chunk), the regex skipped when an ASCII chunk's last word (or the one before
    it, "on") shows it cannot match (non-ASCII letters may fold into ASCII ones: always the regex)."""
    if chunk.isascii():
        words = chunk.rsplit(None, 2)
        if not words or (words[-1].lower() not in _TRAIL_LAST and (len(words) < 2 or words[-2].lower() != "on")):
            return chunk
    return _TRAIL_ADV.sub("", chunk)
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_BRACKETED = re.compile(r"\s*\([^)]*\)")  # a bracket and the space before it, compiled once


def _subject_before(pre: str, vstart: int) -> str | None:
    """The subject of a finite speech verb: the phrase right before it, back to a clause break."""
    chunk = _trail_cut(pre[max(0, vstart - 300):vstart]).rstrip()
    rel = _WHO_END.search(chunk) if chunk.endswith(_WHO_LAST) else None  # its match ends the chunk
    if rel:
        return rel.group(1)  # "its spokesman Shahmir Baloch, who said ...": the person the clause hangs on
    if chunk.endswith(","):
        # "Zarb, the news outlet of the front, announced": the subject is before the apposition;
        # "The town's police chief, Gul Rehman, said": a role, then the name in apposition
        inner = chunk[:-1]
        k = inner.rfind(",")
        if k >= 0:
            app = _BRACKETED.sub("", inner[k + 1:]).strip()  # "Captain (retd) Ali Khan"
            if _named_apposition(_role_head(inner[:k]), app):
                return app
            cand = inner[:k].rstrip()
            b = list(_BOUNDARY_WORDS.finditer(cand))
            cand = cand[b[-1].end():] if b else cand
            return cand.strip() or None
        chunk = inner
    b = list(_BOUNDARY_WORDS.finditer(chunk))
    cand = chunk[b[-1].end():] if b else chunk
    cand = _LEAD_NONWORD.sub("", cand.strip()).strip()
    if not cand or not _SUBJECT_OK.match(cand) or len(cand) > 120:
        return None
    return cand


_POST_PLACE_TAIL = re.compile(r"\s+(?:from|in|of|at)\s+.*$")
# a person described by a post or trade ("diplomat", "driver", "economist", "politician"), or a relation
_PERSON_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|at|man|woman|son|daughter|mother|father|wife|husband|brother|sister)$")


def _colon_apposition(pre: str) -> str | None:
    """'A retired judge, Gul Zaman, once put it simply: "..."': a named person opening the sentence
    introduces the quote after a colon, with no speech verb."""
    if not pre.rstrip().endswith(":"):
        return None
    app = _S_APPOSITION.match(_LEAD_ADVERBIAL.sub("", pre, count=1))
    if not app or not _named_apposition(app.group(1), app.group(2)):
        return role_name_subject(_LEAD_ADVERBIAL.sub("", pre, count=1))  # "FO spokesperson Sadia Jan put it:"
    head = _POST_PLACE_TAIL.sub("", app.group(1)).split()[-1]
    return app.group(2) if _is_role_phrase(head) or _PERSON_NOUN.search(head) else None  # not "The village, X,"


def _role_head(phrase: str) -> str:
    """A phrase cut at its last clause break ("On Monday, the police chief" -> "the police chief")."""
    b = list(_BOUNDARY_WORDS.finditer(phrase))
    return phrase[b[-1].end():] if b else phrase


@lru_cache(maxsize=1)
def _statement_rx() -> re.Pattern[str]:
    """'The ministry issued ...': a body role as the subject of a release verb (built once)."""
    bodies = _alt([r for r, k in _lex().roles.items() if k == 'body'])
    return re.compile(rf"((?:[Tt]he|[Aa]n?)\s+(?:[\w'’]+\s+){{0,3}}(?:{bodies}))\s+(?:issued|released|put\s+out|sent)\b")


def _sentence_subject(pre: str) -> str | None:
    """The first speaker-like phrase of a sentence (for "..., saying" with no speech verb before)."""
    pre = _LEAD_ADVERBIAL.sub("", pre, count=1)  # "In Kabul, the ministry ...": the subject follows
    pre = _BANNED_LEAD.sub("", pre, count=1)  # "the banned Lashkar-e-Islam issued ...": the name is the subject
    app = _S_APPOSITION.match(pre)
    if app and _named_apposition(app.group(1), app.group(2)):
        return app.group(2)  # "The mayor's adviser on health, Gul Rehman, visited ... and said"
    voice = _S_VOICE.match(pre)
    if voice:
        return voice.group(1)  # "A spokesman for the Front denied ..., saying": the body speaks
    role = _S_ROLE.match(pre)
    if role and _is_role_phrase(role.group(1)):
        return role.group(1)  # "The provincial spokesman condemned ... and said"
    kin = _S_KIN.match(pre)
    if kin:
        return kin.group(1)  # "A relative of Gul Khan, speaking from Quetta, appealed ..., saying"
    m = _S_NAME.match(pre)
    if m and m.group(1).split()[0] not in ("In", "On", "After", "Before", "During", "According", "As", "While", "With", "At",
                                           "A", "An", "The"):
        return m.group(1)
    stmt = _statement_rx().search(pre)
    if stmt:
        return stmt.group(1)
    return None


def _attribute_pre(pre: str, verbs: list[_Verb] | None = None) -> str | None:
    """Speaker phrase from the sentence text before a quote (`verbs`: its speech verbs, if known)."""
    pats = _patterns()
    lex = _lex()
    qa = list(pats["quoted_as"].finditer(pre)) if "quoted" in pre else []
    if qa:
        return qa[-1].group("np")
    verbs = _find_verbs(pre) if verbs is None else verbs
    verbs = [v for v in verbs if not _PASSIVE_BEFORE.search(pre[max(0, v.start() - 8):v.start()])
             and not _ARTICLE_BEFORE.search(pre, max(0, v.start() - 5), v.start())  # "over the continued use"
             and not (v.group("v").lower() in _MEDIUM_VERBS and _MEDIUM_BEFORE.search(pre[max(0, v.start() - 12):v.start()]))]
    if len(verbs) > 1:
        verbs = [v for k, v in enumerate(verbs) if not (k and _in_label_object(pre, verbs[k - 1], v))]
    for k in range(len(verbs) - 1, max(-1, len(verbs) - 6), -1):
        v = verbs[k]
        form = lex.verbs.get(_SPACES.sub(" ", v.group("v").lower()), "finite")
        coordinated = _AND_BEFORE.search(pre[max(0, v.start() - 40):v.start()]) or (
            _COMMA_END.search(pre[max(0, v.start() - 4):v.start()])
            and not _NAME_APPOSED.search(pre[max(0, v.start() - 90):v.start()])
            and not _PARENTHETICAL.search(pre[max(0, v.start() - 120):v.start()]))
        if form == "participle" or coordinated:
            for w in reversed(verbs[:k]):
                if lex.verbs.get(_SPACES.sub(" ", w.group("v").lower())) == "finite":
                    subj = _subject_before(pre, w.start())
                    if subj:
                        return subj
            return _sentence_subject(pre)
        subj = _subject_before(pre, v.start())
        if subj:
            return subj
    acc = list(pats["according"].finditer(pre)) if "ccording" in pre else []
    if acc:
        return acc[-1].group("np")
    return None


# "called the Afghan claims ...": the object of a labelling verb, where a verb-like word is a noun
_LABEL_VERBS = frozenset({"called", "calls", "termed", "terms", "branded", "described", "describes", "dismissed",
                          "rejected", "condemned", "condemns", "denounced"})
_LABEL_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|his|her|these|those|such)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def _in_label_object(pre: str, prev: _Verb, v: _Verb) -> bool:
    """Whether speech verb `v` is a noun inside the object of the labelling verb `prev` just before it."""
    return prev.group("v").lower() in _LABEL_VERBS and bool(_LABEL_OBJECT.match(pre, prev.end(), v.start()))


def _embedded(inner: str) -> tuple[str, str | None]:
    """An attribution left inside the closing mark: '... for long. Qazi told a radio station'."""
    m = _EMBEDDED.search(inner)
    if m and m.start() > 0:
        return inner[:m.start()].rstrip(), m.group(1)
    return inner, None


def _is_scare(text: str, single: bool) -> bool:
    words = _QWORDS.findall(text)
    if not words:
        return True
    if single and len(words) == 1:
        return True
    if len(words) == 1:
        parts = [p for p in _HYPHENS.split(words[0]) if p and p.lower() not in _CONNECTORS]
        if parts and all(p[:1].isupper() for p in parts):
            return True  # a name in quotes: an operation, a place, a group

    if len(words) <= 5:
        sig = [w for w in words if w.lower() not in _CONNECTORS]
        if sig and all(w[:1].isupper() or w[:1].isdigit() for w in sig) and len(sig) > 1:
            return True  # a name or title: "Operation Green Valley", "Annual Review 2019"
    return False


def _sentence_at(sentences: list[Sentence], pos: int) -> Sentence | None:
    lo, hi = 0, len(sentences) - 1
    found = None
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= pos:
            found = sentences[mid]
            lo = mid + 1
        else:
            hi = mid - 1
    return found


def _verbs_in(all_verbs: list[_Verb], starts: list[int], lo: int, hi: int) -> list[_Verb]:
    """The speech verbs inside [lo, hi), with positions relative to `lo`."""
    a, b = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    return [_Verb(v.s - lo, v.e - lo, v.v) for v in all_verbs[a:b] if v.e <= hi]


def _record_speakers(masked: str, sentences: list[Sentence], ctx: _Ctx,
                     all_verbs: list[_Verb], starts: list[int]) -> None:
    """Every speech verb's subject, in order, for "he said" and stand-alone quotes."""
    for s in sentences:
        if s.end - s.start > 3000:
            continue
        if len(ctx.speakers) > 2000:
            break
        a, b = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        for v in all_verbs[a:min(b, a + 20)]:
            lo = max(s.start, v.s - _WINDOW)
            subj = _attribute_pre(masked[lo:v.e], _verbs_in(all_verbs, starts, lo, v.e))
            if subj is None or subj.lower() in _PRONOUNS:
                continue
            name, kind = _resolve(subj, v.s, ctx, masked)
            if name:
                ctx.speakers.append((v.s, name, kind))
                if kind == "person":
                    ctx.names.append((v.s, name))
    ctx.speakers.sort()
    ctx.names.sort()


def extract_quotes(document: Document, sentences: list[Sentence]) -> list[Quote]:
    """Direct quotes with speakers (fullest name given, or the body that spoke)."""
    text = document.text
    if not sentences:
        return []
    spans = find_quote_spans(text, _paragraph_spans(sentences))[:_MAX_QUOTES]
    if not spans:
        return []
    masked = _mask(text, spans)
    ctx = _build_ctx(text, masked, document.title)
    post_appositions(masked[:ctx.limit], ctx)
    all_verbs = _find_verbs(masked)
    verb_starts = [v.s for v in all_verbs]
    _record_speakers(masked, sentences, ctx, all_verbs, verb_starts)
    pats = _patterns()
    quotes: list[Quote] = []
    for q in spans:
        inner = q.text(text)
        inner, embedded = _embedded(inner)
        words = _QWORDS.findall(inner)
        if not words:
            continue
        sent = _sentence_at(sentences, q.open)
        s_start = sent.start if sent else q.open
        para_end = text.find("\n", q.close)
        para_end = len(text) if para_end < 0 else para_end
        post = masked[q.close:min(para_end, q.close + 200)]
        if embedded and (pats["post_verb"].match(post) or pats["post_subj"].match(post)):
            inner, embedded = q.text(text), None  # "... Nobody told us anything,' he said": all one quote
            words = _QWORDS.findall(inner)
        s_start = max(s_start, q.open - _WINDOW)
        pre = masked[s_start:q.open]
        pre_verbs = _verbs_in(all_verbs, verb_starts, s_start, q.open)
        np: str | None = None
        how = "none"
        if embedded:
            np, how = embedded, "embedded"
        if np is None and _CLOSED.search(inner) and _INTRO_END.search(pre):
            # a closed sentence after "X said:": words after the mark begin the next sentence
            np = _attribute_pre(pre, pre_verbs) or _colon_apposition(pre)
            how = "pre" if np else how
        if np is None:
            for key in ("post_quoted_as", "post_according", "post_verb", "post_kin", "post_subj"):
                m = pats[key].match(post)
                if m and key == "post_subj" and _NOT_SUBJECT.match(m.group("np")):
                    continue  # "... against the posts in response to what he described": no subject
                if m and not (key == "post_subj" and _lex().verbs.get(m.group("v").lower()) == "participle"):
                    np, how = m.group("np"), "post"
                    np = _OBJECT_PRONOUNS.get(np.lower(), np)  # "the statement quoted him as saying": he
                    app = m.group("app") if key == "post_subj" else None
                    if app is None and key == "post_verb":
                        after = _APP_AFTER.match(post[m.end():])
                        app = after.group(1) if after else None
                    if app and (_is_role_phrase(np) or _DESCRIPTOR.match(np) or _is_title_phrase(np) or _describes(np)) \
                            and _NAME_RX.fullmatch(_strip_title(app.strip())[0] or "-") \
                            and not _lex().body_rx.search(app):
                        np = app  # "the spokeswoman, Sadia Noor Jan, told", "a trader, Ali Khan, said"
                    break
        if np is None:
            np = _attribute_pre(pre, pre_verbs)
            how = "pre" if np else how
        if np is None and sent is not None:
            tail = _TAIL_ATTRIBUTION.search(masked, q.close, min(sent.end, q.close + 300))
            if tail and _MASK not in tail.group(0):
                np, how = tail.group("np"), "post"  # "..., prompting a "firm response", sources said on Sunday."
        if _GLOSS.match(post):
            continue  # "targeted "kafirs", a derogatory term for ...": a word explained, not speech
        if len(words) == 1 and (_DETERMINER_BEFORE.search(pre) or _PREPOSITION_BEFORE.search(pre)):
            continue  # "answered the "aggression" by ...": a noun held at arm's length, not speech
        window = masked[s_start:min(para_end, q.close + 200)]
        if np is None and "ccording" in window:
            acc = pats["according"].search(window)
            if acc:
                np, how = acc.group("np"), "according"
        if np is None and _PROTEST_OVER.search(pre) and not _is_scare(inner, q.single):
            np = _body_subject(pre)  # "The ministry ... handed him a protest note over the "violation of ...""
            how = "according" if np else how
        if how == "none" and (len(words) < 5 and not goes_on(masked, quotes[-1].evidence.end if quotes else None, q.open,
                                                          inner, len(words), q.close) or _is_scare(inner, q.single) or pre.strip()):
            continue  # unattributed: only a quote standing as its own sentence takes the last speaker
        if how != "none" and _is_scare(inner, q.single) and how not in ("post", "embedded"):
            continue
        speaker: str | None = None
        kind = "person"
        if np is not None:
            at = s_start if how in ("pre", "according") and np.strip().lower() != "it" else q.open
            speaker, kind = _resolve(np, at, ctx, masked)
            if speaker is not None and _is_role_phrase(speaker) and " " not in speaker:
                speaker = owned_role(speaker, masked, at) or speaker  # "the spokesperson": "CTD spokesperson"
        if speaker is None:
            sp = _last(ctx.speakers, q.open)
            speaker, kind = (sp[1], sp[2]) if sp else (None, "person")
        if speaker is None:
            continue
        if kind == "person":
            speaker = _POSSESSIVE_END.sub("", speaker)  # "Saleem Kakar's (office)": the person
        bisect.insort(ctx.speakers, (q.close, speaker, kind))
        if kind == "person":
            bisect.insort(ctx.names, (q.close, speaker))
        if len(q.parts) > 1 and not embedded:
            # a quote running over paragraphs: one quote per paragraph, each with the speaker
            for ps, pe in q.parts:
                part = text[ps:pe].strip()
                if _ANY_WORD.search(part):
                    quotes.append(Quote(speaker=speaker, text=part, evidence=Evidence(text[ps:pe], ps, pe)))
            continue
        quotes.append(Quote(speaker=speaker, text=inner.strip(),
                            evidence=Evidence(text[q.open:q.close], q.open, q.close)))
    return quotes
