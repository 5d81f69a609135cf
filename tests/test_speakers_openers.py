"""Sentence openers found by looking up the surnames equal the openers the plain regex finds."""
from __future__ import annotations

import random

import pytest

from frontierwatch.extract import speakers as S

_PIECES = ["Dar", "Khan", "Dar's", "Dar-", "Darr", "O'Neil", "Qazi", "dar", "DAR", " ", "  ", "\n", "\t", ". ", "! ",
           "? ", ".", ",", "said", "went", "He", "Ali", "\u00a0", "’", "-", "x", "Z", "é", "1"]
_WORDS = ["Dar", "Khan", "O'Neil", "Dar's", "Qazi", "Ali", "ISPR", "Khan,", "al-Haq"]


def _plain(text: str, words) -> list[tuple[int, str]]:
    return sorted((m.start(1), m.group(1)) for m in S._SENTENCE_OPENER.finditer(text) if m.group(1) in words)


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 16))) for _ in range(n)]


@pytest.mark.parametrize("texts", [_texts(seed, 400) for seed in range(8)] + [
    ["Dar went home. Dar said\nKhan went.  Qazi  \n ran! Ali", "Dar  said", "x.\nDar's men went"]])
def test_speakers_openers_among_same_as_regex(texts: list[str]) -> None:
    for text in texts:
        assert sorted(S._openers_among(text, _WORDS)) == _plain(text, _WORDS), text
