"""Target cues: a speaker's title followed by a long name is a source, a guard's charge ("guarding a team of
vaccinators") is not the target, and the national registration authority's staff are government."""
from __future__ import annotations

import pytest

from frontierwatch.extract.cues import best_target


@pytest.mark.parametrize("text,target", [
    # the title of the one who spoke, before a place and a three-word name
    ("Deputy Commissioner Kalat Rahim Bakhsh Marri said the gunmen stopped the bus and opened fire on the passengers.",
     "civilians"),
    # the guard's charge, written as "a team of ..."
    ("Constable Zahid was guarding a team of vaccinators in the village when two men opened fire on him.",
     "police"),
    ("Two staff members of NADRA were kidnapped from their van near the camp.", "government"),
    ("Gunmen abducted two employees of the National Database and Registration Authority near the camp.",
     "government"),
])
def test_cues_target(text, target):
    assert best_target(text)[2] == target


@pytest.mark.parametrize("text,target", [
    ("Gunmen shot dead Deputy Commissioner Rahim Bakhsh Marri near his office.", "government"),
    ("Two men on a motorcycle opened fire on a team of vaccinators in the village.", "civilians"),
])
def test_cues_target_near_miss(text, target):
    assert best_target(text)[2] == target
