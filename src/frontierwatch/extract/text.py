"""Sentences and paragraphs with character spans, and the dateline ("PESHAWAR:").

Every extractor works on `Sentence`s so evidence can point back into the document text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "brig", "sgt", "insp", "no", "st",
    "govt", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "i", "d", "u", "s", "vs", "etc", "approx", "asst", "supt", "sr", "jr", "prof", "hon",
    "maulana", "mufti", "sub", "cpl", "hav", "naik", "sep", "gov", "e.g", "i.e", "a", "b", "c",
    "k", "p", "m", "n", "h", "j", "al",
}
_INITIAL = re.compile(r"(?:^|[\s.(])[A-Za-z]$")  # "D. G. Khan": a single letter before a full stop is an initial
# [.!?] written once before its repeat: the same matches, and a search skips to those characters (a
# pattern that starts with a repeat gets no fast first-character scan)
_BOUNDARY = re.compile(r"[.!?][.!?]*[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'\-]{2,40}?)(?:\s*/\s*[A-Z][A-Za-z ]{1,30})?"
                       r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"  # ", April 15"
                       r"(?:\s*\([A-Za-z .]{1,20}\))?\s*(?:[:;\-–—]|--)\s+(?=\S)")
# a looser dateline for spans: "Islamabad [Pakistan], August 1 (ANI): ", "Rawalpindi - June 3, 2025: ", "Lower Kurram, November 21, 2024– ",
# "PESHAWAR, Pakistan (AFP) - "
_DATELINE_SPAN = re.compile(
    r"^\s*[A-Z][A-Za-z .'\-]{2,40}?(?:\s*\[[^\]\n]{1,30}\])?(?:\s*/\s*[A-Z][A-Za-z ]{1,30})?"
    r"(?:,\s*(?:Pakistan|Afghanistan))?"  # "PESHAWAR, Pakistan (AFP) - "
    r"(?:(?:,|\s+[-–—])\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|(?:,|\s+[-–—])\s*\d{1,2}\s+[A-Z][a-z]{2,9}\.?(?:,?\s*\d{4})?)?"
    r"(?:\s*\([A-Za-z .]{1,20}\))?\s*(?:[:;–—]|--|-(?=\s))\s*(?=\S)|^\s*[A-Z][A-Z .'\-]{2,40}?\s*-\s+(?=\S)")
_NEWLINES = re.compile(r"\n\s*\n|\n")
_NEWLINE = re.compile(r"\n")
_LAST_WORD = re.compile(r"([A-Za-z.]+)\.$")
_DATELINE_MARK = re.compile(r"[A-Z]{3,}|\(|\[|\d")


@dataclass(slots=True, unsafe_hash=True)  # not frozen (never mutated, hashable as before): a frozen one's __init__ is ~4x slower
class Sentence:
    """A sentence of the document: its text, span and paragraph number."""

    text: str
    start: int
    end: int
    paragraph: int
    index: int


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _NEWLINES.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _split_paragraph(text: str, offset: int) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        p = m.start()  # a full stop, "!" or "?": the sentence so far is never blank
        word = _LAST_WORD.search(text[max(start, p - 12):p + 1])
        if word and word.group(1).lower().rstrip(".") in _ABBREV:
            continue
        if _INITIAL.search(text, max(start, p - 2), p):
            continue
        end = e = m.end()
        while text[e - 1].isspace():  # the boundary's closing whitespace (as text[:end].rstrip(), no copy)
            e -= 1
        out.append((offset + start, offset + e))
        start = end
    if text[start:].strip():
        out.append((offset + start, offset + len(text.rstrip())))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences with spans; paragraphs are newline-separated blocks."""
    sentences: list[Sentence] = []
    for p_no, (ps, pe) in enumerate(_paragraph_spans(text)):
        para = text[ps:pe]
        for s, e in _split_paragraph(para, ps):
            chunk = text[s:e]
            lead = len(chunk) - len(chunk.lstrip())
            s += lead
            if e > s:
                sentences.append(Sentence(text[s:e], s, e, p_no, len(sentences)))
    return sentences


def dateline(text: str) -> str | None:
    """The place of a news dateline at the start of the text ("PESHAWAR: ..."), title-cased."""
    m = _DATELINE.match(text[:80])
    if not m:
        return None
    place = m.group(1).strip()
    if not place.isupper() or len(place) < 3:
        return None
    return place.title()


def dateline_span(text: str) -> tuple[int, int] | None:
    """Span of a dateline at the start of the text ("PESHAWAR: ", "Islamabad [Pakistan], August 1 (ANI): ").
    The violence stage asks twice about the same text: the last answer is kept (found by identity)."""
    global _last_dateline
    last = _last_dateline  # replaced whole, so threads may share it
    if last is not None and last[0] is text:
        return last[1]
    span = _dateline_span(text)
    _last_dateline = (text, span)
    return span


_last_dateline: tuple[str, tuple[int, int] | None] | None = None


def _dateline_span(text: str) -> tuple[int, int] | None:
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text[:400])][:4]
    for s in starts:
        w = text[s:s + 120]
        if ":" not in w and ";" not in w and "-" not in w and "\u2013" not in w and "\u2014" not in w:
            continue  # every dateline ends with one of these marks: no regex try (~2x faster over a corpus)
        m = _DATELINE_SPAN.match(w)
        if not m or "\n" in m.group(0).strip() or len(m.group(0).split()) > 8:
            continue
        if s and not _DATELINE_MARK.search(m.group(0)):
            continue  # later lines need a clear dateline mark (capitals, agency, date)
        return (s + m.start(), s + m.end())
    return None


# The only non-ASCII letters that Python's case-insensitive regexes match to ASCII letters
# (İ ı -> i, ſ -> s, Kelvin sign -> k). A rule that matches one and then looks the lower-cased word
# up in a lexicon would miss the key, so extraction maps them 1:1 first (spans stay valid).
_CASE_TRAPS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})


def without_case_traps(text: str) -> str:
    """The text with the four regex case-folding traps replaced by their ASCII letters (same length)."""
    if text.isascii() or not any(c in text for c in _TRAP_CHARS):  # the usual case: no copy
        return text
    return text.translate(_CASE_TRAPS)


_TRAP_CHARS = "\u0130\u0131\u017f\u212a"
