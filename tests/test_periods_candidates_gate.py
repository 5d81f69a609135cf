"""A sentence naming a year always gets period patterns to try, whatever the cheap year gate skips."""
from __future__ import annotations

import pytest

from frontierwatch.extract import periods as P


@pytest.mark.parametrize("text, has_year", [("In 2023, 40 attacks were recorded.", True), ("Back in 1998 it rose.", True),
                                            ("A total of 2019 people came.", True), ("Some 45 attacks took place.", False),
                                            ("There were twenty attacks.", False), ("Code 20x19 was used.", False),
                                            ("The 2050 plan.", False), ("\u0130n 2021 it fell.", True)])
def test_periods_candidates_year_gate(text: str, has_year: bool) -> None:
    assert bool(P._HINT_YEAR.search(text)) is has_year
    if has_year:
        assert any(kind == "year" for kind, _ in P._candidates(text))
    else:
        assert P._candidates(text) == [] or P._HINT.search(text) is not None
