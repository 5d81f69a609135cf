"""Incident figures: best (latest report wins), low/high across sources, conservative (ACLED)."""
from __future__ import annotations

from datetime import date

import pytest

from frontierwatch.incidents import compute_figures
from frontierwatch.incidents.compat import Report
from frontierwatch.records import Casualties, Event


def rep(key: str, outlet: str | None, published: str | None, injured: int | None = None, **killed) -> Report:
    e = Event(type="attack", date="2024-01-30", killed=Casualties(**killed), injured=injured)
    return Report(key=key, event=e, doc_id=key.split("#")[0], outlet=outlet,
                  published=date.fromisoformat(published) if published else None)


def test_incidents_figures_toll_update_latest_wins():
    early = rep("a#0", "Wire", "2024-01-30", unspecified=17)
    late = rep("b#0", "Daily", "2024-02-01", security_forces=80, civilians=13)
    f = compute_figures([late, early])
    assert f.best == {"security_forces": 80, "civilians": 13} and f.best_total == 93 and f.best_source == "b#0"


@pytest.mark.parametrize("reports, low, high, conservative", [
    # two outlets disagree: low/high span them, conservative is the lower one
    ([rep("a#0", "A", "2024-01-30", civilians=40), rep("b#0", "B", "2024-01-30", civilians=54)], 40, 54, 40),
    # outlet A updates its own figure: its early 5 no longer counts for the conservative figure
    ([rep("a#0", "A", "2024-01-30", civilians=5), rep("a2#0", "A", "2024-01-31", civilians=26),
      rep("b#0", "B", "2024-01-31", civilians=20)], 5, 26, 20),
    # no figures at all
    ([rep("a#0", "A", "2024-01-30")], None, None, None),
])
def test_incidents_figures_competing_claims(reports, low, high, conservative):
    f = compute_figures(reports)
    assert (f.low, f.high, f.conservative) == (low, high, conservative)


def test_incidents_figures_same_day_more_specific_wins():
    lump = rep("a#0", "A", "2024-01-30", unspecified=10)
    split = rep("b#0", "B", "2024-01-30", security_forces=6, civilians=4)
    assert compute_figures([lump, split]).best_source == "b#0"


def test_incidents_figures_injured_and_sources():
    f = compute_figures([rep("a#0", "A", "2024-01-30", injured=100), rep("b#0", "B", "2024-01-31", injured=200)])
    assert (f.injured_best, f.injured_low, f.injured_high, f.sources) == (200, 100, 200, ["A", "B"])
