"""The cumulative-phrase gate of the claim extractor never skips a sentence the regex would match."""
from __future__ import annotations

import random

import pytest

from frontierwatch.extract import claims as C

_PIECES = ["so", "far", "So Far", "SO\tFAR", "to", "date", "thus", "in", "total", "all", "ALL", "altogether",
           "Altogether", "a", "of", "by", "BY", "March", "MARCH", "\u017f", "\u0131", "\u0130", "\u212a", " ", "\n", "-", "x"]


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 6))) for _ in range(n)]


@pytest.mark.parametrize("texts", [_texts(seed, 500) for seed in range(6)] + [
    ["Since January, 40 died so far.", "In all, 12 came", "By March 300 were back", "ALTOGETHER 5", "a total of 9"]])
def test_claims_cumulative_words_in_every_match(texts: list[str]) -> None:
    for text in texts:
        if C._CUMULATIVE.search(text):
            assert any(w in text.lower() for w in C._CUMULATIVE_WORDS), text


@pytest.mark.parametrize("text, expected", [("So far 40 came.", True), ("The toll rose to 40.", False),
                                            ("In ALL, 12 came.", True), ("Nearby, 3 died.", False)])
def test_claims_cumulative_phrase_found(text: str, expected: bool) -> None:
    assert bool(any(w in text.lower() for w in C._CUMULATIVE_WORDS) and C._CUMULATIVE.search(text)) is expected
