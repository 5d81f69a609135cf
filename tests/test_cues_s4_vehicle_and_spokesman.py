"""A vehicle packed with explosives driven into a convoy is a suicide attack (a car merely driven into
something is not); the body a spokesman speaks for
("a spokesman for the city's police command") is a source, not the target."""
from __future__ import annotations

import pytest

from frontierwatch.extract.cues import best_tactic, best_target


@pytest.mark.parametrize("text", [
    "Four soldiers were martyred after a vehicle packed with explosives was driven into their convoy.",
    "A pickup packed with explosives rammed the gate of the camp, killing two guards.",
])
def test_cues_vehicle_driven_into_is_suicide(text):
    assert best_tactic(text)[1] == "suicide_bombing"


@pytest.mark.parametrize("text,tactic", [
    # near misses: a car bomb left parked and set off; a van driven into a wall after the gunmen fired on it
    ("A car bomb parked outside the market went off, killing three people.", "ied"),
    ("Gunmen opened fire on a police van, which was then driven into a wall.", "armed_assault"),
])
def test_cues_no_suicide_without_its_words(text, tactic):
    assert best_tactic(text)[1] == tactic


@pytest.mark.parametrize("text", [
    "Karim Jan, a spokesman for the provincial police command, confirmed the blast on the minibus.",
    "A spokesperson of the city police department said the passengers were mostly students.",
])
def test_cues_spokesman_body_is_no_target(text):
    t = best_target(text)
    assert t is None or t[2] != "police"


def test_cues_police_as_object_still_target():
    # near miss: the police are what was attacked
    assert best_target("Gunmen opened fire on a police van near the market.")[2] == "police"
