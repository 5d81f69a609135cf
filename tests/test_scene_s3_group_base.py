"""Where a group is based is not the scene of what it claims; vocabulary for paramilitary victims."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties
from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document

_LEAD = "Nine soldiers were killed on Tuesday when a bomb hit their convoy in Bannu district. "


def _events(tail: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-02-04", title="Convoy bombed", text=_LEAD + tail)
    return [e for e in violence_events(doc, split_sentences(doc.text)) if e.type == "attack"]


@pytest.mark.parametrize("tail", [
    "A splinter group, a network that operates from the Kurram region, said one of its men carried out the bombing.",
    "The Jamaat-ul-Ahrar, headquartered in Khyber district, said its fighter carried out the bombing.",
    "A faction operating out of the Orakzai area said it carried out the bombing.",
])
def test_scene_group_base_is_not_a_new_attack(tail):
    evs = _events(tail)
    assert [e.admin2 for e in evs] == ["Bannu"]


def test_scene_attack_in_named_district_still_new():
    evs = _events("On Monday, gunmen attacked a police post in Kurram district, killing two constables.")
    assert sorted(e.admin2 for e in evs) == ["Bannu", "Kurram"]


@pytest.mark.parametrize("text,group,value", [
    ("Twelve members of the Frontier Corps and two civilians were killed.", "security_forces", 12),
    ("Four members of the Frontier Corps were injured in the blast.", "security_forces", 4),
])
def test_casualties_members_of_paramilitary(text, group, value):
    got = [(m.group, m.value) for m in find_casualties(text)]
    assert (group, value) in got


def test_casualties_paramilitary_as_speaker_is_not_a_victim():
    got = [(m.group, m.value) for m in find_casualties("The Frontier Corps said three militants were killed.")]
    assert got == [("militants", 3)]
