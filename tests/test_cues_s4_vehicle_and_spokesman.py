"""A vehicle packed with explosives driven into a convoy is a suicide attack; the body a spokesman speaks for
("a spokesman for the city's police command") is a source, not the target."""
from __future__ import annotations

import pytest

from frontierwatch.extract.cues import best_tactic, best_target


@pytest.mark.parametrize("text", [
    "Four soldiers were martyred after a vehicle packed with explosives was driven into their convoy.",
    "A pickup was driven into the gate of the camp and exploded, killing two guards.",
])
def test_cues_vehicle_driven_into_is_suicide(text):
    assert best_tactic(text)[1] == "suicide_bombing"


def test_cues_parked_car_bomb_stays_ied():
    # near miss: a car bomb left parked and set off
    assert best_tactic("A car bomb parked outside the market went off, killing three people.")[1] == "ied"


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
