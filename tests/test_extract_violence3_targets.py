"""A bare checkpost stormed, whose dead are policemen, is a police target; soldiers (or a named police post)
keep their own target. Our own invented sentences."""
from __future__ import annotations

import pytest

from frontierwatch.extract.cues import best_target


@pytest.mark.parametrize("text, target", [
    ("Three policemen were martyred when militants stormed the Kot checkpost in Bannu.", "police"),
    ("Militants attacked a checkpoint near Tank, killing two policemen.", "police"),
    # near misses: the post's men are soldiers, or both soldiers and police were hit
    ("Three soldiers were martyred when militants stormed the Kot checkpost in Bannu.", "security_forces"),
    ("Two soldiers and a policeman were killed when militants stormed a checkpost in Bannu.", "security_forces"),
])
def test_violence3_bare_checkpost_held_by_police_is_a_police_target(text: str, target: str) -> None:
    best = best_target(text)
    assert best is not None and best[2] == target
