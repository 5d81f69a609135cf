"""Load the extraction lexicons (data/lexicons/*.csv) once, checked, as compiled matchers.

Each CSV has a header; the first column is a phrase matched case-insensitively as whole words,
spaces and hyphens in a phrase match any run of spaces or hyphens, and a trailing '*' matches any
word ending. Lines starting with '#' are comments. Empty or duplicate phrases are errors that name
the file and line, so a bad data edit fails loudly at load time, not silently at run time.
"""
from __future__ import annotations

import csv
import re
import string
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import FrontierwatchError


class LexiconError(FrontierwatchError):
    """A lexicon file is missing, empty or has an empty/duplicate phrase."""


@dataclass(slots=True, unsafe_hash=True)  # not frozen (never mutated, hashable as before): a frozen one's __init__ is ~4x slower
class Hit:
    """One lexicon phrase found in text: span and the row's other columns."""

    start: int
    end: int
    key: str
    values: tuple[str, ...]


def _norm(s: str) -> str:
    return re.sub(r"[\s\-\u2010-\u2015]+", " ", s.strip().lower()).replace("\u2019", "'")


_SEP = r"[\s\-\u2010-\u2015]+"


def _units(phrase: str) -> list[str]:
    """A phrase as regex units: one per character, a separator unit for spaces/hyphens, '*' ending."""
    star = phrase.endswith("*")
    words = [w for w in re.split(r"[\s\-\u2010-\u2015]+", phrase.rstrip("*").strip().lower()) if w]
    units: list[str] = []
    for i, w in enumerate(words):
        if i:
            units.append(_SEP)
        units.extend("['\u2019]" if c in "'\u2019" else re.escape(c) for c in w)
    if star:
        units.append(r"\w*")
    return units


def _trie_regex(phrases: list[str]) -> str:
    """One regex for many phrases, factored as a trie so matching does not try every phrase in turn."""
    trie: dict = {}
    for ph in phrases:
        node = trie
        for u in _units(ph):
            node = node.setdefault(u, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [u + emit(child) for u, child in sorted(node.items()) if u != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


class Lexicon:
    """Phrases of one CSV file compiled into a single alternation, longest phrase first."""

    def __init__(self, name: str, rows: dict[str, tuple[str, ...]]):
        self.name = name
        self.rows = rows
        self._stars = sorted(((k.rstrip("*"), v) for k, v in rows.items() if k.endswith("*")),
                             key=lambda kv: -len(kv[0]))
        # longest match wins: the trie's optional endings are greedy, and a shorter phrase is
        # retried only when the longer one fails its word boundary
        trie = _trie_regex(list(rows))
        pattern = rf"(?<![\w\-])(?:{trie})(?![\w])"
        self.regex = re.compile(pattern, re.IGNORECASE)
        self._lower_regex = re.compile(pattern)  # on lower-cased text: about twice as fast
        # the same phrases found from the character before them (see _spans); only for phrases that
        # begin with a word character: no phrase can then start where the previous one ended (a match
        # is never followed by a word character), even one ending with a full stop ("u.s.")
        edges = all(_WORD_CHAR.match(k[0]) for k in rows)
        self._after_regex = re.compile(rf"[{_BEFORE_CLASS}](?:{trie})(?![\w])") if edges else None
        self._cache: dict[str, tuple[str, tuple[str, ...]] | None] = {}
        self._scans: list[tuple[str, list[Hit], list[int]]] = []

    def lookup(self, surface: str) -> tuple[str, tuple[str, ...]] | None:
        """The row (normalised key, values) a matched surface belongs to."""
        if surface in self._cache:
            return self._cache[surface]
        row = self._lookup(surface)
        if len(self._cache) < 50_000:
            self._cache[surface] = row
        return row

    def _lookup(self, surface: str) -> tuple[str, tuple[str, ...]] | None:
        key = _norm(surface)
        if key in self.rows:
            return key, self.rows[key]
        for stem, values in self._stars:
            if key.startswith(stem):
                return stem + "*", values
        return None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Every non-overlapping phrase in text[start:end], leftmost-longest.

        A scan of a whole text is remembered (for the last two texts), so later calls on its
        sentence spans cost a binary search; other spans are scanned alone.
        """
        n = len(text)
        end = n if end is None else end
        for t, hits, keys in self._scans:
            if t is text:
                break
        else:
            if start > 0 or end < n:
                return self._scan_window(text, start, end)
            hits, keys = self._scan(text)
        if start <= 0 and end >= n:
            return list(hits)  # the whole text: every hit ends inside it
        out = hits[bisect_left(keys, start):bisect_left(keys, end)]
        return [h for h in out if h.end <= end]

    def _scan_window(self, text: str, start: int, end: int) -> list[Hit]:
        out = []
        for a, b in self._spans(text, start, end):
            row = self.lookup(text[a:b])
            if row is not None:
                out.append(Hit(a, b, row[0], row[1]))
        return out

    def _scan(self, text: str) -> tuple[list[Hit], list[int]]:
        for cached_text, hits, keys in self._scans:
            if cached_text is text:
                return hits, keys
        out = self._scan_window(text, 0, len(text))
        entry = (text, out, [h.start for h in out])
        self._scans = [entry] + self._scans[:1]
        return entry[1], entry[2]

    def _spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of the regex's matches in text[start:end] (leftmost-longest, non-overlapping).

        Every character of most texts that is not a word character is one of _BEFORE (or '-'):
        there a phrase can only start right after a _BEFORE character (or at the text's start), and
        the regex engine finds "one of _BEFORE, then a phrase" far faster than it tries the phrase's
        lookbehind at every position. Same matches: a phrase never ends with such a character, so
        the character before the next phrase is never inside the previous one.
        """
        low = lowered(text)
        if low is None:
            return [m.span() for m in self.regex.finditer(text, start, end)]
        if self._after_regex is None or not _separable(low, start, end):
            return [m.span() for m in self._lower_regex.finditer(low, start, end)]
        out = []
        pos = start - 1
        if start == 0:
            m = self._lower_regex.match(low, 0, end)
            if m is not None:
                out.append(m.span())
            pos = m.end() if m is not None else 0
        for m in self._after_regex.finditer(low, pos, end):
            out.append((m.start() + 1, m.end()))
        return out


# Characters a phrase may follow (neither a word character nor '-'): every ASCII one and the common
# Unicode spaces, dashes, quotes and signs of news text.
_BEFORE = "".join(chr(i) for i in range(128) if not re.match(r"[\w\-]", chr(i))) + (
    "\u00a0\u00ab\u00bb\u00b7\u00b0\u00a3\u00a7\u00b6\u00d7\u00f7\u2009\u200a\u200b\u202f\u2010\u2011\u2012"
    "\u2013\u2014\u2015\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2020\u2021\u2022\u2026\u2028\u2029"
    "\u2032\u2033\u20ac\u3000")
_BEFORE_CLASS = "".join(re.escape(c) for c in _BEFORE)
_WORD_CHAR = re.compile(r"\w")
_KNOWN = frozenset(_BEFORE) | frozenset(string.ascii_letters + string.digits + "_-")
assert not any(_WORD_CHAR.match(c) or c == "-" for c in _BEFORE)
class _Recent:
    """fn's value for the last few objects, found by identity (each holds its object, so an id is
    never reused while cached); the tuple is replaced whole, so threads may share it."""

    def __init__(self, fn, size: int = 4) -> None:
        self.fn, self.size, self.items = fn, size, ()

    def __call__(self, key):
        items = self.items
        for k, v in items:
            if k is key:
                return v
        v = self.fn(key)
        self.items = ((key, v),) + items[:self.size - 1]
        return v


# a character that is neither a word character nor in _KNOWN (one regex scan, no set of the text)
_UNKNOWN = re.compile("[^" + "".join(re.escape(c) for c in sorted(_KNOWN)) + r"\w]")


def _all_known(s: str) -> bool:
    return s.isascii() or _UNKNOWN.search(s) is None


_separable_recent = _Recent(_all_known)


def _separable(s: str, start: int = 0, end: int | None = None) -> bool:
    """True when every character of s[start - 1:end] is a word character, '-' or one of _BEFORE
    (whole texts cached; a window of a text not seen whole is checked alone, which is cheaper)."""
    end = len(s) if end is None else end
    for k, v in _separable_recent.items:
        if k is s:
            return v
    if start <= 0 and end >= len(s):
        return _separable_recent(s)
    return _all_known(s[max(0, start - 1):end])


def separated(rx: re.Pattern) -> re.Pattern:
    """rx preceded by one non-word character of _BEFORE or '-', for word_spans."""
    return re.compile(rf"[{_BEFORE_CLASS}\-](?:{rx.pattern})", rx.flags)


def word_spans(rx: re.Pattern, rx_sep: re.Pattern, s: str, start: int = 0, end: int | None = None
               ) -> list[tuple[int, int]]:
    """The spans of rx.finditer(s, start, end), for a pattern whose every match begins at a word
    boundary with a word character and ends with a word character; rx_sep = separated(rx).

    As in Lexicon._spans: in a text whose non-word characters are all in _BEFORE or '-', a match
    starts at the text's start or right after one of them, which rx_sep finds far faster.
    """
    return [(a, m.end()) for a, m in word_matches(rx, rx_sep, s, start, end)]


def word_matches(rx: re.Pattern, rx_sep: re.Pattern, s: str, start: int = 0, end: int | None = None
                 ) -> list[tuple[int, re.Match]]:
    """(start, match) for each match of rx.finditer(s, start, end), as word_spans; a match found by
    rx_sep begins with the character before `start` (its groups are rx's own)."""
    end = len(s) if end is None else end
    if not _separable(s, start, end):
        return [(m.start(), m) for m in rx.finditer(s, start, end)]
    out = []
    pos = start - 1
    if start == 0:
        m = rx.match(s, 0, end)
        if m is not None:
            out.append((0, m))
        pos = m.end() if m is not None else 0
    for m in rx_sep.finditer(s, pos, end):
        out.append((m.start() + 1, m))
    return out


def _lower_same_length(text: str) -> str | None:
    low = text.lower()
    return low if len(low) == len(text) else None  # a few characters (e.g. 'İ') change length


_lowered_recent = _Recent(_lower_same_length)


def lowered(text: str) -> str | None:
    """text.lower() when it keeps every offset (cached for the last few texts), else None."""
    return _lowered_recent(text)


def _read(name: str) -> dict[str, tuple[str, ...]]:
    path = resources.files("frontierwatch") / "data" / "lexicons" / name
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, FileNotFoundError) as exc:
        raise LexiconError(f"{name}: cannot read lexicon ({exc})") from exc
    return parse_rows(name, raw)


def parse_rows(name: str, raw: str) -> dict[str, tuple[str, ...]]:
    """Rows of one lexicon CSV text, checked: phrase -> other columns (name is for messages)."""
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if len(lines) < 2:
        raise LexiconError(f"{name}: no entries")
    reader = csv.reader(lines)
    header = next(reader)
    rows: dict[str, tuple[str, ...]] = {}
    for n, row in enumerate(reader, 2):
        if len(row) != len(header):
            raise LexiconError(f"{name}: entry {n} has {len(row)} columns, expected {len(header)}")
        key = _norm(row[0])
        if not key or not any(c.isalnum() for c in key):
            raise LexiconError(f"{name}: entry {n} has an empty phrase")
        if key in rows:
            raise LexiconError(f"{name}: entry {n} repeats the phrase {row[0]!r}")
        values = tuple(v.strip() for v in row[1:])
        if any(not v for v in values):
            raise LexiconError(f"{name}: entry {n} ({row[0]!r}) has an empty value")
        rows[key] = values
    return rows


@cache
def load(name: str) -> Lexicon:
    """The lexicon in data/lexicons/<name>.csv, loaded and compiled once."""
    return Lexicon(name, _read(f"{name}.csv"))


class Together:
    """Several lexicons scanned over one whole text at once; each keeps its own leftmost-longest,
    non-overlapping hits (a phrase start is tried by every lexicon, each skips starts inside its
    own previous hit), so the hits equal each lexicon's own find(text)."""

    def __init__(self, names: tuple[str, ...]):
        self.lexicons = [load(n) for n in names]
        self.usable = all(lx._after_regex is not None for lx in self.lexicons)
        if self.usable:
            union = _trie_regex([k for lx in self.lexicons for k in lx.rows])
            each = "".join(rf"(?:(?=({_trie_regex(list(lx.rows))})(?![\w]))|)" for lx in self.lexicons)
            self._regex = re.compile(rf"[{_BEFORE_CLASS}](?=(?:{union})(?![\w])){each}")

    def scan(self, text: str) -> None:
        """Fill every lexicon's whole-text scan cache for text (no-op where the plain scan is needed)."""
        low = lowered(text)
        if not self.usable or low is None or not _separable(low, 0, len(text)):
            return
        lexs = self.lexicons
        if all(any(t is text for t, _, _ in lx._scans) for lx in lexs):
            return  # every lexicon has this text's scan already
        spans: list[list[tuple[int, int]]] = [[] for _ in lexs]
        last = [-1] * len(lexs)
        for i, lx in enumerate(lexs):
            m = lx._lower_regex.match(low, 0)
            if m is not None:
                spans[i].append(m.span())
            last[i] = m.end() if m is not None else 0
        # each match's group spans, one column per lexicon (a column entry is (-1, -1) where its lexicon has no
        # phrase); a group starts right after the match's first character, so "start > last" is "no overlap"
        cols = list(zip(*[m.regs for m in self._regex.finditer(low)]))[1:]
        for sp, col, end in zip(spans, cols, last):
            for ab in col:
                if ab[0] > end:
                    sp.append(ab)
                    end = ab[1]
        for lx, sp in zip(lexs, spans):
            out = []
            known = lx._cache  # lookup's own cache read here: no call per hit
            for a, b in sp:
                surface = text[a:b]
                row = known[surface] if surface in known else lx.lookup(surface)
                if row is not None:
                    out.append(Hit(a, b, row[0], row[1]))
            lx._scans = [(text, out, [h.start for h in out])] + lx._scans[:1]


@cache
def together(names: tuple[str, ...]) -> Together:
    """The combined scanner of these lexicons, compiled once."""
    return Together(names)
