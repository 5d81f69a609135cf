"""Details a live blog gives: a truck bomb set off at a gate before the camp is stormed is a suicide bombing;
"the wounded number has climbed to N" is the latest count of the hurt; a correspondent "reporting from X" does
not place the incident in X; "in a village" where gunmen fired "on the team" is not the target."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally
from frontierwatch.extract.cues import best_target
from frontierwatch.extract.events import violence_events
from frontierwatch.extract.text import split_sentences
from frontierwatch.records import Document


def _events(text: str) -> list:
    doc = Document(id="t1", url="u", outlet="o", published="2026-05-06", title="Camp attack", text=text)
    return violence_events(doc, split_sentences(doc.text))


@pytest.mark.parametrize("text", [
    "Fighters detonated a truck bomb at the gate of an army camp in Bannu district on Tuesday before trying to "
    "storm it, officials said.",
    "Militants set off a car bomb outside the fort in Tank district on Tuesday and then stormed the compound.",
])
def test_events_vehicle_bomb_then_storm_suicide(text):
    assert [e.tactic for e in _events(text)] == ["suicide_bombing"]


def test_events_storm_without_vehicle_bomb_assault():
    # near miss: a storming with no vehicle bomb
    text = "Militants stormed a police station in Tank district on Tuesday, killing two constables."
    assert [e.tactic for e in _events(text)] == ["armed_assault"]


@pytest.mark.parametrize("text,n", [
    ("Our correspondent says the wounded number has also climbed to 24.", 24),
    ("Officials said the number of injured rose to 31 overnight.", 31),
    ("The toll stood at seven, taking the number of wounded to 12.", 12),
])
def test_casualties_injured_count_climbed(text, n):
    t = tally(find_casualties(text, 0, len(text))).get("injured")
    assert t is not None and t.total == n


def test_casualties_wounded_number_does_not_touch_killed():
    # near miss: the climbing figure is the wounded one, not a death toll
    text = "Officials said the wounded number has climbed to 24."
    assert tally(find_casualties(text, 0, len(text))).get("killed") is None


@pytest.mark.parametrize("verb", ["reporting", "writing"])
def test_events_correspondent_town_not_scene(verb):
    text = ("Gunmen attacked a checkpoint in Bannu district on Tuesday, killing three soldiers. Our correspondent, "
            f"{verb} from Islamabad, says the wounded number has also climbed to 9.")
    assert [(e.admin2, e.injured) for e in _events(text)] == [("Bannu", 9)]


@pytest.mark.parametrize("text,target", [
    ("Two gunmen opened fire on the team in a village near the school and fled.", None),
    ("Two gunmen opened fire on the police van in a village near the school and fled.", "police"),
])
def test_cues_village_after_in_not_target(text, target):
    got = best_target(text)
    assert (got[2] if got is not None and got[0] == 0 else None) == target


@pytest.mark.parametrize("text,target", [
    ("Militants fired rockets on a village, wounding four people.", "civilians"),  # near miss: the village was hit
    ("A suicide bomber struck a mosque in the police compound, killing 30.", "police"),  # near miss: not a village
])
def test_cues_aimed_target_kept(text, target):
    got = best_target(text)
    assert got is not None and got[2] == target
