"""Session-5 quotes: ', a claim their families rejected' after a quote comments on it; the speaker is the
one named before the quote."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


@pytest.mark.parametrize("tail", ["a claim their families rejected", "an allegation the army denied",
                                  "a charge local elders dismissed"])
def test_quotes_s5_claim_after_quote_is_no_speaker(tail: str) -> None:
    text = f"Its spokesman, Jabbar Khan, said the men were “spies for the state”, {tail}."
    quotes = extract(Document(id="t", text=text, published="2026-04-01")).quotes
    assert [(q.speaker, q.text) for q in quotes] == [("Jabbar Khan", "spies for the state")]


def test_quotes_s5_person_after_quote_still_speaks() -> None:
    text = "The villagers were “left with nothing”, a local elder, Jabbar Khan, said."
    quotes = extract(Document(id="t", text=text, published="2026-04-01")).quotes
    assert [q.speaker for q in quotes] == ["Jabbar Khan"]
