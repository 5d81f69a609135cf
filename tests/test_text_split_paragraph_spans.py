"""Sentence spans of a paragraph equal those of the plain reading (slices stripped at each boundary)."""
from __future__ import annotations

import random

import pytest

from frontierwatch.extract import text as T


def _plain(text: str, offset: int) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in T._BOUNDARY.finditer(text):
        word = T._LAST_WORD.search(text[max(start, m.start() - 12):m.start() + 1])
        if word and word.group(1).lower().rstrip(".") in T._ABBREV:
            continue
        if T._INITIAL.search(text, max(start, m.start() - 2), m.start()):
            continue
        if text[start:m.start() + 1].strip():
            out.append((offset + start, offset + len(text[:m.end()].rstrip())))
        start = m.end()
    if text[start:].strip():
        out.append((offset + start, offset + len(text.rstrip())))
    return out


_PIECES = ["The", "police", "said", ".", "!", "?", "...", " ", "  ", "\u00a0", "\u2003", "\t", "\"", "”", "’", ")",
           "(", "“", "Mr", "Dr.", "D", "G.", "Khan", "A", "5", "2024", "e.g", "x", "é", "Ali"]


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 20))) for _ in range(n)]


@pytest.mark.parametrize("texts", [_texts(seed, 300) for seed in range(8)] + [
    ["Mr. Khan left. He said: \u201cNo.\u201d  Then 5 more came!  \u00a0A D. G. Khan trip."]])
def test_text_split_paragraph_same_as_plain(texts: list[str]) -> None:
    for text in texts:
        assert T._split_paragraph(text, 7) == _plain(text, 7), text
