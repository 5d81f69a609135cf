""""A constable standing at the gate of the house was shot": where the victim stood is no target; a house
attacked ("fired at the house") still is."""
from __future__ import annotations

import pytest

from frontierwatch.extract.cues import best_target


@pytest.mark.parametrize("text", [
    "Constable Ali Raza was present at the door of the house when two men opened fire and killed him.",
    "A constable standing at the gate of the house was shot dead by two men.",
])
def test_cues_victim_place_not_target(text):
    assert best_target(text)[2] == "police"


def test_cues_fired_at_house_still_target():
    # near miss: the house itself was fired at
    assert best_target("Gunmen fired at the house of a tribal elder, wounding his son.")[2] == "civilians"
