"""The gazetteer scan's tokens are the same when lower-casing runs before splitting (the faster path)."""
from __future__ import annotations

import re
from itertools import accumulate

import pytest

from frontierwatch.geo.gazetteer import fold
from frontierwatch.geo.scan import _tokens, find_places, raw_matches

_ASCII, _ANY = re.compile(r"([A-Za-z0-9]+)"), re.compile(r"([^\W_]+)")


def _reference(text: str) -> tuple[list[int], list[str]]:
    """Split first, then lower-case (and fold) each token: the slower way, kept here as the oracle."""
    parts = _ANY.split(text)
    raw = parts[1::2]
    ascii_only = all(w.isascii() for w in raw)
    if ascii_only:
        parts = _ASCII.split(text)
        raw = parts[1::2]
    bounds = list(accumulate(map(len, parts)))
    words = " ".join(raw).lower().split(" ") if raw else []
    return bounds, words if ascii_only else [w if w.isascii() else fold(w) for w in words]


TEXTS = [
    "Gunmen attacked a checkpost near Lakki Marwat on Tuesday.",
    "Officials in PESHAWAR said the road to Torkham \u2014 shut for days \u2014 had reopened.",
    "\u201cWe heard firing,\u201d a resident of D.I. Khan told reporters.",
    "Traders at Chaman\u2019s gate waited; trucks queued for 3 km.",
    "\u0130stanbul talks ended; a delegation left for Kabul.",  # dotted capital I: lower() adds a character
    "A reading of 300 \u212a was logged near Quetta.",  # Kelvin sign: a letter, lowers to ASCII k
    "Caf\u00e9 owners in Islamabad closed early.",
    "",
    "... \u2014 !!",
]


@pytest.mark.parametrize("text", TEXTS)
def test_scan_tokens_equal_split_then_lower(text: str) -> None:
    bounds, words = _tokens(text)
    ref_bounds, ref_words = _reference(text)
    assert words == ref_words
    assert bounds == ref_bounds


@pytest.mark.parametrize(("text", "surface"), [
    ("Firing was reported in North Waziristan \u2014 officials said.", "North Waziristan"),
    ("The Torkham crossing reopened on Friday.", "Torkham"),
])
def test_scan_finds_names_through_fast_tokens(text: str, surface: str) -> None:
    assert surface in [m.surface for m in raw_matches(text)[0]]
    assert surface in [p.surface for p in find_places(text)]
