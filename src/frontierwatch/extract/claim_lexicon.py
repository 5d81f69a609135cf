"""The claim lexicon (metric nouns, victim groups, casualty senses, cues, sources, regions), loaded once.

Also the small checked CSV loader shared with the quote extractor: comment lines start with '#',
every row must fill its columns and keys must be unique; a bad file raises ValueError naming it.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..records import CLAIM_METRICS
from .fastre import led, trie

_LEX = "frontierwatch.data.lexicons"


def parse_lexicon(name: str, raw: str, columns: tuple[str, ...],
                  key: tuple[str, ...] | None = None) -> list[dict[str, str]]:
    """Rows of lexicon CSV text (comment lines start with '#'), checked.

    Every row must fill `columns`; the key (`key`, else all columns but the last, or the only
    one) must be unique. A malformed file raises ValueError naming the file, the row and the reason.
    """
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise ValueError(f"lexicon {name}: empty file")
    rows = list(csv.DictReader(lines))
    missing = [c for c in columns if c not in (rows[0].keys() if rows else lines[0].split(","))]
    if missing:
        raise ValueError(f"lexicon {name}: missing column(s) {missing}")
    seen: set[tuple[str, ...]] = set()
    for n, row in enumerate(rows, 2):
        if any(not (row.get(c) or "").strip() for c in columns):
            raise ValueError(f"lexicon {name}: row {n} has an empty value in {list(columns)}")
        k = tuple(row[c].strip() for c in (key or columns[:-1] or columns))
        if k in seen:
            raise ValueError(f"lexicon {name}: duplicate key {k} at row {n}")
        seen.add(k)
    return rows


def read_lexicon(name: str, columns: tuple[str, ...], key: tuple[str, ...] | None = None) -> list[dict[str, str]]:
    """Rows of a lexicon CSV under data/lexicons, checked by `parse_lexicon`."""
    try:
        raw = resources.files(_LEX).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:  # pragma: no cover - packaging error
        raise ValueError(f"lexicon {name}: cannot be read ({exc})") from exc
    return parse_lexicon(name, raw, columns, key)


def alternation(terms: list[str], case_sensitive: bool = False) -> str:
    """A regex alternation of literal terms, longest first, spaces matching any whitespace; written as a
    trie (several times faster) when a text character can lead into one branch only: ASCII terms, and
    all lower-case unless the regex is case-sensitive (the trie then tries them longest first too)."""
    if all(t.isascii() and (case_sensitive or t == t.lower()) for t in terms):
        return _spaced_trie(set(terms))
    parts = sorted({t for t in terms}, key=len, reverse=True)
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in parts)


def _spaced_trie(terms: set[str]) -> str:
    return trie(terms, space=r"\s+")


@dataclass(frozen=True)
class _Lexicon:
    metric: dict[str, str]
    group: dict[str, str]
    sense: dict[str, str]
    metric_rx: re.Pattern[str]
    group_rx: re.Pattern[str]
    sense_rx: re.Pattern[str]
    cues: dict[str, list[str]]
    words: frozenset[str]  # every word of the metric, group and sense terms (a fast first check)
    sources: dict[str, str]
    source_rx: re.Pattern[str]
    regions: dict[str, str]
    admin_rx: re.Pattern[str]
    country_rx: re.Pattern[str]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """Claim terms, sources and regions, loaded once from the data files."""
    terms = read_lexicon("claim_terms.csv", ("kind", "term", "value"))
    by_kind: dict[str, dict[str, str]] = {"metric": {}, "group": {}, "sense": {}}
    for row in terms:
        kind, term, value = row["kind"].strip(), row["term"].strip(), row["value"].strip()
        if kind not in by_kind:
            raise ValueError(f"lexicon claim_terms.csv: unknown kind {kind!r}")
        if kind == "metric" and value not in CLAIM_METRICS:
            raise ValueError(f"lexicon claim_terms.csv: unknown metric {value!r}")
        by_kind[kind][norm(term)] = value

    def rx(kind: str) -> re.Pattern[str]:
        return led(re.compile(rf"\b(?:{alternation(list(by_kind[kind]))})\b", re.I))

    def names_rx(aliases) -> re.Pattern[str]:
        return led(re.compile(rf"(?<![\w-])(?:{alternation(list(aliases), case_sensitive=True)})(?![\w-])"))

    sources = {norm(r["alias"]): r["source"].strip() for r in read_lexicon("sources.csv", ("alias", "source"))}
    raw_sources = [r["alias"].strip() for r in read_lexicon("sources.csv", ("alias", "source"))]
    rows = read_lexicon("claim_regions.csv", ("alias", "region"))
    regions = {norm(r["alias"]): r["region"].strip() for r in rows}
    admin = [r["alias"].strip() for r in rows if r["region"].strip() not in ("PK", "AF")]
    country = [r["alias"].strip() for r in rows if r["region"].strip() in ("PK", "AF")]
    cues: dict[str, list[str]] = {}
    for r in read_lexicon("claim_cues.csv", ("kind", "word"), key=("kind", "word")):
        cues.setdefault(r["kind"].strip(), []).append(r["word"].strip())
    for kind in ("increase", "decrease", "one_event", "not_claim_unit", "modifier", "aggregate"):
        if not cues.get(kind):
            raise ValueError(f"lexicon claim_cues.csv: no {kind!r} words")
    words = frozenset(w for kind in ("metric", "group", "sense") for t in by_kind[kind] for w in re.findall(r"[a-z]+", t))
    return _Lexicon(by_kind["metric"], by_kind["group"], by_kind["sense"], rx("metric"), rx("group"),
                    rx("sense"), cues, words, sources, names_rx(raw_sources), regions, names_rx(admin), names_rx(country))


@lru_cache(maxsize=1)
def cue_patterns() -> dict[str, re.Pattern[str]]:
    """Regexes built from the cue words in claim_cues.csv."""
    c = lexicon().cues
    words = {k: alternation(v) for k, v in c.items()}
    skip = rf"(?:(?:{words['modifier']}|[a-z]+-(?:based|linked|related))\s+)"
    return {
        "increase": led(re.compile(rf"\b(?:{words['increase']})\b", re.I)),
        "decrease": led(re.compile(rf"\b(?:{words['decrease']})\b", re.I)),
        "one_event": led(re.compile(rf"\b(?:a|an|that|this|the\s+same)\s+(?:[\w-]+\s+){{0,2}}?(?:{words['one_event']})\b(?!\s*(?:s\b|on\s+record))", re.I)),
        # "The explosion killed five people": a sentence about one incident, its subject the incident
        "the_incident": re.compile(rf"\W*The\s+(?:[\w-]+\s+){{0,2}}?(?:{words['one_event']})\s+(?:had\s+)?"
                                   r"(?:killed|left|claimed|wounded|injured)\b"),
        # ("500 members of the security forces" names a group: no unit)
        "unit": re.compile(rf"\s*(?:-\s*)?(?:(?:{words['not_claim_unit']})\b"
                           rf"(?!\s+of\s+(?:the\s+)?(?:{lexicon().group_rx.pattern}))|times\s+(?:more|higher|as)\b|[ap]\.?m\b|(?:st|nd|rd|th)\b)", re.I),
        "aggregate": led(re.compile(rf"\b(?:{words['aggregate']})\b|%", re.I)),
        "other_origin": re.compile(
            rf"\s+(?:[A-Za-z]+\s+){{0,3}}?(?:from|out\s+of|in)\s+(?:neighbouring\s+)?(?:{words.get('other_origin', '(?!)')})\b"),
        "metric_after": re.compile(
            rf"\s*(?:(?:officials|personnel|members|men)\s+of\s+(?:the\s+)?)?{skip}{{0,3}}"
            rf"(?:{lexicon().metric_rx.pattern}|({lexicon().group_rx.pattern}))", re.I),
        # "7 percent fewer deaths than in June": the comparative gives the direction, the noun the metric
        "percent_compare": re.compile(
            rf"\s+(more|fewer|less)\s+{skip}{{0,2}}({lexicon().metric_rx.pattern})\s+than\b", re.I),
        "percent_of": re.compile(
            rf"\s*(?:\w+\s+){{0,2}}?(?:in|of)\s+(?:the\s+number\s+of\s+)?{skip}{{0,2}}"
            rf"(?:({lexicon().metric_rx.pattern})|({lexicon().group_rx.pattern})\s+(killed|injured|wounded|dead))", re.I),
    }


@lru_cache(maxsize=2)
def lex_patterns(sense: str, group: str, qualifier: str) -> tuple[re.Pattern[str], ...]:
    """Claim patterns built around the sense and group patterns, compiled once (keyed by their text,
    whose hash Python keeps): sense before a figure, group after/before a metric noun, group then
    sense, sense then group, a group suffering a toll."""
    return tuple(re.compile(p, re.I) for p in (
        rf"({sense})\s+(?:{qualifier}\s+)?$", rf"\s+(?:among|to|of|in)\s+(?:the\s+)?({group})",
        rf"({group})\s+$", rf"({group})\s+({sense})", rf"({sense})\s+({group})",
        rf"({group})\s+(?:\w+\s+)?(?:suffered|lost|sustained|bore)\s+(?:{qualifier}\s+)?$"))


LETTERS = re.compile(r"[a-z]+")  # the words of a lower-cased sentence, as the claim gate reads them
NUMBER_WORDS = frozenset(
    "no one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands "
    "dozen dozens scores million".split())


def _whole_words(words) -> re.Pattern[str]:
    """Finds one of `words` as a whole run of a-z letters (a word LETTERS reads); the words as a letter
    trie, which the engine tries two or three times faster than a flat alternation."""
    return re.compile(rf"(?<![a-z])(?:{trie(w for w in words if LETTERS.fullmatch(w)) or '(?!)'})(?![a-z])")


@lru_cache(maxsize=1)
def word_gates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """NUMBER_WORDS and the claim terms' words as regexes on lower-cased text: one C-level search
    per sentence instead of a set of all its words (found iff one of its letter runs is one of them)."""
    return _whole_words(NUMBER_WORDS), _whole_words(lexicon().words)


def source_in(texts: list[str]) -> str | None:
    """The source (PICSS, IOM, ...) first named in the texts, by its canonical name."""
    lex = lexicon()
    for t in texts:
        m = lex.source_rx.search(t)
        if m:
            return lex.sources[norm(m.group(0))]
    return None


_THE_PROVINCE = led(re.compile(r"\b(?:the|that|this)\s+province\b", re.I))


# "went back to Afghanistan" names where they went ("crossed into Afghanistan" is counted on arrival there)
_TO_BEFORE, _AND_BEFORE = re.compile(r"\bto\s+$", re.I), re.compile(r"\band\s+$", re.I)
_OPEN_PAREN = re.compile(r"\s*\(\s*")
_IN_AFTER = re.compile(r"[\d,.]*\s+(?:[a-z-]+\s+){0,3}?(?:in|from|across)\s+(?:the\s+)?", re.I)


def region_of(text: str, clause: tuple[int, int], province: str | None = None, at: int | None = None) -> str | None:
    """The region a figure (at `at`) is about: its clause's (the last named before it, as in "Punjab saw
    four attacks and Sindh three", or the one just before "(5)"), else its sentence's; "the province"
    is the one in force."""
    lex = lexicon()
    if at is not None:
        after = lex.admin_rx.search(text, at, clause[1])
        if after is not None and _IN_AFTER.fullmatch(text, at, after.start()):
            return lex.regions[norm(after.group(0))]  # "... and 20 in Sindh"
        last = None
        for m in lex.admin_rx.finditer(text, max(0, min(clause[0], at - 40)), at):
            if m.start() >= clause[0] or _OPEN_PAREN.fullmatch(text, m.end(), clause[0]):
                last = m
        if last is not None:
            return lex.regions[norm(last.group(0))]
    for lo, hi in (clause, (0, len(text))):
        m = lex.admin_rx.search(text, lo, hi)
        if m and lo == 0 and at is not None and m.start() >= clause[1] and _OWN_FIGURE.match(text, m.end()) \
                and _CLAUSE_LEAD.search(text, max(0, m.start() - 20), m.start()):
            m = None  # "... rose 23 percent, and that Punjab alone accounted for 71 percent": Punjab's own figure
        if m:
            return lex.regions[norm(m.group(0))]
        if province and _THE_PROVINCE.search(text, lo, hi):
            return province
        dest = None  # "went back to Afghanistan": where they went, not where they were counted ...
        for m in lex.country_rx.finditer(text, lo, hi):
            if _TO_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                dest = dest or m
                continue
            # ... unless they came from several countries ("to Afghanistan from Iran and Pakistan")
            pick = dest if dest is not None and _AND_BEFORE.search(text, max(0, m.start() - 6), m.start()) else m
            return lex.regions[norm(pick.group(0))]
    return None


# a region opening a later clause with a figure of its own ("..., and that Punjab alone accounted for 71 percent")
_OWN_FIGURE = re.compile(r"[^,;:.()]{0,60}?\d")
_CLAUSE_LEAD = re.compile(r"(?:[,;]|\b(?:and|while|whereas|but))\s+(?:(?:and|that|while|whereas|but)\s+)*$")


class LastProvince:
    """The province last named up to a sentence (its own text included, read up to 2,000 characters),
    read lazily (k never decreasing): the sentences after the last one that asks are never scanned."""

    def __init__(self, sentences: list) -> None:
        self.sentences, self.scanned, self.province = sentences, 0, None

    def upto(self, k: int) -> str | None:
        lex = lexicon()
        while self.scanned <= k:
            named = lex.admin_rx.findall(self.sentences[self.scanned].text[:2000])
            if named:
                self.province = lex.regions[norm(named[-1])]
            self.scanned += 1
        return self.province


_VIA = re.compile(r"\s+(?:out\s+|back\s+|over\s+)?(?:through|via|at)\s+(?:the\s+)?", re.I)


def via_crossing(text: str, at: int) -> bool:
    """'crossed through Torkham', 'left via the Chaman crossing': a border crossing (the relations
    lexicon's 'crossing' rows) named right after position `at`."""
    from .lexicon import load
    m = _VIA.match(text, at)
    return bool(m) and any(h.start == m.end() and h.values[0] == "crossing"
                           for h in load("crossing_cues").find(text[:m.end() + 40]))


# "the Islamabad Security Observatory (ISO)", "the Centre for Research on Frontier Security (CRFS)": a
# research body the lexicon does not know, by the acronym its capitalised words spell
_ACRONYM_DEF = led(re.compile(r"\(([A-Z]{2,6})\)"))
_NAME_RUN = re.compile(r"((?:[A-Z][a-z]+|for|on|of|and|the)(?:\s+(?:[A-Z][a-z]+|for|on|of|and|the)){1,8})\s*$")
_BODY_WORD = re.compile(r"\b(?:Observatory|Forum|Institute|Centre|Center|Council|Commission|Network|Foundation|Monitor|"
                        r"Studies|Organisation|Organization)\b")


def document_source(title: str | None, text: str, memo: list[str | None]) -> str | None:
    """The source the headline names, else the research body the text defines (found once, kept in memo)."""
    if not memo:
        memo.append(source_in([title or ""]) or defined_body(text[:3000]))
    return memo[0]


# a report's own producer: "This report is produced by OCHA ...", "For further information: UNHCR Pakistan"
_PRODUCER = led(re.compile(r"\b(?:(?:[Pp]roduced|[Pp]repared|[Cc]ompiled|[Ii]ssued|[Pp]ublished)\s+by|[Ff]or\s+(?:further|more)\s+information\s*:"
                           r"|[Cc]ontact\s*:)\s*(?:the\s+)?"))


# a producer line opens its line: "Prepared by ...", "This update is prepared by ...", "- For further information:"
_LINE_LEAD = re.compile(r"[\s*>#•-]*(?:(?:This|The)\s+(?:[\w-]+\s+){0,3}?(?:is|was|has\s+been)\s+(?:jointly\s+)?)?")
_PRODUCER_WORDS = ("produced by", "prepared by", "compiled by", "issued by", "published by", "information", "ontact")  # one is in every _PRODUCER match


def producer(text: str) -> str | None:
    """The known source a report names as its producer (or its contact point), or None."""
    for t in (text[:800], text[-400:]):  # the report's opening and its closing contact line
        low = t.lower()
        if not any(w in low for w in _PRODUCER_WORDS):
            continue  # (a plain look first: the pattern's scan costs more than the rest of a document's claims)
        for m in _PRODUCER.finditer(t):
            if not _LINE_LEAD.fullmatch(t, t.rfind("\n", 0, m.start()) + 1, m.start()):
                continue  # "according to a statement issued by the ISPR": prose, no producer line
            found = lexicon().source_rx.match(t, m.end())
            if found:
                return lexicon().sources[norm(found.group(0))]
    return None


def defined_body(text: str) -> str | None:
    """The acronym of the first research body the text defines ("... Forum (FRF)"), or None."""
    for m in _ACRONYM_DEF.finditer(text):
        name = _NAME_RUN.search(text, max(0, m.start() - 90), m.start())
        if name is None or not _BODY_WORD.search(name.group(1)):
            continue
        initials = "".join(w[0] for w in name.group(1).split() if w[:1].isupper())
        if initials.endswith(m.group(1)):
            return m.group(1)
    return None
