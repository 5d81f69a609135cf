"""A name given with an age in commas ("Name, 61, who ...") is a person a later "he"/"she" can be."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(Document(id="t", text=text, published="2025-03-01")).quotes]


@pytest.mark.parametrize("text, speaker", [
    ('Traders said the market had been shut for a week. For Rahim Dad, 61, who sells dried fruit in the bazaar, '
     'the reopening came too late. "We lost the whole season," he said.', "Rahim Dad"),
    ('Officials said the camp would stay open. Bibi Zarmina, aged 47, has lived there since childhood. '
     '"This is the only home my children know," she said.', "Bibi Zarmina"),
])
def test_appositions_s7_aged_name_is_the_pronoun_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, not_speaker", [
    # a figure in commas after a place or a count is no age of a person
    ('Police said the road reopened. In Peshawar, 12, shops stayed shut. "We will reopen on Monday," he said.', "Peshawar"),
    ('The district commissioner, Amjad Ali, spoke to traders. In March, 14, people were held. "The curfew is over," he said.', "March"),
])
def test_appositions_s7_figure_after_non_person_is_no_speaker(text: str, not_speaker: str) -> None:
    assert not_speaker not in _speakers(text)
