"""Border-crossing closed periods: durations, open-ended closures, missing closures, repeats."""
from datetime import date

import pytest

from frontierwatch.analytics import crossings_timeline
from frontierwatch.analytics.crossings import spans_from_rows
from frontierwatch.analytics.testing import sample_db


def _r(i, d, status, crossing="Torkham"):
    return {"incident_id": i, "type": "border_crossing", "date": date.fromisoformat(d), "status": status,
            "crossing": crossing}


@pytest.mark.parametrize("rows,expect", [
    ([_r("a", "2025-01-01", "closed"), _r("b", "2025-01-11", "reopened")],
     [(date(2025, 1, 1), date(2025, 1, 11), 10, False, [])]),
    ([_r("a", "2025-01-01", "closed"), _r("b", "2025-01-05", "closed"), _r("c", "2025-01-08", "partially_reopened")],
     [(date(2025, 1, 1), date(2025, 1, 8), 7, False, ["closure reported again"])]),
    ([_r("a", "2025-01-03", "reopened")], [(None, date(2025, 1, 3), None, False, ["no recorded closure"])]),
    ([_r("a", "2025-01-20", "closed")], [(date(2025, 1, 20), None, 11, True, ["no reopening recorded up to 2025-01-31"])]),
    ([_r("a", "2024-10-01", "closed"), _r("b", "2024-12-01", "closed"), _r("c", "2024-12-05", "reopened")],
     [(date(2024, 10, 1), None, None, False, ["missing reopening (closed again on 2024-12-01)"]),
      (date(2024, 12, 1), date(2024, 12, 5), 4, False, [])]),
    ([_r("a", "2025-01-01", "closed"), _r("b", "2025-01-02", "reopened"), _r("c", "2025-01-10", "closed"),
      _r("d", "2025-01-15", "reopened")],
     [(date(2025, 1, 1), date(2025, 1, 2), 1, False, []), (date(2025, 1, 10), date(2025, 1, 15), 5, False, [])]),
])
def test_analytics_crossings_spans(rows, expect):
    spans = spans_from_rows(rows, reference=date(2025, 1, 31))["Torkham"]
    assert [(s.closed_on, s.reopened_on, s.days, s.open_ended, s.flags) for s in spans] == expect


def test_analytics_crossings_timeline_from_db():
    tl = crossings_timeline(sample_db(), reference=date(2025, 9, 30))
    assert [(s.days, s.incident_ids) for s in tl["Torkham"]] == [(15, ["t1", "t2"])]
    assert tl["Chaman"][0].open_ended and tl["Chaman"][0].days == 16


def test_analytics_crossings_as_of_hides_later_reopening():
    tl = crossings_timeline(sample_db(), as_of="2024-12-31")
    assert tl == {}  # nothing ingested yet (sample rows are ingested 2025-01-01)
