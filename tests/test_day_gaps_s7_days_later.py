""""Three days later, troops raided ...": an incident dated N days after (or before) the one told before it;
"the following morning" is the next day; "the next day" keeps its own offset, and a figure of days that is no offset is ignored."""
from __future__ import annotations

import pytest

from frontierwatch.extract.day_gaps import relative_days
from violence_helpers import run


@pytest.mark.parametrize("text, off", [
    ("Three days later, security forces raided a compound in the valley.", 3),
    ("Two days earlier, gunmen had torched a school nearby.", -2),
    ("The next day, police arrested four suspects.", 1),
    ("Shells landed on the village the following morning, killing a farmer.", 1),
    ("On the next night, gunmen returned to the post.", 1),
    # near miss: a morning that is no step from the incident before
    ("Shops in the bazaar open every morning despite the curfew.", None),
    # near misses: days as a duration, not a step from the incident before
    ("The road stayed closed for three days after the ambush.", None),
    ("Police said the curfew would last five days.", None),
])
def test_day_gaps_s7_relative_days(text: str, off: int | None) -> None:
    assert relative_days(text) == off


def test_day_gaps_s7_operation_two_days_after_attack() -> None:
    evs = run("Gunmen ambushed a police van near Bannu on Monday, killing three constables. Two days later, "
              "security forces launched an operation in Lakki Marwat and killed four militants.")
    assert sorted(e["date"] for e in evs) == ["2025-03-10", "2025-03-12"]
