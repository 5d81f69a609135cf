"""Page-noise removal: a line classifier so share bars, bylines, captions and junk never reach extraction.

clean_document(doc) fills `text` (cleaned) and `raw_text` (what the source gave). Each line is
judged on general features (word count, closing punctuation, capitalisation, list separators)
and on boilerplate vocabulary kept as data (data/lexicons/noise_lines.tsv, noise_share_tokens.txt).
A line that reads as a sentence (it ends in . ! ? : or a closing quote) is only ever dropped by an
explicit vocabulary rule, never by a feature rule; unpunctuated lines must look like prose
(enough words, mostly lower-case) to stay.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from .config import SETTINGS_DEFAULT, Settings
from .ingest.dateline import is_date_line, parse_date_line
from .records import Document

_MATCH_KINDS = ("exact", "prefix", "regex", "suffix")
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$|[\"”’]$")
_SENTENCE_SPLIT = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_WORD = re.compile(r"[^\W_][\w'’.\-&/@#]*", re.UNICODE)
_ICON = re.compile(r"^icon-[a-z0-9\-]+$")
_LIST_SEPARATORS = re.compile(r"\s*[|•·;]\s*|,\s*")
_LOWER_OK = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with", "de", "ul", "e", "al"}
_MAX_PREFIX_SENTENCE_WORDS = 12
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


@dataclass(frozen=True, slots=True)
class NoiseRule:
    """One vocabulary rule from noise_lines.tsv."""

    match: str
    pattern: str
    reason: str
    regex: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Boilerplate vocabulary, loaded once."""

    exact: dict[str, str]
    prefixes: tuple[tuple[str, str], ...]
    regexes: tuple[NoiseRule, ...]
    suffixes: tuple[NoiseRule, ...]
    share_tokens: frozenset[str]


def _data_lines(name: str) -> list[str]:
    text = resources.files("frontierwatch.data.lexicons").joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _key(s: str) -> str:
    """Comparison key for exact/prefix rules: lower case, outer punctuation and spaces stripped."""
    return re.sub(r"\s+", " ", s.strip().strip(" .:;,!|-–—•*").lower())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read and check the noise vocabulary (no empty fields, no duplicate patterns, known match kinds)."""
    rows = _data_lines("noise_lines.tsv")
    if not rows or rows[0].split("\t") != ["match", "pattern", "reason"]:
        raise ValueError("noise_lines.tsv: first row must be the header match<TAB>pattern<TAB>reason")
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    regexes: list[NoiseRule] = []
    suffixes: list[NoiseRule] = []
    seen: set[tuple[str, str]] = set()
    for n, row in enumerate(rows[1:], start=2):
        parts = row.split("\t")
        if len(parts) != 3 or not all(p.strip() for p in parts):
            raise ValueError(f"noise_lines.tsv row {n}: need three non-empty tab-separated fields")
        match, pattern, reason = (p.strip() for p in parts)
        if match not in _MATCH_KINDS:
            raise ValueError(f"noise_lines.tsv row {n}: unknown match kind {match!r}")
        if (match, pattern.lower()) in seen:
            raise ValueError(f"noise_lines.tsv row {n}: duplicate rule {pattern!r}")
        seen.add((match, pattern.lower()))
        if match == "exact":
            exact[_key(pattern)] = reason
        elif match == "prefix":
            prefixes.append((pattern.lower(), reason))
        else:
            rule = NoiseRule(match, pattern, reason, re.compile(pattern, re.IGNORECASE))
            (regexes if match == "regex" else suffixes).append(rule)
    tokens = [t.strip().lower() for t in _data_lines("noise_share_tokens.txt")]
    if len(set(tokens)) != len(tokens):
        raise ValueError("noise_share_tokens.txt: duplicate token")
    return Lexicon(exact, tuple(prefixes), tuple(regexes), tuple(suffixes), frozenset(tokens))


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_sentence(line: str) -> bool:
    """True when the line ends like a sentence (. ! ? : ; or a closing quote)."""
    return bool(_SENTENCE_END.search(line.strip()))


def _sentence_count(text: str) -> int:
    text = text.strip()
    if not text:
        return 0
    return len([p for p in _SENTENCE_SPLIT.split(text) if len(_words(p)) >= 3])


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _vocabulary_reason(line: str, lex: Lexicon) -> str | None:
    key = _key(line)
    if key in lex.exact:
        return lex.exact[key]
    low = line.strip().lower().lstrip("•*-–— ")
    # a long sentence that merely starts like boilerplate ("Published in March, the report ...") stays
    long_sentence = is_sentence(line) and len(_words(line)) > _MAX_PREFIX_SENTENCE_WORDS
    for prefix, reason in lex.prefixes:
        if low.startswith(prefix) and not long_sentence:
            return reason
    for rule in lex.regexes:
        if rule.regex is not None and rule.regex.search(line):
            return rule.reason
    return None


def _is_share_bar(line: str, lex: Lexicon) -> bool:
    tokens = [t for t in re.split(r"[\s|,/·•:]+", line.strip().lower()) if t]
    if not tokens:
        return False
    return all(_ICON.match(t) or t in lex.share_tokens for t in tokens) and (
        any(_ICON.match(t) for t in tokens) or len(tokens) >= 2)


def _is_junk_token(word: str, settings: Settings) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", word)
    if len(letters) < settings.clean_min_junk_letters or not letters.isupper():
        return False
    vowels = sum(c in "AEIOUY" for c in letters)
    return vowels / len(letters) < 0.34 or len(letters) >= 14


def _is_keyword_line(line: str, settings: Settings) -> bool:
    items = [i for i in _LIST_SEPARATORS.split(line.strip().strip(",;|")) if i.strip()]
    if len(items) < 3 or not all(len(_words(i)) <= settings.clean_max_keyword_words for i in items):
        return False
    # tags are mostly names; a clipped list sentence ("Two soldiers, a policeman, three civilians killed") is not
    capitalised = sum(_is_capitalised(i.strip()) for i in items)
    return capitalised / len(items) >= 0.6


def _is_furniture(line: str) -> bool:
    """Pipe-separated page furniture: 'By Name | Published ... | Last updated ...'."""
    if "|" not in line:
        return False
    parts = [p for p in line.split("|") if p.strip()]
    return len(parts) >= 2 and all(len(_words(p)) <= 8 for p in parts)


def _is_byline(words: list[str], line: str) -> bool:
    low = line.strip().lower()
    if not re.match(r"(by|written by|reported by|report by|story by|posted by|from)\s", low):
        return False
    rest = words[1:] if not low.startswith(("written", "reported", "report", "story", "posted")) else words[2:]
    return 1 <= len(rest) <= 6 and all(_is_capitalised(w) or w.lower() in _LOWER_OK for w in rest)


# a labelled figure: "Security forces: 233", "Outlaws / militants: 295", "Suicide attacks: 11 (up from 7)",
# and, in a bulleted list only, "- Balochistan: 27 attacks" (up to three lower-case words after the figure, none a
# clock, price or weather unit: "Updated: 3 hours ago", "Dollar: 281 rupees" are page furniture)
_DATA_ROW = re.compile(r"[A-Z][^:\d\n]{1,70}:\s*\d[\d,]*(?:\.\d+)?\s*(?:%|percent|per\s*cent)?(?:\s*\([^()\n]{1,40}\))?\.?$")
_WORDED_ROW = re.compile(r"[A-Z][^:\d\n]{1,70}:\s*\d[\d,]*(?:\.\d+)?\s*(?:%|percent|per\s*cent)?"
                         r"(?:\s+(?!(?:ago|min|mins|minutes?|hours?|hrs?|secs?|seconds?|read|degrees?|rupees|rs|"
                         r"dollars?|points?|pkr|afn)\b)[a-z][a-z\-]*){1,3}(?:\s*\([^()\n]{1,60}\))?\.?$")
# a bullet marker before a labelled figure ("- Balochistan: 19", "• Sindh: 3"): the row of a digest's list
_BULLET = re.compile(r"[-–•*·]\s+")


def _unbulleted(line: str) -> str:
    m = _BULLET.match(line)
    return line[m.end():] if m else line


def _is_data_row(line: str) -> bool:
    """A labelled figure row, bare or bulleted ("- Sindh: 4 attacks" names its unit only in a list)."""
    bare = _unbulleted(line)
    return bool(_DATA_ROW.match(bare) or (bare is not line and _WORDED_ROW.match(bare)))


# a table row: a label cell, then one to eight cells holding only a figure ("Balochistan | 61 | 128 | 12%")
# (possessive: a cell's padding is read one way only, so a long padded row that fails ends at once)
_TABLE_ROW = re.compile(r"\|?\s*+[^|\d\s][^|]{0,60}(?:\|\s*+[-+]?\d[\d,.]*+\s*+%?\s*+){1,8}\|?")
# a row of a period table: an optional number cell (a week number), a cell with a day range and a month
# ("1–7 Aug", "29 Sep–5 Oct", "22-31 August 2026"), then figures ("31 | 1–7 Aug | 19,880"); a "Total | | 96,450" row may leave a
# cell empty. Possessive as above.
_PERIOD_ROW = re.compile(r"\|?\s*+(?:\d++(?:\s*+[–-]\s*+\d++)?\s*+\|\s*+)?\d{1,2}(?:\s++[A-Z][a-z]{2,8}\.?+)?+\s*+[–-]\s*+\d{1,2}\s++[A-Z][a-z]{2,8}\.?+"
                         r"(?:\s++\d{4})?+\s*+(?:\|\s*+[-+]?\d[\d,.]*+\s*+%?\s*+){1,8}\|?")
_TOTAL_ROW = re.compile(r"\|?\s*+(?i:(?:grand\s+|sub-?)?total|overall|all\s+[a-z]+)\s*+(?:\|\s*+)+[-+]?\d[\d,.]*+\s*+%?\s*+(?:\|\s*+(?:[-+]?\d[\d,.]*+\s*+%?\s*+)?){0,7}")


def _is_table_row(s: str) -> bool:
    """A pipe line of figures: a labelled row, a period row, or a total row with an empty cell."""
    return bool(_TABLE_ROW.fullmatch(s) or _PERIOD_ROW.fullmatch(s) or _TOTAL_ROW.fullmatch(s))


def line_noise(line: str, settings: Settings = SETTINGS_DEFAULT) -> str | None:
    """Why `line` is page noise (a short reason), or None when it is content to keep."""
    s = line.strip()
    if not s:
        return None
    lex = load_lexicon()
    words = _words(s)
    if not words:
        return "no words"
    reason = _vocabulary_reason(s, lex)
    if reason:
        return reason
    if _is_share_bar(s, lex):
        return "share buttons"
    credit = _credited_caption(s, lex)
    if credit:
        return credit
    if is_sentence(s):
        return None  # sentences are kept: only vocabulary rules above may drop them
    if _is_data_row(s):
        return _vocabulary_reason(_unbulleted(s), lex)  # a bulleted page counter ("- Views: 12") is still one  # "Civilians: 214" under a "Breakdown of fatalities:" heading: a table row, not a heading
    if "|" in s and _is_table_row(s):
        return None  # "Kurram | 14 | 22": a row of figures, not pipe-separated page furniture
    if is_date_line(s):
        return "date line"
    if len(words) == 1:
        return "junk token" if _is_junk_token(words[0], settings) else "lone word"
    if _is_byline(words, s):
        return "byline"
    if _is_furniture(s):
        return "page furniture"
    if _is_keyword_line(s, settings):
        return "keyword line"
    if len(words) <= settings.clean_max_heading_words:
        return "short heading"
    capitalised = sum(_is_capitalised(w) for w in words)
    if len(words) <= settings.clean_max_titlecase_words and capitalised / len(words) >= 0.75:
        return "name or masthead"
    return None


def _credit_match(line: str, lex: Lexicon) -> tuple[NoiseRule, re.Match[str]] | None:
    for rule in lex.suffixes:
        m = rule.regex.search(line) if rule.regex is not None else None
        if m:
            return rule, m
    return None


def _credited_caption(line: str, lex: Lexicon) -> str | None:
    """A line ending in a photo credit is a caption unless two or more sentences precede the credit."""
    found = _credit_match(line, lex)
    if found and _sentence_count(line[:found[1].start() + 1]) < 2:
        return found[0].reason
    return None


def _strip_credit(line: str, lex: Lexicon) -> str:
    """A kept paragraph without its trailing agency credit ('... said. — APP')."""
    found = _credit_match(line, lex)
    return line[:found[1].start() + 1].rstrip() if found else line


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    return "".join(" " if unicodedata.category(c) == "Zs" else c for c in text)


def classify_lines(text: str, settings: Settings = SETTINGS_DEFAULT) -> list[tuple[str, str | None]]:
    """Every line of `text` with the reason it is dropped (None = kept); kept lines as they will appear."""
    lex = load_lexicon()
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for raw in _normalise(text).split("\n"):
        line = raw.rstrip()
        if not line.strip():
            out.append(("", None))
            continue
        reason = line_noise(line, settings)
        if reason is None:
            line = _strip_credit(line, lex)
            key = re.sub(r"\s+", " ", line.strip().lower())
            if key in seen:
                reason = "repeated line"
            seen.add(key)
        out.append((line, reason))
    _keep_table_headers(out)
    _keep_row_headings(out)
    _keep_place_headings(out)
    return out


# an occurrence sheet's item heading: numbered ("04. MASTUNG ...") or "<district> / <police station>"
_HEADING_LEAD = re.compile(r"\s*(?:\(?\d{1,2}[.)]\s*([^/|:–—\-(]+)|([^/|:–—\-(]+?)\s*/)")


def _names_district(heading: str) -> bool:
    """Whether a heading opens with a Pakistani or Afghan district or province ("MASTUNG / CTD", "3. Dera
    Bugti"): the place of the report item below it, as police and digest sections are headed."""
    from .geo import gazetteer, normalise  # late: the gazetteer is loaded only when such a heading is seen

    m = _HEADING_LEAD.match(heading)
    key = normalise(m.group(1) or m.group(2)) if m else ""
    cands = gazetteer().keys.get(key, ()) if key else ()
    return any(c.level in ("admin1", "admin2") and c.location.country in ("PK", "AF") for c in cands)


def _keep_place_headings(out: list[tuple[str, str | None]]) -> None:
    """Keep a short heading, or a pipe line of an occurrence sheet ("04. MASTUNG / CTD | Encounter"), that
    names a district or province when prose follows it: the place of the item told below."""
    for i, (line, reason) in enumerate(out):
        if reason not in _HEADING_REASONS and reason != "page furniture":
            continue
        j = i + 1
        while j < len(out) and out[j] == ("", None):
            j += 1
        if j < len(out) and out[j][1] is None and is_sentence(out[j][0].strip()) and _names_district(line):
            out[i] = (line, None)


_HEADING_REASONS = frozenset({"short heading", "name or masthead"})


def _keep_row_headings(out: list[tuple[str, str | None]]) -> None:
    """Keep a short heading right above two or more kept labelled rows ("Attacks by region" over
    "- Sindh: 3", "RETURNEES BY PROVINCE" over a blank line and "Punjab: 11,400"): the rows' metric,
    which looks like a section heading or a masthead on its own."""
    for i, (line, reason) in enumerate(out):
        if reason not in _HEADING_REASONS:
            continue
        j = i + 1
        while j < len(out) and out[j] == ("", None):
            j += 1  # blank lines between the heading and its rows
        rows = 0
        for below, why in out[j:]:
            if why is not None or not below or not _is_data_row(below.strip()):
                break
            rows += 1
        if rows >= 2:
            out[i] = (line, None)


def _keep_table_headers(out: list[tuple[str, str | None]]) -> None:
    """Keep the pipe line right above a kept table row when it has as many cells ("Region | Attacks |
    Deaths"): the row's column names, which look like page furniture on their own."""
    for i, (line, reason) in enumerate(out):
        if reason is not None or "|" not in line or not _is_table_row(line.strip()):
            continue
        j = i - 1
        while j >= 0 and out[j][0] == "":
            j -= 1
        if j >= 0 and out[j][1] == "page furniture" and out[j][0].count("|") == line.count("|"):
            out[j] = (out[j][0], None)


def clean_text(text: str, settings: Settings = SETTINGS_DEFAULT) -> str:
    """The text with noise lines removed, paragraphs kept, runs of blank lines collapsed."""
    kept: list[str] = []
    for line, reason in classify_lines(text, settings):
        if reason is not None:
            continue
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    return "\n".join(kept)


def clean_document(doc: Document, settings: Settings = SETTINGS_DEFAULT) -> Document:
    """Return a copy with `text` cleaned and `raw_text` the original (kept if already set); a document
    without a publication date takes the one its page header gives, before the header is dropped."""
    raw = doc.raw_text if doc.raw_text is not None else doc.text
    published = doc.published or header_date(doc.text)
    return replace(doc, text=clean_text(doc.text, settings), raw_text=raw, published=published)


def header_date(text: str, lines: int = 4) -> str | None:
    """The date of a page header among the first few non-empty lines: a line that is only a date
    ("Tuesday, August 26, 2025"), or one part of a '|' line ("Jan 18, 2026 | Pajhwok Afghan News",
    "Aug 26, 2025 | Last updated 11:20 am"). None when there is none, or two disagree."""
    found: set[str] = set()
    seen = 0
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        seen += 1
        if seen > lines:
            break
        if len(s) > 80:
            continue
        for part in s.split("|"):
            day = parse_date_line(part)
            if day is not None:
                found.add(day)
    return found.pop() if len(found) == 1 else None
