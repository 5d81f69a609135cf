"""Incident config: every knob documented, help text free of corpus place names, `other` a symmetric wildcard."""
from __future__ import annotations

import pytest

from frontierwatch.incidents.compat import values_compatible
from frontierwatch.incidents.config import HELP, ResolveConfig, describe

TACTICS = ("suicide_bombing", "ied", "armed_assault", "targeted_killing", "kidnapping", "grenade",
           "rocket_mortar", "air_strike", "drone_strike", "shelling", "hijacking", "raid")
TARGETS = ("security_forces", "police", "civilians", "government", "foreigners", "infrastructure")


def test_incidents_config_every_knob_has_help() -> None:
    names = [name for name, _default, help_text in describe() if help_text.strip()]
    assert set(names) == set(HELP) and len(names) == len(ResolveConfig.__slots__)


def test_incidents_config_undated_threshold_is_inside_its_measured_range() -> None:
    assert 0.08 <= ResolveConfig().undated_min_similarity <= 0.12
    assert "0.08" in HELP["undated_min_similarity"] and "0.12" in HELP["undated_min_similarity"]


@pytest.mark.parametrize("field, value", [("tactic", t) for t in TACTICS] + [("target", t) for t in TARGETS])
def test_incidents_config_other_is_compatible_both_ways(field: str, value: str) -> None:
    assert values_compatible(field, "other", value) and values_compatible(field, value, "other")


@pytest.mark.parametrize("field, a, b", [
    ("tactic", "ied", "armed_assault"), ("tactic", "air_strike", "kidnapping"), ("target", "civilians", "police"),
])
def test_incidents_config_other_does_not_join_distinct_values(field: str, a: str, b: str) -> None:
    assert not values_compatible(field, a, b)
