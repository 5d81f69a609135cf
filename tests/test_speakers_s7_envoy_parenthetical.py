"""'The Pakistani envoy, for his part, said ...': a parenthetical does not hide the subject, and "the envoy"
is the ambassador introduced before."""
from __future__ import annotations

import pytest

from frontierwatch.extract import extract
from frontierwatch.records import Document


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(Document(id="t", text=text, published="2025-06-10")).quotes]


def test_speaker_lexicon_s7_role_titles_load() -> None:
    from frontierwatch.extract.speaker_lexicon import role_titles
    assert "ambassador" in role_titles()["envoy"]


@pytest.mark.parametrize("text, speaker", [
    ("Pakistan's representative for Afghanistan, Ambassador Rafiq Ahmad Tarar, arrived in Kabul on Monday.\n\n"
     'The Pakistani envoy, for his part, said his country wanted "calm and open trade along the whole border."',
     "Rafiq Ahmad Tarar"),
    ("Ambassador Sadia Noor Jan met the minister in Kabul on Monday.\n\n"
     'The envoy said Islamabad wanted "a border that stays open for trade and families."', "Sadia Noor Jan"),
    ("Police said the market reopened.\n\n"
     'The trader, for his part, said "we will rebuild the shop before the winter comes."', "trader"),
])
def test_speakers_s7_envoy_and_parenthetical(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # no ambassador introduced: "the envoy" stays a role, no name made up
    ("Pakistan's special envoy arrived in Kabul on Monday.\n\n"
     'The envoy said his country wanted "a border that stays open for trade and families."', "envoy"),
    # "the minister" is no envoy: the ambassador named before is not taken for him
    ("Ambassador Sadia Noor Jan met officials in Kabul on Monday.\n\n"
     'The minister said Islamabad wanted "a border that stays open for trade and families."', "minister"),
])
def test_speakers_s7_role_without_same_title_stays(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, absent", [
    # a modified role of the other side is not the ambassador named before
    ("Pakistan's representative for Afghanistan, Ambassador Rafiq Ahmad Tarar, arrived in Kabul on Monday.\n\n"
     '"We want the border open for families and trade," the Afghan envoy said.', "Rafiq Ahmad Tarar"),
    # another envoy told in between: a bare "the envoy" is no longer one person
    ("Ambassador Sadia Noor Jan met officials in Kabul on Monday. Later the US special envoy joined the talks.\n\n"
     '"Both sides must keep the crossings open for the winter," the envoy said.', "Sadia Noor Jan"),
])
def test_speakers_s7_envoy_other_side_not_resolved(text: str, absent: str) -> None:
    assert absent not in _speakers(text)
