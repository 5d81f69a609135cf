"""Incident figures are the same whichever way they are computed (cold: grouped on the fly; warm: read
from the connection's cached table; windowed, few-column, by id), exact on a constructed database;
and analytics.list_incidents' text search (`q`) and id list (`ids`)."""
from datetime import date, datetime

import pytest

from frontierwatch.analytics import (build_brief, cache, get_incident, incident_coordinates, list_incidents, stats,
                                     week_period, yearly_trend)
from frontierwatch.analytics.api import AnalyticsStore
from frontierwatch.analytics.db import as_of_ts
from frontierwatch.analytics.facts import COLUMNS, fetch_facts
from frontierwatch.analytics.testing import add_document, add_event, link, memory_db

T0, T1 = datetime(2025, 9, 14), datetime(2025, 9, 20)
WEEK = week_period("2025-09-12", "friday")


def _db():
    """Three reports of one attack (the third linked later), two of another, singles, an operation."""
    con = memory_db()
    for doc, pub, ts in (("dA1", "2025-09-13", T0), ("dA2", "2025-09-14", T0), ("dA3", "2025-09-16", T1),
                         ("dB1", "2025-09-15", T0), ("dB2", "2025-09-15", T0)):
        add_document(con, doc, pub, ingested_at=ts)
    con.execute("UPDATE documents SET title = 'Convoy struck on the highway' WHERE id = 'dA1'")
    add_event(con, "a1", "attack", "2025-09-13", admin1="Balochistan", admin2="Quetta", killed_security_forces=3,
              killed_civilians=1, injured=4, perpetrator="BLA", doc_id="dA1", ingested_at=T0)
    add_event(con, "a2", "attack", "2025-09-13", admin1="Balochistan", admin2="Quetta", killed_security_forces=4,
              injured=2, doc_id="dA2", ingested_at=T0)
    add_event(con, "a3", "attack", "2025-09-12", admin1="Balochistan", killed_unspecified=7, injured=10,
              doc_id="dA3", ingested_at=T1)
    add_event(con, "b1", "attack", "2025-09-14", admin1="Khyber Pakhtunkhwa", admin2="Bannu", target="police",
              killed_security_forces=2, doc_id="dB1", ingested_at=T0)
    add_event(con, "b2", "attack", "2025-09-15", admin1="Khyber Pakhtunkhwa", admin2="Lakki Marwat", tactic="ied",
              killed_civilians=1, doc_id="dB2", ingested_at=T0)
    add_event(con, "s1", "attack", "2024-03-01", admin1="Sindh", admin2="Karachi", killed_civilians=2, ingested_at=T0)
    add_event(con, "s2", "attack", "2024-06-01", admin1="Punjab", admin2="Lahore", killed_security_forces=1,
              ingested_at=T0)
    add_event(con, "o1", "security_operation", "2025-09-15", admin1="Khyber Pakhtunkhwa", admin2="Bannu",
              killed_militants=5, ingested_at=T0)
    link(con, "inc-A", ["a1", "a2"], linked_at=T0)
    link(con, "inc-A", ["a3"], linked_at=T1)
    link(con, "inc-B", ["b1", "b2"], linked_at=T0)
    link(con, "inc-S", ["s2"], linked_at=T0)
    link(con, "inc-O", ["o1"], linked_at=T0, type="security_operation")
    con.execute("INSERT INTO evidence VALUES ('b2', 0, 'Gunmen opened fire at a checkpoint', 0, 10), "
                "('a3', 0, 'The toll rose to seven overnight', 0, 10)")
    con.execute("UPDATE events SET lat = 30.2, lon = 67.0, geo_precision = 2 WHERE id = 'a1'")
    con.execute("UPDATE events SET lat = 30.19, lon = 67.01, geo_precision = 1 WHERE id = 'a2'")
    return con


def _warm(con, as_of=None, mixed=False) -> None:
    """Build the connection's cached table of every incident; typed queries read it unless types mix."""
    ts = as_of_ts(as_of)
    list_incidents(con, as_of=as_of)
    assert cache.valid(con, (ts, None))
    assert (cache.lookup(con, ts, ("attack",)) is None) == mixed


def _figures(con, as_of=None):
    trend = [(t["year"], t["attacks"].value, t["deaths"].value, t["attacks"].incident_ids) for t in
             yearly_trend(con, as_of=as_of)]
    by = [(r["key"], r["value"], r["incident_ids"]) for r in stats(con, None, by="admin1", metric="deaths",
                                                                   as_of=as_of)]
    brief = build_brief(con, WEEK, as_of=as_of).to_dict()
    attacks = fetch_facts(con, as_of=as_of_ts(as_of), types=("attack",), ids=False, cols=COLUMNS[1:-2])
    return trend, by, brief, attacks


@pytest.mark.parametrize("mixed", [False, True])
@pytest.mark.parametrize("as_of", [None, "2025-09-15"])
def test_analytics_paths_cold_equals_warm(as_of, mixed):
    cache.clear()
    con = _db()
    if mixed:  # an operation report linked into an attack incident: typed queries must not reuse the table
        link(con, "inc-B", ["o1"], linked_at=datetime(2025, 9, 15, 12))
    cold = _figures(con, as_of)
    assert not cache.valid(con, (None, None))  # briefs, trends and stats never build a table
    _warm(con, as_of, mixed)
    assert _figures(con, as_of) == cold
    cache.clear()


@pytest.mark.parametrize("as_of,expected", [
    (None, ([(2024, 2, 3, ["inc-S", "s1"]), (2025, 2, 9, ["inc-A", "inc-B"])],
            [("Balochistan", 7, ["inc-A"]), ("Khyber Pakhtunkhwa", 2, ["inc-B"]), ("Sindh", 2, ["s1"]),
             ("Punjab", 1, ["inc-S"])])),
    ("2025-09-15", ([(2024, 2, 3, ["inc-S", "s1"]), (2025, 2, 6, ["inc-A", "inc-B"])],
                    [("Balochistan", 4, ["inc-A"]), ("Khyber Pakhtunkhwa", 2, ["inc-B"]), ("Sindh", 2, ["s1"]),
                     ("Punjab", 1, ["inc-S"])])),
])
def test_analytics_paths_exact_figures(as_of, expected):
    cache.clear()
    con = _db()
    trend, by, brief, _ = _figures(con, as_of)
    assert (trend, by) == expected
    assert brief["attacks"]["current"]["value"] == 2 and brief["operations"]["value"] == 1
    cache.clear()


@pytest.mark.parametrize("as_of,row", [
    (None, {"date": date(2025, 9, 13), "admin2": "Quetta", "admin1": "Balochistan", "killed_total": 7,
            "killed_unspecified": 7, "killed_security_forces": None, "killed_civilians": None, "injured": 10,
            "perpetrator": "BLA", "n_reports": 3}),
    ("2025-09-15", {"date": date(2025, 9, 13), "killed_total": 4, "killed_security_forces": 4,
                    "killed_civilians": None, "injured": 2, "n_reports": 2}),
])
def test_analytics_paths_latest_breakdown_is_one_report(as_of, row):
    """The killed groups come whole from the latest report naming any (never mixed across reports)."""
    con = _db()
    got = {r["incident_id"]: r for r in fetch_facts(con, as_of=as_of_ts(as_of), types=("attack",),
                                                    start=date(2025, 9, 1), end=date(2025, 9, 30))}
    assert {k: got["inc-A"][k] for k in row} == row


def test_analytics_paths_ties_and_modes():
    con = _db()
    b = {r["incident_id"]: r for r in fetch_facts(con, start=date(2025, 9, 1), end=date(2025, 9, 30))}["inc-B"]
    # dates and districts tie 1-1: the earliest / alphabetical wins; the larger toll on equal rank
    assert (b["date"], b["admin2"], b["killed_total"], b["killed_civilians"]) == (date(2025, 9, 14), "Bannu", 2, None)
    assert (b["target"], b["tactic"], b["event_ids"]) == ("police", "ied", ["b1", "b2"])


@pytest.mark.parametrize("cols", [(), ("killed_total",), ("target", "tactic"), ("admin1", "injured"),
                                  ("crossing", "status", "killed_civilians"), tuple(COLUMNS[1:-2])])
def test_analytics_paths_few_columns_agree_with_all(cols):
    cache.clear()
    con = _db()
    full = {r["incident_id"]: r for r in fetch_facts(con, ids=False)}
    light = {r["incident_id"]: r for r in fetch_facts(con, ids=False, cols=cols)}
    keep = set(cols) | {"incident_id", "type", "date"}
    assert {k: {c: v[c] for c in keep} for k, v in light.items()} == \
           {k: {c: v[c] for c in keep} for k, v in full.items()}
    cache.clear()


@pytest.mark.parametrize("q,as_of,expected", [
    ("quetta", None, ["inc-A"]),            # district, any case
    ("bla", None, ["inc-A"]),               # perpetrator
    ("CONVOY", None, ["inc-A"]),            # a member report's document title
    ("checkpoint", None, ["inc-B"]),        # a member report's evidence sentence
    ("toll rose", None, ["inc-A"]),
    ("toll rose", "2025-09-15", []),        # that report was not ingested yet
    ("%", None, []),                        # no wildcards: matched literally
    ("khyber", None, ["inc-B", "inc-O"]),
    ("nowhere", None, []),
])
def test_analytics_list_incidents_q(q, as_of, expected):
    con = _db()
    page = list_incidents(con, sort="id", q=q, as_of=as_of)
    assert sorted(i["incident_id"] for i in page["items"]) == expected and page["total"] == len(expected)
    assert list_incidents(con, {"q": q}, sort="id", as_of=as_of)["total"] == len(expected)  # q inside filters


@pytest.mark.parametrize("ids,filters,q,expected", [
    (["inc-B", "s1", "nope"], {}, None, ["inc-B", "s1"]),
    (["inc-B", "s1"], {"admin1": "sindh"}, None, ["s1"]),
    (["inc-A", "inc-B"], {}, "checkpoint", ["inc-B"]),
    (["a1"], {}, None, []),                 # a linked report is not an incident of its own
    ([], {}, None, []),
])
def test_analytics_list_incidents_ids(ids, filters, q, expected):
    con = _db()
    page = list_incidents(con, filters, sort="id", q=q, ids=ids)
    assert [i["incident_id"] for i in page["items"]] == expected
    if expected and expected[0] == "inc-B":
        assert page["items"][0]["event_ids"] == ["b1", "b2"]


def test_analytics_list_incidents_q_on_cached_table():
    cache.clear()
    con = _db()
    _warm(con)
    assert [i["incident_id"] for i in list_incidents(con, q="checkpoint")["items"]] == ["inc-B"]
    assert list_incidents(con, q="checkpoint")["items"][0]["event_ids"] == ["b1", "b2"]
    cache.clear()


def test_analytics_get_incident_members_and_coordinates():
    con = _db()
    assert get_incident(con, "inc-A")["event_ids"] == ["a1", "a2", "a3"]
    assert get_incident(con, "inc-A", as_of="2025-09-15")["event_ids"] == ["a1", "a2"]
    assert get_incident(con, "s1")["event_ids"] == ["s1"] and get_incident(con, "a1") is None
    assert incident_coordinates(con, ["inc-A", "inc-B"]) == {"inc-A": (30.19, 67.01, 1)}


def test_analytics_store_incidents_q_and_ids():
    s = AnalyticsStore(_db())
    assert list(s.incidents(q="Quetta")["incident_id"]) == ["inc-A"]
    assert list(s.incidents(ids=["s1", "inc-S"])["incident_id"]) == ["s1", "inc-S"]
