"""Speakers introduced by a title with its office, by a relation in apposition, or with a ministry acronym."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(Document(id="t", text=text, published="2025-03-01")).quotes]


@pytest.mark.parametrize("text, speaker", [
    # a title, its office, then the holder's name as subject of a coordinated speech verb
    ('Inspector General of Police Rashid Ali Kundi thanked the teams and stated that "the campaign will go on".',
     "Rashid Ali Kundi"),
    ('Commissioner for Refugees Noor Ahmad Zai visited the camp and said that "the tents are not enough".',
     "Noor Ahmad Zai"),
    # a relation in apposition, then "he said"
    ('Her brother, Tariq Mehsud, spoke to reporters outside the hospital. "She was a careful driver," he said.',
     "Tariq Mehsud"),
    ('His lawyer, Sana Ullah Khan, met journalists on Friday. "The charges are invented," he said.', "Sana Ullah Khan"),
    # "Minister of State" is a title; a ministry's acronym after "for" is its office
    ('Minister of State for Interior Bilal Ahmed Shah met the traders. "No more delays," he said.', "Bilal Ahmed Shah"),
    ('Minister of State for NADRA Bilal Ahmed Shah met the traders. "No more delays," he said.', "Bilal Ahmed Shah"),
    ('Minister for NADRA Bilal Shah said: "No more delays."', "Bilal Shah"),
])
def test_extract_quotes3_speakers_named_holder(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # near-misses that must not change: an office with no holder named, a body after "his party"
    ('Governor of Sindh thanked the teams and stated that "the campaign will go on".', None),
    ('His son, Tariq Mehsud, was also hurt. "It was chaos," a doctor said.', "doctor"),
    ('The Minister of State said: "No more delays."', "Minister of State"),
    ('NADRA Bilal Shah said: "No more delays."', "NADRA Bilal Shah"),
])
def test_extract_quotes3_speakers_near_misses(text: str, speaker: str | None) -> None:
    assert _speakers(text) == ([speaker] if speaker else [])
