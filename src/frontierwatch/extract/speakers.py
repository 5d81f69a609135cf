"""Speaker resolution for quotes: a speaker phrase made into the fullest name or the body speaking.

Pronouns, "the statement", "the group", "the minister" and surnames are resolved against earlier
mentions (names with titles, appositions, named bodies, earlier speakers); titles, and the place
or force words that follow a title, are stripped from personal names.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .speaker_lexicon import _alt, _find_titles, _lex, _tokens, role_titles  # noqa: F401
from .speaker_sides import same_side
from .speaker_turns import TIME_WORD as _TIME_WORD, named_after_role, not_person_apposition, subject_document, turn_speaker

__all__ = ["_alt", "_tokens"]  # still importable from here (moved to speaker_lexicon)

_PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "body"}
_MINISTRY = re.compile(r"\b([A-Za-z]+)\s+ministry\b", re.I)  # "the interior ministry said": the ministry named before
_CONNECTORS = {"of", "for", "and", "the", "de", "ul", "ud", "al", "bin", "e", "i", "in"}


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], int]:
    """Normalised names of provinces, districts and countries (stripped after a title), longest length."""
    from ..geo.gazetteer import gazetteer
    keys = frozenset(k for k, cands in gazetteer().keys.items()
                     if any(c.level in ("admin1", "admin2", "group", "country") for c in cands))
    return keys, max((len(k.split()) for k in keys), default=1)


def is_armed_group(name: str) -> bool:
    """True when a body's name is an armed group: a group word ("Front") or a name in actors.csv."""
    from .lexicon import load
    return _lex().group_rx.search(name) is not None or bool(load("actors").find(name))


def _strip_office(s: str) -> str:
    """The name left after the office words and places that follow a title ("of Police Sindh Kamal Shah")."""
    from ..geo.gazetteer import normalise
    places, longest = _places()
    words = s.split()
    i = 0
    while i < len(words):
        w = words[i].strip(",").lower()
        if w in ("of", "for", "the", "and", "in") or w in _lex().tails:
            i += 1
            continue
        if i and words[i - 1].lower() in ("of", "for") and words[i].isupper() and len(words) - i > 2:
            i += 1  # "Minister for SAFRON Ali Khan": a ministry's acronym is its office, not a name
            continue
        if words[i].isalpha() and words[i].isupper() and len(words[i]) > 1 and len(words) - i > 2 and not words[i + 1].isupper():
            i += 1  # "Deputy Inspector General CTD Ali Raza Shah": the unit's acronym, then the name
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            if normalise(" ".join(words[i:i + n])) in places:
                i += n
                break
        else:
            break
    return " ".join(words[i:]).strip(" ,")


_WORD = re.compile(r"[A-Za-z]+")

# a capitalised word keeps a full stop only inside it ("D.I.") or after an initial ("M. Ali", "Dr.")
_CAP = r"[A-Z](?:[\w'’-]|\.(?=\w))*(?:(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.)?"
_NAME = rf"{_CAP}(?:\s+(?:(?:ul|ud|al|bin|de|e)\s+)?{_CAP}){{0,5}}"
_NP = r"(?:[^,.;:!?“”\"‘’()\n]|(?<=\w)’(?=\w)){1,90}?"
_NAME_AFTER = re.compile(rf"\s+(?:(?:of|for)\s+(?:the\s+)?)?({_NAME})")
# a bracket inside a titled name: the title's abbreviation ("Deputy Inspector General (DIG) Ali Shah") or a
# retired rank ("Deputy Commissioner Chaman Captain (retd) Ali Shah"); the name goes on after it
_COMMA_NAME = re.compile(rf",\s+({_NAME}),")
_TITLE_BRACKET = re.compile(r"\s*\((?:[A-Z]{2,6}|retd|retired|r)\.?\)(?=\s+[A-Z])")
# module-level calls compiled once (re's own cache costs a lookup per call)
_SPACES, _PAREN, _ARTICLE = re.compile(r"\s+"), re.compile(r"\s*\([^)]*\)"), re.compile(r"^(?:the|a|an)\s+", re.I)
_OF_CAP, _THE_LEAD, _UPPER = re.compile(r"(?:of|for)\s+(?:the\s+)?[A-Z]"), re.compile(r"^The\s+"), re.compile(r"[A-Z]")
_PREP_END, _STOP_SPACE = re.compile(r"\b(?:on|in|at|from|to|by|with|of|for|via)\s+$"), re.compile(r"[.!?]\s")
_TWO_CAPS_END = re.compile(r"\b[A-Z][\w'’-]*\s+[A-Z][\w'’-]*$")
_POSSESSOR = re.compile(r"(.+?)['’]s\s+(?:statement|report|communiqu[eé]|press release)$", re.I)
_NAME_STATEMENT = re.compile(rf"({_NAME})\s+(?:statement|communiqu[eé]|press release)$")  # "a Foreign Office statement"
_DOC_WORD = r"\b(?:statement|report|communiqu[eé]|press release)\b"
_DOCUMENT_WORD, _DOCUMENT_WORD_I = re.compile(_DOC_WORD), re.compile(_DOC_WORD, re.I)
# what a role cut ("the spokesman for the ministry") cannot match without: a cheap first check
_ROLE_CUT_WORD = re.compile(r"\s(?:from|in|at|on|for|posted|based|with|who|stationed|speaking)\b", re.I)
_NAMED_DOCUMENT = re.compile(rf"({_NAME})(?:['’]s)?\s+(?:statement|communiqu[eé]|press release)\b")
_OF_FOR = re.compile(r"\s+(?:of|for)\s+")
_SUBJECT_DOCUMENT = subject_document(_NAME)
_FROM_NAME = re.compile(rf"\b(?:from|by|of)\s+(?:the\s+)?({_NAME})")
_DESCRIBED_OF = re.compile(rf"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,2}}\s+of\s+(?:the\s+)?{_NAME}")


@dataclass
class _Ctx:
    """What the article has said so far: people (with titles), bodies, and speakers."""

    names: list[tuple[int, str]] = field(default_factory=list)  # (position, full name)
    titled: list[tuple[int, str, str]] = field(default_factory=list)  # (position, title, name)
    bodies: list[tuple[int, str]] = field(default_factory=list)  # read through _bodies(ctx)
    body_title: str | None = None  # the headline, scanned for bodies with the text
    bodies_pending: bool = False  # bodies not looked for yet (most articles never need them)
    speakers: list[tuple[int, str, str]] = field(default_factory=list)  # (position, speaker, kind)
    acronyms: dict[str, str] = field(default_factory=dict)
    text: str = ""  # the masked document text, for names given without a title
    limit: int = 0
    full_cache: dict[str, str] = field(default_factory=dict)


def _strip_title(np: str) -> tuple[str, str | None]:
    """A name without titles, the office words and places after them, and the title it had
    ("Provincial Home Minister Tariq Jan", "Inspector General of Police Sindh Kamal Shah")."""
    lex = _lex()
    title = None
    s = np.strip()
    last = None
    for m in lex.title_rx.finditer(s):
        rest = s[m.end():].strip()
        if rest and (rest[0].isupper() or _OF_CAP.match(rest)):
            last = m
    if last is not None:
        title = _SPACES.sub(" ", last.group(0).rstrip(".")).lower()
        rest = s[last.end():].strip()
        s = _strip_office(rest) or rest
    return s, title


def _person_name(np: str) -> tuple[str, str | None]:
    """The personal name at the end of a speaker phrase, and its title."""
    words = np.split()
    # drop descriptive words before the name: "City Trauma Centre spokesman Fazal Rabi Khan"
    cut = 0
    for i, w in enumerate(words):
        if not w[:1].isupper() and w.lower() not in _CONNECTORS:
            cut = i + 1
    tail = " ".join(words[cut:]) if cut < len(words) else np
    name, title = _strip_title(tail)
    if cut and title is None:
        lowered = " ".join(words[:cut]).lower()
        title = lowered.split()[-1] if lowered else None
    return name, title


# "Pakistan Peoples Party (PPP)"; "Name, the/a role ..." (each pattern is a name, then its tail)
# "Pakistan Institute for Conflict and Security Studies": a body's name runs over of/for/on/and
_LONG_NAME = rf"{_NAME}(?:\s+(?:of|for|on)\s+{_NAME}(?:\s+and\s+{_NAME})?)?"
_ACRONYM = re.compile(rf"({_LONG_NAME})\s*\(([A-Z][A-Za-z-]{{1,9}})\)")
_ACRONYM_TAIL = re.compile(r"\([A-Z][A-Za-z-]{1,9}\)")
_APPOSITION = re.compile(rf"({_NAME}),\s+(?:the|a|an)\s+(?:[a-z]|\d{{1,3}}-year-old\b)")  # or "Name, a 40-year-old widow"
_APPOSITION_TAIL = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z]|\d{1,3}-year-old\b)")
_BODY_NAME = re.compile(rf"({_LONG_NAME})")
_ALL_CAPS = re.compile(r"[A-Z]{2,6}")
# a character no name (nor the space after it) holds
_NAME_STOP = re.compile(r"[^\w'’\-.\s]")


def _names_before(rx: re.Pattern[str], tail: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of rx.finditer(text), rx being `(name)tail`, found faster: a name holds no stop
    character and no tail, so each match starts in the run of name characters right before a tail
    and ends with it; only those runs are scanned."""
    out: list[re.Match[str]] = []
    last = 0
    rev = ""
    for t in tail.finditer(text):
        if t.start() < last:
            continue
        if not rev:
            rev = text[::-1]
        stop = _NAME_STOP.search(rev, len(text) - t.start())
        for m in rx.finditer(text, max(last, len(text) - stop.start() if stop else 0), t.end()):
            out.append(m)
            last = m.end()
    return out


def _build_ctx(doc: str, masked: str, title: str | None) -> _Ctx:
    lex = _lex()
    ctx = _Ctx(text=masked, limit=min(len(masked), 100_000))
    for m in _names_before(_ACRONYM, _ACRONYM_TAIL, masked):
        if len(m.group(1).split()) > 1:
            ctx.acronyms.setdefault(m.group(2), _THE_LEAD.sub("", m.group(1)))
    # titled names: "Station House Officer Gul Rehman", "Dr Amna Qazi"
    for m in _find_titles(masked):
        nm = _NAME_AFTER.match(masked, m.end())
        head = ""
        if nm is None and (br := _TITLE_BRACKET.match(masked, m.end())):
            nm = _NAME_AFTER.match(masked, br.end())  # "Deputy Inspector General (DIG) Ali Shah"
        elif nm and (br := _TITLE_BRACKET.match(masked, nm.end())) and (more := _NAME_AFTER.match(masked, br.end())):
            head, nm = nm.group(0), more  # "Captain (retd) Ali Shah": the name after the rank
        if nm:
            name, _ = _strip_title(_strip_office((head + nm.group(0)).strip()))  # with its "for": "for SAFRON"
            if not name and (app := _COMMA_NAME.match(masked, nm.end())):
                name = _strip_title(app.group(1))[0]  # "Regional Police Officer Bannu, Ali Shah, said": the holder
            if name and not lex.title_rx.fullmatch(name + " ") and name.split()[0].lower() not in _PRONOUNS:
                pos = m.start()
                ctx.titled.append((pos, _SPACES.sub(" ", m.group(0).rstrip(".")).lower(), name))
                ctx.names.append((pos, name))
    # "Name, the/a role ..." appositions
    for m in _names_before(_APPOSITION, _APPOSITION_TAIL, masked):
        if _PREP_END.search(masked[max(0, m.start() - 6):m.start()]):
            continue  # "Posting on Facebook, the adviser": a place or medium, not a person
        if all(w.lower() in _TIME_WORD for w in m.group(1).split()):
            continue  # "Last Friday, the ..." (but "Theresa May, the ..." is a person)
        if not_person_apposition(masked, m.start(), m.group(1)):
            continue  # "In Kalam, a 30-year-old guard ...", "near the Border Gate, a porter": a place
        ctx.names.append((m.start(), _strip_title(m.group(1))[0]))
    ctx.body_title, ctx.bodies_pending = title, True  # bodies: found by _bodies(ctx) when first asked for
    ctx.names.sort()
    _add_surname_subjects(masked[:ctx.limit], ctx)
    return ctx


def _bodies(ctx: _Ctx) -> list[tuple[int, str]]:
    """The bodies the article names, by position: named organisations and groups ("the Foreign Office",
    "Balochistan Liberation Army"), looked for in ctx.text (and the headline) on first use."""
    if ctx.bodies_pending:
        ctx.bodies_pending = False
        lex, title, masked = _lex(), ctx.body_title or "", ctx.text
        for m in _BODY_NAME.finditer(title + "\n" + masked):
            words = m.group(1)
            if lex.body_rx.search(words) or _ALL_CAPS.fullmatch(words):
                ctx.bodies.append((m.start() - len(title) - 1, _THE_LEAD.sub("", words)))
        # armed groups named without a body word ("the Baloch Unity Sangat"): looked up in actors.csv
        from .lexicon import load
        for h in load("actors").find(masked, 0, ctx.limit):
            surface = masked[h.start:h.end]
            if surface[:1].isupper():
                ctx.bodies.append((h.start, surface))
        ctx.bodies.sort()
    return ctx.bodies


_ISPR = re.compile(r"\bISPR\b|\bInter[\s-]Services\s+Public\s+Relations\b|\bmilitary['’]s\s+media\b")
# a capitalised word opening a sentence and followed by a lower-case word: a subject ("Dar raised ...")
_SENTENCE_OPENER = re.compile(r"(?:^|[.!?]\s|\n)([A-Z][a-z'’-]+)\s+(?=[a-z])")
_OPENER_WORD = re.compile(r"[A-Z][a-z'’-]+")  # what _SENTENCE_OPENER's group can be
_SPACE_THEN_LOWER = re.compile(r"\s+(?=[a-z])")
_WORD_TAIL = frozenset("abcdefghijklmnopqrstuvwxyz'’-")


def _openers_among(text: str, words) -> list[tuple[int, str]]:
    """(start, word) of the matches of _SENTENCE_OPENER.finditer(text) whose group is one of `words`,
    found by str.find of those words (a match's group is its whole run of name characters, and no
    match can start inside another, so each place stands alone)."""
    out = []
    for w in words:
        if not _OPENER_WORD.fullmatch(w):
            continue
        p = text.find(w)
        while p >= 0:
            e = p + len(w)
            if (p == 0 or text[p - 1] == "\n" or (p > 1 and text[p - 2] in ".!?" and text[p - 1].isspace())) \
                    and (e == len(text) or text[e] not in _WORD_TAIL) and _SPACE_THEN_LOWER.match(text, e):
                out.append((p, w))
            p = text.find(w, p + 1)
    return out


def _add_surname_subjects(masked: str, ctx: _Ctx) -> None:
    """A surname opening a sentence after its full name was given ("Dar raised the issue. '...,' he said")
    is a mention of that person, so a later "he" can be them rather than an earlier speaker."""
    first: dict[str, tuple[int, str]] = {}
    for pos, full in ctx.names:
        words = full.split()
        if len(words) > 1:
            first.setdefault(words[-1], (pos, full))
    if not first:
        return
    extra = [(p, first[w][1]) for p, w in _openers_among(masked, first) if first[w][0] < p]
    if extra:
        ctx.names.extend(extra)
        ctx.names.sort()


def _full_name(name: str, ctx: _Ctx) -> str:
    """The longest name the article gives that ends with `name` ("Gul" -> "Sher Afzal Gul")."""
    if not name:
        return name
    if name in ctx.full_cache:
        return ctx.full_cache[name]
    words = name.split()
    best = name
    for _, full in ctx.names[-500:]:
        fw = full.split()
        if len(fw) > len(best.split()) and fw[-len(words):] == words:
            best = full
    if best == name and ctx.text and len(words) <= 2:
        # a name given in full where no title or speech verb marked it: "reporter Saif Ullah Mahsud"
        for m in _given_in_full(name, ctx.text[:ctx.limit]):
            cand, _ = _strip_title(m.group(0))
            cand = _strip_office(cand) or cand
            cand = _LEAD_WORD.sub("", cand)
            if cand.split()[0].isupper() and _OF_FOR_END.search(ctx.text, max(0, m.start() - 5), m.start()):
                cand = cand.split(" ", 1)[-1]  # "Minister for SAFRON Ali Khan": the acronym is the office
            if len(cand.split()) > len(best.split()) and cand.split()[-len(words):] == words:
                best = cand
    ctx.full_cache[name] = best
    return best


_BANNED = re.compile(r"^(?:banned|outlawed|proscribed|defunct)\s+(?=[A-Z])")  # "the banned X group": the group
_OF_FOR_END = re.compile(r"\b(?:of|for)\s+$")
_LEAD_WORD = re.compile(r"^(?:The|A|An|In|On|At|By|For|From|With|As|But|And|When|While|After|Before)\s+")
# what a "name given in full" match is made of (capitalised words, spaces, the name itself)
_RUN_CHAR = re.compile(r"[\w'’\-\s]+")
_RUN_STOP = re.compile(r"[^\w'’\-\s]")


def _given_in_full_plain(name: str, text: str) -> list[re.Match[str]]:
    """Up to three capitalised words right before `name` ("Sher Afzal" before "Gul"), everywhere."""
    return list(re.finditer(rf"((?:[A-Z][\w'’-]*\s+){{1,3}}){re.escape(name)}\b", text))


def _given_in_full(name: str, text: str) -> list[re.Match[str]]:
    """_given_in_full_plain, scanning only the runs of word, apostrophe, hyphen and space characters
    that hold `name`: a match is made of such characters only, so it lies inside one run, and the
    pattern looks at nothing outside its match (no lookbehind; its final \\b sees the same character
    or the run's end, where a non-word character follows), so each run alone gives the same matches."""
    if not _RUN_CHAR.fullmatch(name):
        return _given_in_full_plain(name, text)
    rx = re.compile(rf"((?:[A-Z][\w'’-]*\s+){{1,3}}){re.escape(name)}\b")
    out: list[re.Match[str]] = []
    rev = ""
    end = -1  # the end of the last run scanned
    q = text.find(name)
    while q >= 0:
        if q >= end:
            rev = rev or text[::-1]
            before = _RUN_STOP.search(rev, len(text) - q)
            start = len(text) - before.start() if before else 0
            after = _RUN_STOP.search(text, q)
            end = after.start() if after else len(text)
            out.extend(rx.finditer(text, start, end))
        q = text.find(name, max(q + 1, end))
    return out


def _last(items: list, pos: int, pred=lambda x: True):
    """The last item (sorted by position) before `pos` that satisfies `pred`."""
    k = bisect.bisect_left(items, (pos,))
    for i in range(k - 1, max(-1, k - 200), -1):
        if pred(items[i]):
            return items[i]
    return None


def _resolve(np: str, pos: int, ctx: _Ctx, doc_masked: str) -> tuple[str | None, str]:
    """A speaker phrase made into a speaker name, and its kind (person, body, plural)."""
    lex = _lex()
    s = _SPACES.sub(" ", np)
    s = (_PAREN.sub("", s) if "(" in s else s).strip(" ,;:.")  # no bracket: nothing to remove
    s = _BANNED.sub("", _ARTICLE.sub("", s))
    low = s.lower()
    if not s:
        return None, "person"
    if low == "i" and (turn := turn_speaker(doc_masked, pos)):
        return _full_name(turn, ctx), "person"  # "DURRANI: ... I have said: '...'": the turn's speaker
    if low in _PRONOUNS:
        kind = _PRONOUNS[low]
        if kind == "person":
            sp = _last(ctx.speakers, pos, lambda t: t[2] == "person")
            nm = _last(ctx.names, pos)
            if nm and (not sp or nm[0] > sp[0]):
                return _full_name(nm[1], ctx), "person"
            return (sp[1], "person") if sp else (None, "person")
        if kind == "plural":
            sp = _last(ctx.speakers, pos, lambda t: t[2] == "plural") or _last(ctx.speakers, pos)
            return (sp[1], sp[2]) if sp else (None, "plural")
        sp = _last(ctx.speakers, pos, lambda t: t[2] == "body")
        here = _last(_bodies(ctx), pos)
        if here and not _STOP_SPACE.search(doc_masked[here[0]:pos]) and (not sp or here[0] > sp[0]):
            return _body_name(here[1], ctx), "body"  # "the ministry ... over what it called"
        return (sp[1], "body") if sp else (None, "body")
    flat = low.replace("\u2019", "'") if "\u2019" in low else low  # "the military’s media wing" as spelt
    for alias, canon, rx in _body_aliases():
        if flat.endswith(alias) and (rx.fullmatch(flat) or flat == alias):
            return canon, "body"
    if s[-1:].islower() and lex.roles.get(low.rsplit(" ", 1)[-1]) in (None, "person") \
            and (named := named_after_role(np.strip(), doc_masked, pos)):
        return _full_name(named, ctx), "person"  # "the mediator, Dr Ali Khan, told": the name given
    role_cut = lex.role_cut_rx.match(s) if _ROLE_CUT_WORD.search(s) else None
    if role_cut and _TWO_CAPS_END.search(s) and role_cut.group(1).split()[-1][:1].isupper():
        role_cut = None  # "Commissioner for Border Trade Gul Jan": a title, then its holder's name
    possessor = _POSSESSOR.match(s) or _NAME_STATEMENT.match(s)  # "a Foreign Office statement"
    if possessor:
        return _resolve(possessor.group(1), pos, ctx, doc_masked)  # "the ministry's statement"
    if role_cut and not _DOCUMENT_WORD_I.search(role_cut.group(1)):
        s = role_cut.group(1)
        low = s.lower()
    head = low.split()[-1] if low.split() else ""
    inner = _FROM_NAME.search(s)
    kind = lex.roles.get(head)
    if kind == "document" or (kind is None and _DOCUMENT_WORD.search(low)):
        if inner:
            return _resolve(inner.group(1), pos, ctx, doc_masked)
        sp = _last(ctx.speakers, pos, lambda t: t[2] == "body")
        named = None  # "According to a Foreign Office statement, ..." then "the statement said"
        for named in _NAMED_DOCUMENT.finditer(doc_masked, max(0, pos - 600), pos):
            pass
        issued = list(_SUBJECT_DOCUMENT.finditer(doc_masked, max(0, pos - 600), pos))  # "X, in a statement,"
        named = issued[-1] if issued and (named is None or issued[-1].start() > named.start()) else named
        if named is not None and (not sp or named.start() > sp[0]) and not _DOCUMENT_WORD_I.search(named.group(1)) \
                and named.group(1).lower() not in _PRONOUNS and named.group(1).lower() not in ("the", "a", "an", "its", "this"):
            return _resolve(named.group(1), named.end(), ctx, doc_masked)
        if sp:
            return sp[1], "body"
        b = _last(_bodies(ctx), pos)
        return (_body_name(b[1], ctx), "body") if b else (None, "body")
    if kind is not None and not _UPPER.search(s.split()[-1][:1]):
        if head in ("group", "outfit"):
            b = _last(_bodies(ctx), pos, lambda t: is_armed_group(_body_name(t[1], ctx)))
            if b:
                return _body_name(b[1], ctx), "body"
        if head == "ministry":
            b = _last(_bodies(ctx), pos, lambda t: "Ministry" in t[1]) or None
            ms = [x for x in _MINISTRY.finditer(doc_masked[max(0, pos - 3000):pos])
                  if x.group(1).lower() not in ("the", "a", "its", "this")]
            if ms:
                return f"{ms[-1].group(1).title()} Ministry", "body"
            if b:
                return b[1], "body"
        if kind == "person" and len(low.split()) <= 3:
            words = low.split()
            # "the minister" -> the person introduced with that title
            same = role_titles().get(head, ())  # "the envoy": the ambassador introduced before
            cands = [t for t in ctx.titled if t[0] < pos and (_title_head(t[1]) == head or t[1] in same)]
            exact = [t for t in cands if t[1] == " ".join(words[-len(t[1].split()):])]
            pick = exact[-1] if exact else None
            if pick is None and (len(words) == 1 or any(t[1] in same for t in cands)):  # "the Pakistani envoy"
                plain = [t for t in cands if t[1].split()[0] not in ("chief", "deputy", "assistant")]
                pick = plain[-1] if plain else None
                if pick is not None and pick not in exact and same and not same_side(words[:-1], pick, pos, plain, doc_masked):
                    pick = None  # "the Afghan envoy" after Pakistan's ambassador, or another side's envoy in between
            if pick is not None:
                return _full_name(pick[2], ctx), "person"
        if low in ("military", "army", "pakistan army") and _ISPR.search(ctx.text, 0, ctx.limit):
            return "ISPR", "body"  # "the military said" in a story that names its media wing
        return s, ("plural" if kind == "plural" else kind)
    if kind is None and _DESCRIBED_OF.fullmatch(s):
        return s, "person"  # "a relative of Gul Khan": the description is all the article gives
    tm = lex.title_rx.match(s + " ")
    if tm and tm.end() >= len(s):
        # "the SSP", "the Prime Minister": the person introduced with that title
        t = _SPACES.sub(" ", s.rstrip(".")).lower()
        pick = _last(ctx.titled, pos, lambda it: it[1] == t) or _last(
            ctx.titled, pos, lambda it: _initials(it[1]) == t or it[1] == _initials(t))  # "the DPO" after
        # "District Police Officer Saleem Riaz"
        return (_full_name(pick[2], ctx), "person") if pick else (s, "person")
    if _ALL_CAPS.fullmatch(s):
        return _body_name(s, ctx), "body"
    if " and " in s and _UPPER.search(s):
        name, _ = _person_name(s)
        return name, "plural"
    name, _ = _person_name(s)
    if not name:
        return None, "person"
    if _OF_CAP.match(name) and s.endswith(name):
        return s, "person"  # "Chief Minister of Balochistan": the office named, its holder not
    if lex.body_rx.search(name):
        return _body_name(name, ctx), "body"
    return _full_name(name, ctx), "person"


def _title_head(title: str) -> str:
    """'minister of state for interior' -> 'minister': the post a bare "the minister" names."""
    return _OF_FOR.split(title, maxsplit=1)[0].split()[-1]


def _initials(title: str) -> str:
    """'district police officer' -> 'dpo': a title and its abbreviation name one office."""
    words = [w for w in title.split() if w not in ("of", "for", "the", "and")]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


@lru_cache(maxsize=1)
def _body_aliases() -> list[tuple[str, str, re.Pattern[str]]]:
    """Body aliases in lexicon order with their canonical names and "(X's )alias" patterns, compiled once."""
    return [(alias, canon, re.compile(rf"(?:\w+'s\s+)?{re.escape(alias)}")) for alias, canon in _lex().bodies.items()]


def _is_role_phrase(np: str) -> bool:
    """True for a generic speaker phrase ("the Foreign Office spokesperson", "one resident")."""
    words = np.strip().split()
    return bool(words) and words[-1].lower() in _lex().roles


def _body_name(name: str, ctx: _Ctx) -> str:
    lex = _lex()
    canon = lex.bodies.get(name.lower())
    if canon:
        return canon
    if name in ctx.acronyms:
        return ctx.acronyms[name]
    if _ALL_CAPS.fullmatch(name):
        for _, full in _bodies(ctx):  # "the Baloch Unity Front ... the BUF": the name spelled out
            if "".join(w[0] for w in full.split() if w[:1].isupper()) == name:
                return full
    return name


