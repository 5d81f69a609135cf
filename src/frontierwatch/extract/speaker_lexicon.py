"""Speaker lexicon and word lookup for quotes: speech verbs, titles, speaker nouns and body aliases
loaded once, and titles found by word lookup (kept apart from speakers.py so each stays small).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from .claim_lexicon import read_lexicon
from .fastre import led, trie


@dataclass(frozen=True)
class _Lex:
    verbs: dict[str, str]
    verb_rx: re.Pattern[str]
    titles: list[str]
    title_rx: re.Pattern[str]
    roles: dict[str, str]
    bodies: dict[str, str]
    group_rx: re.Pattern[str]
    role_cut_rx: re.Pattern[str]
    body_rx: re.Pattern[str]
    tails: frozenset[str]  # office words that may sit between a title and a name


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _folded_trie(words: list[str]) -> str:
    """_alt(words) for a case-insensitive regex, written as a trie of the lower-cased words (spaces as
    \\s+): a text character leads into one branch at most, tried longest first as _alt does, so the
    same matches, found several times faster. ASCII words only (else _alt itself)."""
    if not all(w.isascii() for w in words):
        return _alt(words)
    return trie({w.lower() for w in words}, space=r"\s+")


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    """Speech verbs, titles, generic speaker nouns and body aliases, loaded once."""
    verbs = {r["verb"].strip().lower(): r["form"].strip() for r in read_lexicon("quote_verbs.csv", ("verb", "form"))}
    titles = [r["title"].strip() for r in read_lexicon("quote_titles.csv", ("title",))]
    roles = {r["noun"].strip().lower(): r["kind"].strip() for r in read_lexicon("quote_roles.csv", ("noun", "kind"))}
    bodies = {r["alias"].strip().lower(): r["speaker"].strip() for r in read_lexicon("quote_bodies.csv", ("alias", "speaker"))}
    groups = [r["word"].strip() for r in read_lexicon("quote_group_words.csv", ("word",))]
    body_words = [r["word"].strip() for r in read_lexicon("quote_body_words.csv", ("word",))]
    verb_rx = re.compile(rf"\b(?:{_alt(list(verbs))})\b", re.I)
    title_rx = led(re.compile(rf"\b(?:{_folded_trie(titles)})\.?(?=\s)", re.I))
    group_rx = led(re.compile(rf"\b(?:{_alt(groups)})\b"))
    role_cut_rx = re.compile(
        rf"(.{{0,80}}?\b(?:{_alt(list(roles))}))\s+(?:from|in|at|on|for|posted|based|with|who|stationed|speaking)\b", re.I)
    body_rx = led(re.compile(rf"\b(?:{_alt(body_words)})\b"))
    tails = frozenset(r["word"].strip().lower() for r in read_lexicon("quote_title_tails.csv", ("word",)))
    return _Lex(verbs, verb_rx, titles, title_rx, roles, bodies, group_rx, role_cut_rx, body_rx, tails)


@dataclass(slots=True, unsafe_hash=True)  # not frozen (never mutated, hashable as before): a frozen one's __init__ is ~4x slower
class _Verb:
    """A word or phrase found in text (a speech verb, a title), read like a regex match."""

    s: int
    e: int
    v: str

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self, _name: str | int = 0) -> str:
        return self.v


@lru_cache(maxsize=1)
def _title_index() -> dict[str, list[list[str]]]:
    """Titles by their first word (as written and lower-cased), longest first."""
    index: dict[str, list[list[str]]] = {}
    for t in _lex().titles:
        for form in {t, t.lower(), t[:1].upper() + t[1:].lower()}:  # "District police officer" too
            words = form.split()
            index.setdefault(words[0], []).append(words)
    for v in index.values():
        v.sort(key=len, reverse=True)
    return index


_WORD_SPLIT = re.compile(r"([A-Za-z]+)")


@lru_cache(maxsize=4)
def _tokens(text: str) -> tuple[list[int], list[str], list[str]]:
    """Word bounds, words (_WORD) and lower-cased words of `text`, read-only and cached (titles and
    speech verbs read the same text). Word i spans bounds[2 * i]:bounds[2 * i + 1]."""
    parts = _WORD_SPLIT.split(text)
    bounds = list(accumulate(map(len, parts)))
    words = parts[1::2]
    return bounds, words, " ".join(words).lower().split(" ") if words else []


def _find_titles(text: str) -> list[_Verb]:
    """Titles followed by a capitalised word, found by word lookup (linear in the text)."""
    index = _title_index()
    bounds, words, _ = _tokens(text)
    n = len(words)
    out: list[_Verb] = []
    for i in [i for i, w in enumerate(words) if w in index]:
        w = words[i]
        ws = bounds[2 * i]
        for seq in index[w]:
            size = len(seq)
            if words[i:i + size] != seq:
                continue
            end = bounds[2 * (i + size) - 1]
            if end < len(text) and text[end] == ".":
                end += 1
            k = i + size
            if w[:1].isupper() and k + 1 < n and words[k] in ("of", "for") and text[end:bounds[2 * k + 2]].replace(" of ", " ").replace(
                    " for ", " ").isspace():
                k += 1  # "Commissioner for Border Trade Gul Jan": the office, then the name
            if k + 1 < n and words[k].isupper() and text[end:bounds[2 * k]] in (" (", "(") and words[k + 1][:1].isupper() \
                    and text[bounds[2 * k + 1]:bounds[2 * k + 2]] == ") ":
                k += 1  # "Deputy Inspector General (DIG) Ali Shah": the title's abbreviation, then the name
            if k < n and words[k][:1].isupper() and (k > i + size or text[end:bounds[2 * k]].isspace()) \
                    and "\n" not in text[end:bounds[2 * k]]:  # "... research director.\n\nHe": a new paragraph
                out.append(_Verb(ws, end, text[ws:end]))
            break
    return out


@lru_cache(maxsize=1)
def role_titles() -> dict[str, frozenset[str]]:
    """Titles a generic role noun can refer back to ("the envoy" -> an ambassador), loaded once."""
    out: dict[str, set[str]] = {}
    for r in read_lexicon("quote_role_titles.csv", ("role", "title"), ("role", "title")):
        out.setdefault(r["role"].strip().lower(), set()).add(r["title"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """Nouns for a relative or colleague described before a name ("his brother, Ali Khan, said"), loaded once."""
    return frozenset(r["noun"].strip().lower() for r in read_lexicon("quote_kin_nouns.csv", ("noun",), ("noun",)))
