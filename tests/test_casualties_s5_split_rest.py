""""Six of the dead were soldiers and three were bystanders": both parts of the toll are counted."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally


def _killed(text: str) -> dict[str, int]:
    t = tally(find_casualties(text, 0, len(text))).get("killed")
    return dict(t.groups) if t else {}


@pytest.mark.parametrize("text,groups", [
    ("Six of the dead were soldiers and three were bystanders.",
     {"security_forces": 6, "civilians": 3}),
    ("Four of those killed were policemen, while one was a passer-by.",
     {"security_forces": 4, "civilians": 1}),
])
def test_casualties_split_rest_after_and(text, groups):
    assert _killed(text) == groups


def test_casualties_split_rest_without_group_not_counted():
    # near miss: "two were taken to hospital" names no victims' group
    text = "Six of the dead were soldiers and two were taken to hospital."
    assert _killed(text).get("civilians") is None
