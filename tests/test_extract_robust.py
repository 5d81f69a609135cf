"""Extraction never raises and stays fast on odd text: random mixes of news words and Unicode traps."""
from __future__ import annotations

import random
import time

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document

WORDS = ("killed injured martyred police soldiers militants attack on Monday Tuesday last week "
         "Torkham Chaman border closed reopened crossing refugees PoR cards extended until June 30 "
         "talks Kabul Islamabad said “ ” \" ' ‘ ’ : , . ; ( ) - – — 12 1,204 37% percent per cent "
         "twenty-three a dozen dozens between and at least rose to toll Bannu North Waziristan "
         "ISPR TTP BLA claimed responsibility 2024 2025 January September Q1 H1 past month since "
         "the province Khyber Pakhtunkhwa Balochistan districts IBO operation khwarij").split()
TRAPS = ["ſ", "K", "İ", "ı", "\u200b", "\u200f", "\ufeff", "😀", "ﬁ", "１２", "\u00a0", "\t", "\n", "\n\n",
         "Ⅻ", "²", "٣", "€", "\\", "{", "}", "[", "]", "*", "?", "+", "|", "^", "$"]


def _texts(n: int, seed: int = 20261125):
    rng = random.Random(seed)
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 120)):
            token = rng.choice(WORDS)
            if rng.random() < 0.25:
                trap = rng.choice(TRAPS)
                token = token + trap if rng.random() < 0.5 else trap + token
            parts.append(token)
        yield " ".join(parts)


@pytest.mark.parametrize("published", ["2025-03-01", None])
def test_extract_never_raises_on_random_unicode_news_text(published) -> None:
    slowest = 0.0
    for n, text in enumerate(_texts(400)):
        start = time.perf_counter()
        result = extract(Document(id=f"r{n}", text=text, published=published))
        slowest = max(slowest, time.perf_counter() - start)
        assert result.doc_id == f"r{n}"
    assert slowest < 1.0


@pytest.mark.parametrize("trap", ["ſ", "K", "İ", "ı"])
def test_extract_reads_case_folding_traps_as_their_ascii_letters(trap: str) -> None:
    text = f"Militant attack{trap} fell by 20 percent in the past month{trap}, the report said."
    result = extract(Document(id="t", text=text, published="2025-03-01"))
    assert result.doc_id == "t"
