"""Quotes: "he said" after a sentence opened by a known surname is that person; "the military" is ISPR when named."""
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


@pytest.mark.parametrize("text, speaker", [
    # "the military said" in a story that names ISPR: the military's media wing spoke
    ("Troops killed four militants on Monday, ISPR said. The military said on Tuesday that the raid had been "
     "\u201ca complete success\u201d.", "ISPR"),
    # no ISPR in the story: the military stays the military
    ("Troops killed four militants on Monday. The military said on Tuesday that the raid had been "
     "\u201ca complete success\u201d.", "military"),
])
def test_extract_quotes_military_is_ispr_when_named(text: str, speaker: str) -> None:
    assert [s for s, _t in _quotes(text)] == [speaker]
