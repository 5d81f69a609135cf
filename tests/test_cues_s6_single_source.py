""""..., a police official told reporters": one official named as the report's source is no target, as several
officials never were; an official who was attacked still is."""
from __future__ import annotations

import pytest

from frontierwatch.extract.cues import best_target


@pytest.mark.parametrize("text", [
    "A suicide bomber struck an FC convoy in the district, killing four soldiers, a police official told reporters.",
    "Four soldiers died when the FC convoy was hit, a police officer said.",
])
def test_cues_single_police_source_not_target(text):
    assert best_target(text)[2] == "security_forces"


@pytest.mark.parametrize("text", [
    "Gunmen shot a police official outside his home.",
    "Militants shot dead a police officer on Monday.",
])
def test_cues_attacked_police_official_still_target(text):
    # near miss: the official is the one attacked
    assert best_target(text)[2] == "police"
