"""Relations index: documented weights, weekly mean tone, visible components."""
from datetime import date

import pytest

from frontierwatch.analytics.relations import index_from_rows, load_weights, relations_index, weigh
from frontierwatch.analytics.testing import sample_db


@pytest.mark.parametrize("row,expect", [
    ({"type": "cross_border", "tactic": "shelling"}, ("cross_border", -10.0)),
    ({"type": "cross_border", "tactic": None}, ("cross_border", -9.5)),
    ({"type": "border_crossing", "status": "closed"}, ("crossings", -4.0)),
    ({"type": "diplomacy", "action": "agreement"}, ("diplomacy", 8.0)),
    ({"type": "refugees", "action": "deportation"}, ("refugees", -5.0)),
    ({"type": "attack"}, None),
])
def test_analytics_relations_weights(row, expect):
    assert weigh(row, load_weights()) == expect


def test_analytics_relations_index_weekly_components():
    weeks = relations_index(sample_db(), week_start="friday")
    by = {w.week_start: w for w in weeks}
    wk = by[date(2025, 9, 12)]
    # shelling -10, Torkham reopened +4, Chaman closed -4, deadline -4, talks +4 -> -10 / 5
    assert (wk.count, wk.total_weight, wk.index) == (5, -10.0, -2.0)
    assert wk.components["cross_border"].incident_ids == ["x1"]
    assert by[date(2025, 8, 29)].index == -4.0  # Torkham closed 2025-09-01
    assert by[date(2025, 9, 5)].count == 0 and by[date(2025, 9, 5)].index is None  # gap week kept


def test_analytics_relations_empty():
    assert index_from_rows([]) == []
