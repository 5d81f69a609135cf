"""State forces' "attacks" become cross-border clashes; militant attacks stay attacks."""
from __future__ import annotations

import pytest

from frontierwatch.extract.events_post import state_attacks
from frontierwatch.records import Event, Evidence

_FORCES = [Evidence(text="Afghan forces opened fire on Pakistani posts, killing two soldiers.", start=0, end=10)]


@pytest.mark.parametrize("country,perp,tactic,want_perp", [
    ("PK", "TTA", "shelling", "TTA"),
    (None, "TTA", "armed_assault", "TTA"),
    ("AF", None, "drone_strike", "PK_SF"),
    ("AF", None, "air_strike", "PK_SF"),
])
def test_events_post_state_attack_becomes_cross_border(country, perp, tactic, want_perp):
    ev = Event(type="attack", country=country, perpetrator=perp, tactic=tactic, target="security_forces",
               evidence=list(_FORCES))
    out = state_attacks([ev])
    assert out[0].type == "cross_border"
    assert out[0].perpetrator == want_perp
    assert out[0].target is None


@pytest.mark.parametrize("country,perp,tactic,claimed", [
    ("AF", "ISKP", "ied", "ISKP"),          # a militant bombing in Afghanistan
    ("AF", None, "ied", None),              # an unclaimed roadside bomb there
    ("PK", None, "drone_strike", None),     # militants' quadcopter in Pakistan
    ("PK", "TTP", "armed_assault", None),
    ("AF", "TTA", "armed_assault", None),   # Taliban forces acting on their own soil
    ("PK", "TTA", "armed_assault", "TTA"),  # a claim makes it a group's attack
])
def test_events_post_militant_attack_stays_attack(country, perp, tactic, claimed):
    ev = Event(type="attack", country=country, perpetrator=perp, tactic=tactic, claimed_by=claimed,
               evidence=list(_FORCES))
    assert state_attacks([ev])[0].type == "attack"


def test_events_post_taliban_named_without_forces_stays_attack():
    said = [Evidence(text="The Afghan Taliban condemned the attack on the post.", start=0, end=10)]
    ev = Event(type="attack", country="PK", perpetrator="TTA", tactic="armed_assault", evidence=said)
    assert state_attacks([ev])[0].type == "attack"


@pytest.mark.parametrize("tactic,want", [(None, "armed_assault"), ("shelling", "shelling")])
def test_events_post_state_attack_default_tactic(tactic, want):
    ev = Event(type="attack", country="PK", perpetrator="TTA", tactic=tactic, evidence=list(_FORCES))
    assert state_attacks([ev])[0].tactic == want
