"""A district's own figure narrows a wider sentence's figure only when both count the same victims."""
from __future__ import annotations

import pytest

from frontierwatch.extract.tallies import Tally, same_victims


@pytest.mark.parametrize("local, wide, same", [
    # "strikes on X and Y killed nine civilians ... in Z, six civilians were killed": Z's share of the same dead
    ([Tally({"civilians": 6}, 6)], [Tally({"civilians": 9}, 9)], True),
    # "nine people ... six civilians": people may be the same civilians
    ([Tally({"civilians": 6}, 6)], [Tally({"unspecified": 9}, 9)], True),
    # "one of the seven soldiers, buried in A ... the attack in B also killed two shopkeepers": other victims
    ([Tally({"civilians": 2, "militants": 1}, 3)], [Tally({"security_forces": 7}, 7)], False),
    ([Tally({"security_forces": 2}, 2)], [Tally({"civilians": 4}, 4)], False),
])
def test_tallies_s7_same_victims(local: list[Tally], wide: list[Tally], same: bool) -> None:
    assert same_victims(local, wide) is same
