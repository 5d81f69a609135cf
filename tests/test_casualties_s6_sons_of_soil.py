""""Two brave sons of the soil embraced shahadat": the military's phrase for its own dead is soldiers, and named
soldiers in apposition to it are the same two, not two more; a family's sons stay civilians."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally


def _killed(text: str) -> dict[str, int]:
    t = tally(find_casualties(text, 0, len(text))).get("killed")
    return dict(t.groups) if t else {}


@pytest.mark.parametrize("text,groups", [
    ("Two sons of the soil, Naik Ali Khan and Sepoy Gul Zaman, embraced shahadat.", {"security_forces": 2}),
    ("During the firefight, three brave sons of the soil laid down their lives.", {"security_forces": 3}),
    ("A brave son of the soil, Sepoy Gul Zaman, embraced shahadat.", {"security_forces": 1}),
])
def test_casualties_sons_of_soil_are_soldiers(text, groups):
    assert _killed(text) == groups


@pytest.mark.parametrize("text", [
    "His two sons were shot dead in the market.",
    "A farmer and his son were killed when the shell hit their house.",
])
def test_casualties_family_sons_stay_civilians(text):
    # near miss: a family's sons are no soldiers
    assert set(_killed(text)) == {"civilians"}
