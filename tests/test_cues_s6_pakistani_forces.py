""""targeted a vehicle of Pakistani forces": the country's forces named by nationality are a security-forces
target; the same words as the report's source are not."""
from __future__ import annotations

import pytest

from frontierwatch.extract.cues import best_target


@pytest.mark.parametrize("text", [
    "Militants targeted a vehicle of Pakistani forces with a bomb in the district.",
    "Gunmen ambushed Pakistani troops near the border.",
    "Fighters attacked Pakistani soldiers guarding the road.",
])
def test_cues_pakistani_forces_target(text):
    assert best_target(text)[2] == "security_forces"


@pytest.mark.parametrize("text,want", [
    ("Gunmen shot dead a shopkeeper in the bazaar, Pakistani forces said.", "civilians"),
    ("Pakistani forces said the attackers fled.", None),
])
def test_cues_pakistani_forces_as_source_not_target(text, want):
    # near miss: the forces speak, they were not attacked
    got = best_target(text)
    assert (got[2] if got else None) == want
