"""A sticky or magnetic mine attached to a vehicle is an improvised explosive device, in singular and plural; two
men "riding a motorcycle" who open fire on one person carry out a targeted killing (a bomb on one stays a bomb)."""
from __future__ import annotations

import pytest

from frontierwatch.extract.cues import best_tactic


@pytest.mark.parametrize("text", [
    "A sticky mine attached to a motorcycle went off near the checkpoint.",
    "Two magnetic mines were planted under the official's car.",
    "Attackers used sticky bombs against the patrol.",
])
def test_cues_attached_mine_is_ied(text):
    got = best_tactic(text)
    assert got is not None and got[1] == "ied"


def test_cues_mine_clearance_word_alone_no_tactic():
    # near miss: "mined" data or a coal mine is no weapon
    assert best_tactic("Workers at a coal mine in the district went on strike.") is None


@pytest.mark.parametrize("text", [
    "Two men riding a motorcycle opened fire on the lawyer outside his office.",
    "Gunmen riding a motorbike shot the constable at the gate.",
])
def test_cues_gunmen_riding_motorcycle_targeted_killing(text):
    assert best_tactic(text)[1] == "targeted_killing"


def test_cues_bomb_on_motorcycle_stays_ied():
    # near miss: the motorcycle carried the bomb
    assert best_tactic("A roadside bomb exploded near two men riding a motorcycle.")[1] == "ied"
