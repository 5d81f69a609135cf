"""Short quoted phrases: a straight single-quoted phrase closes after a letter when short; "Hours later,"
leads a sentence without being its subject; "the banned X" is X speaking."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract(Document(id="t", text=text, published="2025-03-01")).quotes]


@pytest.mark.parametrize("text, expected", [
    ("The Lashkar group issued a statement saying it had 'no hand' in the blast.", [("Lashkar group", "no hand")]),
    ('Days later, the Lashkar group issued a statement saying it had "no hand" in the blast.',
     [("Lashkar group", "no hand")]),
    ("The banned Jaish-e-Noor issued a statement saying it had 'no hand' in the blast.",
     [("Jaish-e-Noor", "no hand")]),
    ("Two days later, the outlawed Jaish-e-Noor put out a statement saying it had 'no hand' in the blast.",
     [("Jaish-e-Noor", "no hand")]),
])
def test_extract_quotes3_phrases_attributed(text: str, expected: list) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize("text", [
    # near-misses: apostrophes and a single scare word stay no quote
    "He visited the soldiers' families and the martyrs' graves on Sunday, officials said.",
    "The group denied it, calling the reports 'lies'.",
    "Residents said the 'curfew' was never announced.",
])
def test_extract_quotes3_phrases_near_misses(text: str) -> None:
    assert _quotes(text) == []
