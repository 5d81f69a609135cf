"""Python API (frontierwatch.analytics.api.open) and agreement with the incidents package's as-of view."""
from datetime import datetime

import pandas as pd
import pytest

from frontierwatch.analytics import api, get_incident, list_incidents, stats, week_period
from frontierwatch.analytics.facts import fetch_facts
from frontierwatch.analytics.testing import add_document, add_event, link, memory_db, sample_db


def test_analytics_api_dataframes_and_brief():
    s = api.open(sample_db())
    inc = s.incidents(type="attack", date_from="2025-09-12", date_to="2025-09-18")
    assert isinstance(inc, pd.DataFrame) and len(inc) == 12
    assert len(s.incidents(type="attack", region="Balochistan", date_from="2025-09-12", date_to="2025-09-18")) == 5
    ev = s.events(type="attack", admin1="Balochistan")
    assert len(ev) == 5 + 12
    b = s.brief(week_period("2025-09-12", "friday"), region="PK")
    assert b.attacks.current.value == 12 and b.to_markdown().startswith("# Security brief")
    assert s.brief("2024").attacks.current.value == 12
    assert list(s.trend()["attacks"]) == [4, 12, 27]


def test_analytics_api_stats_list_get():
    con = sample_db()
    rows = stats(con, week_period("2025-09-12", "friday"), by="admin1", metric="attacks")
    assert [(r["key"], r["value"]) for r in rows] == [("Khyber Pakhtunkhwa", 6), ("Balochistan", 5), ("Sindh", 1)]
    page = list_incidents(con, {"type": "attack", "admin1": "balochistan", "date_from": "2025-09-01"},
                          sort="-date", page=1, per_page=2)
    assert page["total"] == 5 and len(page["items"]) == 2 and page["items"][0]["date"] >= page["items"][1]["date"]
    one = get_incident(con, "a0")
    assert one["killed_security_forces"] == 2 and [r["id"] for r in one["reports"]] == ["a0"]
    assert get_incident(con, "nope") is None


def _linked_db():
    con = memory_db()
    t0, t1 = datetime(2025, 9, 14), datetime(2025, 9, 20)
    add_document(con, "d1", "2025-09-13", ingested_at=t0)
    add_document(con, "d2", "2025-09-14", ingested_at=t0)
    add_document(con, "d3", "2025-09-16", ingested_at=t1)
    add_event(con, "d1#0", "attack", "2025-09-13", admin1="Balochistan", admin2="Quetta", killed_security_forces=3,
              killed_civilians=1, injured=4, doc_id="d1", ingested_at=t0)
    add_event(con, "d2#0", "attack", "2025-09-13", admin1="Balochistan", admin2="Quetta", killed_security_forces=4,
              injured=2, doc_id="d2", ingested_at=t0)
    add_event(con, "d3#0", "attack", "2025-09-12", admin1="Balochistan", admin2="Quetta", killed_unspecified=7,
              injured=10, doc_id="d3", ingested_at=t1)
    link(con, "inc-a", ["d1#0", "d2#0"], linked_at=t0)
    link(con, "inc-a", ["d3#0"], linked_at=t1)
    return con


@pytest.mark.parametrize("as_of", [None, "2025-09-15"])
def test_analytics_facts_agree_with_incidents_package(as_of):
    pytest.importorskip("frontierwatch.incidents.store")
    from frontierwatch.incidents.store import as_of_time, incidents_as_of

    con = _linked_db()
    mine = {r["incident_id"]: r for r in fetch_facts(con, as_of=as_of_time(as_of))}
    theirs = {v.incident.id: v for v in incidents_as_of(con, as_of)}
    assert set(mine) == set(theirs) == {"inc-a"}
    m, t = mine["inc-a"], theirs["inc-a"]
    assert m["date"].isoformat() == t.incident.date
    assert (m["admin1"], m["admin2"]) == (t.incident.admin1, t.incident.admin2)
    assert m["killed_total"] == t.figures.best_total and m["injured"] == t.figures.injured_best
    assert m["n_reports"] == t.figures.reports


def test_analytics_linked_history_cache_follows_new_links():
    from frontierwatch.analytics import yearly_trend

    con = _linked_db()
    assert [(t["year"], t["attacks"].value, t["deaths"].value) for t in yearly_trend(con)] == [(2025, 1, 7)]
    add_event(con, "d4#0", "attack", "2025-10-01", admin1="Sindh", killed_civilians=2, ingested_at=datetime(2025, 10, 2))
    assert [(t["attacks"].value, t["deaths"].value) for t in yearly_trend(con)] == [(2, 9)]
    assert [(t["attacks"].value) for t in yearly_trend(con, as_of="2025-09-15")] == [1]


def test_analytics_get_incident_members_when_linked():
    con = _linked_db()
    inc = get_incident(con, "inc-a")
    assert inc["event_ids"] == ["d1#0", "d2#0", "d3#0"] and len(inc["reports"]) == 3
    assert get_incident(con, "inc-a", as_of="2025-09-15")["event_ids"] == ["d1#0", "d2#0"]


def test_analytics_list_incidents_members_when_linked():
    con = _linked_db()
    page = list_incidents(con, {"type": "attack"})
    assert page["total"] == 1 and page["items"][0]["event_ids"] == ["d1#0", "d2#0", "d3#0"]


def test_analytics_cache_no_sidecar_and_edits_invalidate(tmp_path):
    import duckdb

    from frontierwatch.analytics import cache, yearly_trend

    path = tmp_path / "c.duckdb"
    mem = _linked_db()
    mem.execute(f"ATTACH '{path}' AS f")
    mem.execute("COPY FROM DATABASE memory TO f")
    mem.execute("DETACH f")
    con = duckdb.connect(str(path))
    assert [t["deaths"].value for t in yearly_trend(con)] == [7]
    assert list_incidents(con)["items"][0]["killed_total"] == 7  # builds the connection's TEMP table
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.duckdb"]  # nothing written beside the database
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE NOT temporary").fetchall()}
    assert not any(t.startswith("fw_facts") for t in tables)  # nor into it
    con.execute("UPDATE events SET killed_unspecified = 9, killed_total = 9 WHERE id = 'd3#0'")
    assert list_incidents(con)["items"][0]["killed_total"] == 9  # an edit in place invalidates the table
    assert [t["deaths"].value for t in yearly_trend(con)] == [9]
    cache.clear()
