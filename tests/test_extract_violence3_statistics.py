"""A day of the month before an incident noun ("the March 3 air strikes") is a date, not a count of
incidents; real counts ("three air strikes", "12 attacks") stay statistics."""
from __future__ import annotations

import pytest

from frontierwatch.extract.cues import statistic_spans


@pytest.mark.parametrize("text, n", [
    ("Tensions rose after the March 3 air strikes in the east.", 0),
    ("Tensions rose after the Sept. 14 attacks in the east.", 0),
    ("Tensions rose after the October 9 bombings in the east.", 0),
    # near misses: real counts of incidents
    ("Tensions rose after three air strikes in the east.", 1),
    ("In March 12 attacks were recorded in the east.", 1),
])
def test_violence3_month_day_is_not_a_count_of_incidents(text: str, n: int) -> None:
    assert len(statistic_spans(text)) == n
