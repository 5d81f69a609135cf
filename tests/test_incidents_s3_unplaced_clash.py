"""A cross-border clash told with no place is the same day's placed clash fired by the same side."""
from __future__ import annotations

import pytest

from frontierwatch.incidents import assign_incidents
from frontierwatch.records import Casualties, Event


def ev(doc: str, **kw) -> Event:
    base = dict(type="cross_border", date="2026-03-26", country="PK", admin1="Khyber Pakhtunkhwa", admin2="Kurram",
                perpetrator="TTA")
    base.update(kw)
    killed = base.pop("killed", None)
    return Event(doc_id=doc, killed=Casualties(**killed) if killed else Casualties(), **base)


@pytest.mark.parametrize("b_kw", [
    {"country": None, "admin1": None, "admin2": None, "killed": {"security_forces": 19}},
    {"admin1": None, "admin2": None},
])
def test_incidents_unplaced_clash_joins_placed(b_kw):
    a, b = ev("doc-a", killed={"security_forces": 3}), ev("doc-b", **b_kw)
    assign_incidents([a, b])
    assert a.incident is not None and a.incident == b.incident


@pytest.mark.parametrize("b_kw", [
    {"country": None, "admin1": None, "admin2": None, "date": "2026-03-24"},     # another day
    {"country": None, "admin1": None, "admin2": None, "perpetrator": "PK_SF"},   # the other side's fire
    {"country": None, "admin1": None, "admin2": None, "perpetrator": None},      # side unknown
    {"type": "attack", "country": None, "admin1": None, "admin2": None, "perpetrator": None},
])
def test_incidents_unplaced_clash_kept_apart(b_kw):
    a_kw = {"type": b_kw["type"]} if "type" in b_kw else {}
    a, b = ev("doc-a", **a_kw), ev("doc-b", **b_kw)
    assign_incidents([a, b])
    assert a.incident != b.incident
