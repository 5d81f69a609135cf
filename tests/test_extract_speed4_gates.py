"""The cheap word gates in mentions.describe skip a regex only where it cannot match (own-words sentences)."""
from __future__ import annotations

import pytest

from frontierwatch.extract import mentions
from frontierwatch.extract.casualty_masks import words_in

SENTENCES = [
    "The toll rose to nine on Tuesday, police said.",
    "A third guard succumbed to his wounds in hospital.",
    "Two more people died later at the district hospital.",
    "The number of the dead climbed to twelve.",
    "Officials put the death toll at 15.",
    "THE TOLL ROSE TO FOUR.",
    "Two more d\u0131ed in the Civil Hospital.",  # dotless i: the regex still folds it to "died"
    "Four were killed in the blast near the market.",
    "Gunmen killed a shopkeeper in 2019 and again in 2023.",
    "Nobody was hurt.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_extract_speed4_update_gate_never_hides_a_match(text: str) -> None:
    found = mentions._UPDATE.search(text) is not None
    assert not found or mentions._may_update(text, text.lower())


@pytest.mark.parametrize("text,expected", [
    ("The toll rose to nine on Tuesday.", True),
    ("Four were killed in the blast.", False),
    ("Two more d\u0131ed in hospital.", True),
])
def test_extract_speed4_update_gate_answers(text: str, expected: bool) -> None:
    assert mentions._may_update(text, text.lower()) is expected


@pytest.mark.parametrize("text,words,expected", [
    ("Five were still under treatment", ("treat",), True),
    ("Five were still under treatment", ("toll", "number"), False),
    ("The TOLL rose", ("count", "toll"), True),
    ("an \u017fuicide bomber", ("nothing",), True),  # a trap letter: always yes
    ("", ("a",), False),
])
def test_extract_speed4_words_in_answers(text: str, words: tuple[str, ...], expected: bool) -> None:
    assert words_in(text, 0, len(text))(*words) is expected


@pytest.mark.parametrize("text", SENTENCES)
def test_extract_speed4_year_gate_keeps_every_year(text: str) -> None:
    years = mentions._YEAR.findall(text)
    assert not years or "19" in text or "20" in text
