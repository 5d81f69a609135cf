"""extract_claims called directly (not through extract()) must survive the regex case-folding traps."""
from __future__ import annotations

import pytest

from frontierwatch.extract.claims import extract_claims
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _claims(text: str):
    doc = Document(id="t", text=text, title=None, published="2024-06-01")
    return extract_claims(doc, split_sentences(text))


@pytest.mark.parametrize("word", ["\u0131ncidents", "\u0130NCIDENTS", "incidents"])
def test_claims_case_traps_dotless_letters_give_the_plain_claim(word: str) -> None:
    claims = _claims(f"Officials counted 40 {word} in May 2024 across the province.")
    assert [(c.metric, c.value, c.period_start) for c in claims] == [("attacks", 40, "2024-05-01")]


def test_claims_case_traps_plain_text_keeps_its_evidence() -> None:
    text = "Officials counted 40 attacks in May 2024 across the province."
    assert _claims(text)[0].evidence.text == text
