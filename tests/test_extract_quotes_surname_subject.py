"""Quotes: "he said" after a sentence opened by a known surname is that person, not an earlier speaker."""
from __future__ import annotations

import pytest

from frontierwatch.extract.quotes import extract_quotes
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc = Document(id="q", text=text, published="2025-01-01")
    return [(q.speaker, q.text) for q in extract_quotes(doc, split_sentences(text))]


_LEAD = ("Interior Minister Rauf Khan Niazi and Afghan envoy Sardar Wali Hotak met in Peshawar on Monday.\n\n"
         "\u201cThe border belongs to the people who live on it,\u201d Hotak said after the meeting.\n\n")


@pytest.mark.parametrize("text, expected", [
    (_LEAD + "Niazi raised the killing of two policemen. \u201cWe want names, not promises,\u201d he told reporters.",
     [("Sardar Wali Hotak", "The border belongs to the people who live on it,"),
      ("Rauf Khan Niazi", "We want names, not promises,")]),
])
def test_extract_quotes_surname_subject_is_he(text: str, expected: list) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised word that is nobody's surname changes nothing: "he" stays the last speaker
    (_LEAD + "Security was tight. \u201cWe want names, not promises,\u201d he told reporters.",
     [("Sardar Wali Hotak", "The border belongs to the people who live on it,"),
      ("Sardar Wali Hotak", "We want names, not promises,")]),
    # the surname opening a sentence before its full name is given is not yet anyone
    ("Niazi is a common name in the valley. Interior Minister Rauf Khan Niazi spoke later. "
     "\u201cWe want names, not promises,\u201d he told reporters.",
     [("Rauf Khan Niazi", "We want names, not promises,")]),
])
def test_extract_quotes_surname_subject_near_misses(text: str, expected: list) -> None:
    assert _quotes(text) == expected
