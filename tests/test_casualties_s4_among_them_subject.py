""""Four soldiers were killed and 11 people, among them three civilians, were injured": the breakdown after
"among them" belongs to the injured subject it follows, not to the killed figure before the "and"."""
from __future__ import annotations

import pytest

from frontierwatch.extract.casualties import find_casualties, tally


def _groups(text: str) -> dict:
    return {k: dict(t.groups) for k, t in tally(find_casualties(text, 0, len(text))).items()}


@pytest.mark.parametrize("text", [
    "Four soldiers were martyred and 11 people, among them three civilians, were injured in the blast.",
    "Four soldiers were killed and eleven people, including three civilians, were wounded.",
])
def test_casualties_breakdown_stays_with_its_subject(text):
    assert _groups(text)["killed"] == {"security_forces": 4}


@pytest.mark.parametrize("text,killed", [
    # near misses: the breakdown follows the killed figure itself
    ("Six people were killed, among them two policemen.", {"security_forces": 2, "unspecified": 4}),
    ("Seven people were killed, including three soldiers, when the bomb went off.",
     {"security_forces": 3, "unspecified": 4}),
])
def test_casualties_breakdown_of_the_killed_kept(text, killed):
    assert _groups(text)["killed"] == killed
