""""Wounded his police escort": the escort is one policeman even with no count written; "police escort vehicle"
is a thing, not a victim."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally


def _hurt(text: str) -> dict[str, int]:
    t = tally(find_casualties(text, 0, len(text))).get("injured")
    return dict(t.groups) if t else {}


@pytest.mark.parametrize("text,groups", [
    ("Gunmen shot dead a health worker and wounded his police escort near the school.", {"security_forces": 1}),
    ("Three police escorts were wounded when the convoy came under fire.", {"security_forces": 3}),
])
def test_casualties_police_escort_counted(text, groups):
    assert _hurt(text) == groups


@pytest.mark.parametrize("text", [
    # near miss: the escort named as the attacked party, not as a casualty
    "The police escort returned fire and the attackers fled.",
])
def test_casualties_police_escort_near_miss(text):
    assert _hurt(text) == {}
