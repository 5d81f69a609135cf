"""Soft conflicts: two compatible-but-different details with nothing specific shared keep reports apart."""
from __future__ import annotations

import pytest

from frontierwatch.incidents import assign_incidents
from frontierwatch.incidents.compat import soft_conflicts
from frontierwatch.records import Casualties, Event


def ev(doc: str, **kw) -> Event:
    base = dict(type="attack", date="2024-11-03", country="PK", admin1="Khyber Pakhtunkhwa", admin2="Tank")
    base.update(kw)
    killed = base.pop("killed", None)
    return Event(doc_id=doc, killed=Casualties(**killed) if killed else Casualties(), **base)


@pytest.mark.parametrize("a_kw, b_kw, merged", [
    # one loose detail (bombing told as an IED) is one report's wording: merge
    ({"tactic": "suicide_bombing", "target": "police"}, {"tactic": "ied", "target": "police"}, True),
    # tactic AND target differ, tolls differ: two attacks in one district on adjacent days
    ({"tactic": "targeted_killing", "target": "police", "killed": {"security_forces": 1}},
     {"date": "2024-11-04", "tactic": "armed_assault", "target": "government", "killed": {"security_forces": 3}},
     False),
    # the same two loose details but the same toll: one attack told two ways
    ({"tactic": "targeted_killing", "target": "police", "killed": {"security_forces": 2}},
     {"tactic": "armed_assault", "target": "government", "killed": {"unspecified": 2}}, True),
    # ... or the same named place
    ({"tactic": "targeted_killing", "target": "police", "place": "Gul Imam bazaar"},
     {"tactic": "armed_assault", "target": "government", "place": "Gul Imam"}, True),
    # abductions of different people: officials vs workers, four vs three taken
    ({"tactic": "kidnapping", "target": "government", "abducted": 4},
     {"date": None, "tactic": "kidnapping", "target": "civilians", "abducted": 3}, False),
    ({"tactic": "kidnapping", "target": "government", "abducted": 4},
     {"date": None, "tactic": "kidnapping", "target": "civilians", "abducted": 4}, True),
    # an equal kind of attack is no specific fact: same tactic does not excuse two other differences
    ({"tactic": "ied", "target": "police", "perpetrator": "TTP"},
     {"tactic": "ied", "target": "government", "perpetrator": "JuA"}, False),
    # 'other' is no claim, so it is no conflict
    ({"tactic": "other", "target": "police"}, {"tactic": "ied", "target": "government"}, True),
])
def test_incidents_soft_conflicts_merge_rule(a_kw, b_kw, merged):
    a, b = ev("doc-a", **a_kw), ev("doc-b", **b_kw)
    assign_incidents([a, b])
    assert (a.incident == b.incident) is merged


@pytest.mark.parametrize("a_kw, b_kw, n", [
    ({}, {}, 0),
    ({"tactic": "ied"}, {"tactic": None}, 0),
    ({"tactic": "ied", "target": "police"}, {"tactic": "grenade", "target": "police"}, 1),
    ({"tactic": "ied", "perpetrator": "TTP"}, {"tactic": "grenade", "perpetrator": "JuA"}, 2),
    ({"abducted": 2}, {"abducted": 5}, 1),
])
def test_incidents_soft_conflicts_counted(a_kw, b_kw, n):
    assert soft_conflicts(ev("a", **a_kw), ev("b", **b_kw), ("perpetrator", "tactic", "target", "abducted")) == n
