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


@pytest.mark.parametrize("text, expected", [
    # an attribution after the closing mark wins over a "Name told ..." sentence inside the quote
    ("A farmer from Khost, Gul Zaman, said he had waited. ‘We had bread for a week. Nobody told us a thing,’ he said.",
     [("Gul Zaman", "We had bread for a week. Nobody told us a thing,")]),
    ('A farmer, Gul Zaman, said he waited. "We had only bread. Jan Khan told us to wait," he said.',
     [("Gul Zaman", "We had only bread. Jan Khan told us to wait,")]),
    # near-miss: with nothing after the mark, the attribution inside it stands
    ('"The road has been shut for long. Qazi told a radio station.', [("Qazi", "The road has been shut for long.")]),
])
def test_extract_quotes3_phrases_embedded_attribution(text: str, expected: list) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A retired diplomat, Gul Zaman, once put it to me simply: ‘A law that only punishes is not justice.’",
     [("Gul Zaman", "A law that only punishes is not justice.")]),
    ("A truck driver from Kunduz, Gul Zaman, put it this way: ‘A law that only punishes is not justice.’",
     [("Gul Zaman", "A law that only punishes is not justice.")]),
    # near-misses: a place in apposition, or no person opening the sentence
    ('The village, Kili Zaman, had one sign: "No entry for strangers after dark."', []),
    ("Peshawar on Monday: ‘A law that only punishes is not justice.’", []),
])
def test_extract_quotes3_phrases_colon_after_named_person(text: str, expected: list) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Security officials dismissed the reports of civilian deaths as "a story made up by the regime".',
     [("Security officials", "a story made up by the regime")]),
    ('The army branded the video "a crude fake meant to mislead people".', [("army", "a crude fake meant to mislead people")]),
    # near-miss: a held-at-arm's-length word after "rejected the" stays no quote
    ('The ministry rejected the "baseless" allegations.', []),
])
def test_extract_quotes3_phrases_rejecting_verbs(text: str, expected: list) -> None:
    assert _quotes(text) == expected
