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


@pytest.mark.parametrize("joint", ["but", "and"])
def test_quotes_s5_verb_after_but_shares_the_subject(joint: str) -> None:
    text = (f"A spokesman for the group, Hamid Noori, denied the group was behind the blast, {joint} warned that fighters would hit "
            "“every checkpoint” in the valley.")
    quotes = extract(Document(id="t", text=text, published="2026-04-01")).quotes
    assert [(q.speaker, q.text) for q in quotes] == [("Hamid Noori", "every checkpoint")]


def test_quotes_s5_but_with_its_own_subject_keeps_it() -> None:
    text = "The army denied the report, but Hamid Noori said fighters would hit “every checkpoint” in the valley."
    quotes = extract(Document(id="t", text=text, published="2026-04-01")).quotes
    assert [q.speaker for q in quotes] == ["Hamid Noori"]
