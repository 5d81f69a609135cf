"""The date scan's start prefilter (digit-run starts, months found back from a day) finds what the plain regex finds."""
from __future__ import annotations

import random

import pytest

from frontierwatch.extract import dates as D

_PIECES = ["jan", "jan.", "january", "sept.", "sep", "mar", "march", "may", "dec", "xmar", "mar_", "5mar", "summary",
           " ", "  ", "\t", "\n", "\u00a0", "\u2003", ".", "..", "-", "/", "1", "12", "2024", "31st", "3rd", "\u0663",
           "\uff13", "on the ", "of ", "to ", "monday", "today", "two days ago", "é", "ſ", "_", "x", ","]


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 12))) for _ in range(n)]


@pytest.mark.parametrize("texts", [_texts(seed, 400) for seed in range(8)] + [
    ["on march  \t 5, 2024 and jan. 3 or may\n7th", "dec.12", "mar 7" * 50]])
def test_dates_scan_lower_same_matches_as_regex(texts: list[str]) -> None:
    for text in texts:
        got = [(m.span(), m.lastgroup) for m in D._scan_lower(text)]
        assert got == [(m.span(), m.lastgroup) for m in D._ALL_LOWER.finditer(text)], text


@pytest.mark.parametrize("low, starts", [("x 12 345", [2, 5]), ("on mar. 5", [3, 8]), ("summary 5", [8]),
                                         ("xmar 5", [5]), ("march\t\t31st", [0, 7])])
def test_dates_starts_digit_runs_and_months_before_a_day(low: str, starts: list[int]) -> None:
    assert D._date_starts(low) == starts
