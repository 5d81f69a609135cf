"""Whom an attack killed outranks whom it also hurt when choosing its target."""
from __future__ import annotations

import pytest

from frontierwatch.extract.cues import best_target


@pytest.mark.parametrize("text,want", [
    ("Two gunmen opened fire on the team, killing a constable and injuring a vaccinator.", "police"),
    ("The attackers fired at the convoy, killing two policemen and wounding three vaccinators.", "police"),
])
def test_cues_killed_beats_wounded_target(text, want):
    assert best_target(text)[2] == want


@pytest.mark.parametrize("text,want", [
    ("Gunmen opened fire on polio vaccinators, killing them, while a policeman escaped.", "civilians"),
    ("A blast went off near a police van, injuring two vaccinators.", "civilians"),
])
def test_cues_wound_aim_alone_still_counts(text, want):
    assert best_target(text)[2] == want
