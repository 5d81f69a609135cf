"""'Foreign Office spokesperson Sadia Jan put it bluntly: "..."': a post and a name opening the sentence
introduce a quote after a colon, with no speech verb."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(Document(id="t", text=text, published="2025-06-10")).quotes]


@pytest.mark.parametrize("text, speaker", [
    ('Talks have stalled.\n\nForeign Office spokesperson Mumtaz Zahra Baloch put it bluntly last week: "Our patience '
     'is not unlimited. The border must stay calm."', "Mumtaz Zahra Baloch"),
    ('Trade fell again.\n\nChamber of Commerce president Zubair Motiwala summed up the mood: "Nobody can plan a '
     'business like this. We need the gate open."', "Zubair Motiwala"),
])
def test_appositions_s7_post_and_name_before_colon(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    # the word before the name is no person role: no speaker made from it
    'Talks have stalled.\n\nForeign Office building Block Ali Shah stood empty last week: "Our patience is not '
    'unlimited. The border must stay calm."',
])
def test_appositions_s7_non_role_before_name_no_speaker(text: str) -> None:
    assert "Ali Shah" not in _speakers(text)


@pytest.mark.parametrize("text, speaker", [
    # a lower-case owner word before the role ("government"), a dateline before the post, a title as the role
    ('Talks stalled.\n\nSindh government spokesman Karim Dad put it simply: "We cannot wait. The trucks must move."',
     "Karim Dad"),
    ('PESHAWAR: Interior Ministry spokesman Karim Dad summed it up: "We cannot wait. The trucks must move."',
     "Karim Dad"),
    ('Trade fell.\n\nTorkham Traders Union president Karim Dad put it bluntly: "We cannot wait. The trucks must move."',
     "Karim Dad"),
])
def test_appositions_s7_owner_dateline_title_before_colon(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
