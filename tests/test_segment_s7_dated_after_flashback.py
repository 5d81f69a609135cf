""""Unrest returned in 2022, when a bomb in Bannu ... This year, on March 3, gunmen killed four ...": a dated
incident with its own dead, told after a dateless flashback in the same district, is an event of its own, not
part of the history. Our own invented reports (published 2025-03-12, a Wednesday); real gazetteer."""
from __future__ import annotations

import pytest

from violence_helpers import killed, run

_FLASHBACK = ("Violence returned to the district in 2022, when a bomb hidden in a cart killed nine shoppers in a "
              "market in Bannu and set off weeks of unrest. ")


@pytest.mark.parametrize("text, day, dead", [
    (_FLASHBACK + "On March 3, gunmen ambushed a police van near Bannu, killing four constables.", "2025-03-03",
     {"security_forces": 4}),
    (_FLASHBACK + "On Monday, a roadside bomb killed two traders outside Bannu.", "2025-03-10", {"civilians": 2}),
])
def test_segment_s7_dated_incident_after_flashback(text: str, day: str, dead: dict) -> None:
    evs = run(text)
    assert len(evs) == 1 and evs[0]["date"] == day and killed(evs[0]) == dead


@pytest.mark.parametrize("text", [
    # near misses: the flashback told on, with no day of its own, and a dated remark with no dead
    _FLASHBACK + "Four of the wounded later died in hospital in Bannu.",
    _FLASHBACK + "On March 3, traders in Bannu marked the day with a strike.",
])
def test_segment_s7_flashback_detail_stays_history(text: str) -> None:
    assert run(text) == []
