"""Load the extraction lexicons (data/lexicons/*.csv) once, checked, as compiled matchers.

Each CSV has a header; the first column is a phrase matched case-insensitively as whole words,
spaces and hyphens in a phrase match any run of spaces or hyphens, and a trailing '*' matches any
word ending. Lines starting with '#' are comments. Empty or duplicate phrases are errors that name
the file and line, so a bad data edit fails loudly at load time, not silently at run time.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import FrontierwatchError


class LexiconError(FrontierwatchError):
    """A lexicon file is missing, empty or has an empty/duplicate phrase."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One lexicon phrase found in text: span and the row's other columns."""

    start: int
    end: int
    key: str
    values: tuple[str, ...]


def _norm(s: str) -> str:
    return re.sub(r"[\s\-\u2010-\u2015]+", " ", s.strip().lower()).replace("\u2019", "'")


def _phrase_regex(phrase: str) -> str:
    star = phrase.endswith("*")
    words = [re.escape(w) for w in re.split(r"[\s\-]+", phrase.rstrip("*").strip()) if w]
    body = r"[\s\-\u2010-\u2015]+".join(words).replace("'", "['\u2019]")
    return body + (r"\w*" if star else "")


class Lexicon:
    """Phrases of one CSV file compiled into a single alternation, longest phrase first."""

    def __init__(self, name: str, rows: dict[str, tuple[str, ...]]):
        self.name = name
        self.rows = rows
        self._stars = sorted(((k.rstrip("*"), v) for k, v in rows.items() if k.endswith("*")),
                             key=lambda kv: -len(kv[0]))
        ordered = sorted(rows, key=lambda k: (-len(k), k))
        alt = "|".join(_phrase_regex(k) for k in ordered)
        self.regex = re.compile(rf"(?<![\w\-])(?:{alt})(?![\w])", re.IGNORECASE)

    def lookup(self, surface: str) -> tuple[str, tuple[str, ...]] | None:
        """The row (normalised key, values) a matched surface belongs to."""
        key = _norm(surface)
        if key in self.rows:
            return key, self.rows[key]
        for stem, values in self._stars:
            if key.startswith(stem):
                return stem + "*", values
        return None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Every non-overlapping phrase in text[start:end], leftmost-longest."""
        out = []
        for m in self.regex.finditer(text, start, len(text) if end is None else end):
            row = self.lookup(m.group(0))
            if row is not None:
                out.append(Hit(m.start(), m.end(), row[0], row[1]))
        return out


def _read(name: str) -> dict[str, tuple[str, ...]]:
    path = resources.files("frontierwatch") / "data" / "lexicons" / name
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, FileNotFoundError) as exc:
        raise LexiconError(f"{name}: cannot read lexicon ({exc})") from exc
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
