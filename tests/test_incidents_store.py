"""resolve_store / incidents_as_of on an in-memory store: stable ids, merges, as-of reproduction."""
from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest

from frontierwatch.incidents import get_incident, incidents_as_of, resolve_store
from frontierwatch.records import Casualties, Document, Event, Evidence, Extraction
from frontierwatch.store import open_store

DAY1, DAY2, DAY3 = datetime(2024, 6, 1, 9), datetime(2024, 6, 2, 9), datetime(2024, 6, 3, 9)


@pytest.fixture
def store():
    s = open_store(":memory:")
    yield s
    s.close()


def add(store, doc_id: str, published: str, outlet: str, events: list[Event], at: datetime, text: str = "") -> None:
    """Save a document with its events, then pretend it was ingested at `at`."""
    text = text or f"Report {doc_id} from {outlet} about a militant attack on a police post in the district."
    doc = Document(id=doc_id, text=text, published=published, outlet=outlet,
                   content_hash=hashlib.sha256(text.encode()).hexdigest())
    assert store.save(doc, Extraction(doc_id=doc_id, events=events))
    store.con.execute("UPDATE events SET ingested_at = ? WHERE doc_id = ?", [at, doc_id])
    store.con.execute("UPDATE documents SET ingested_at = ? WHERE id = ?", [at, doc_id])


def attack(day: str | None = "2024-05-31", district: str = "Bannu", **killed) -> Event:
    return Event(type="attack", date=day, country="PK", admin1="Khyber Pakhtunkhwa", admin2=district,
                 target="police", killed=Casualties(**killed), evidence=[Evidence("Gunmen attacked a police post.")])


def test_incidents_store_resolve_links_and_rerun_adds_nothing(store):
    add(store, "a", "2024-06-01", "Outlet A", [attack(security_forces=2), attack(district="Kurram")], DAY1)
    add(store, "b", "2024-06-01", "Outlet B", [attack(security_forces=3)], DAY1)
    r = resolve_store(store, now=DAY1)
    assert (r.new_events, len(r.created), r.linked) == (3, 2, 3)
    before = store.con.execute("SELECT * FROM incident_events ORDER BY event_id").fetchall()
    again = resolve_store(store, now=DAY2)
    assert (again.new_events, again.created, again.linked) == (0, [], 0)
    assert store.con.execute("SELECT * FROM incident_events ORDER BY event_id").fetchall() == before


def test_incidents_store_new_source_joins_existing_id(store):
    add(store, "a", "2024-06-01", "Outlet A", [attack(security_forces=2)], DAY1)
    resolve_store(store, now=DAY1)
    (iid,) = [v.incident.id for v in incidents_as_of(store)]
    add(store, "b", "2024-06-02", "Outlet B", [attack(security_forces=5)], DAY2)
    r = resolve_store(store, now=DAY2)
    assert r.created == [] and r.linked == 1
    (view,) = incidents_as_of(store)
    assert view.incident.id == iid and len(view.reports) == 2 and view.figures.best_total == 5


def test_incidents_store_merge_keeps_older_id_and_logs(store):
    # Two reports of one attack, a day apart in date, first stored as separate incidents because a
    # strict config kept them apart; a relaxed run then merges them: the older id survives.
    from frontierwatch.incidents import ResolveConfig

    strict = ResolveConfig(date_tolerance_days=0)
    add(store, "a", "2024-06-01", "Outlet A", [attack("2024-05-31", security_forces=2)], DAY1)
    resolve_store(store, strict, now=DAY1)
    add(store, "b", "2024-06-01", "Outlet B", [attack("2024-06-01", security_forces=4)], DAY2)
    resolve_store(store, strict, now=DAY2)
    old_id, new_id = [r[0] for r in store.con.execute("SELECT id FROM incidents ORDER BY created_at").fetchall()]
    add(store, "c", "2024-06-02", "Outlet C", [attack("2024-06-01", security_forces=4)], DAY3)
    r = resolve_store(store, now=DAY3)
    assert r.absorbed == [(new_id, old_id)]
    assert store.con.execute("SELECT absorbed_into FROM incidents WHERE id = ?", [new_id]).fetchone()[0] == old_id
    log = store.con.execute("SELECT action, incident_id, other_id FROM merge_log WHERE action = 'absorb'").fetchall()
    assert log == [("absorb", old_id, new_id)]
    (view,) = incidents_as_of(store)
    assert view.incident.id == old_id and len(view.reports) == 3
    assert get_incident(store, new_id).incident.id == old_id  # absorbed ids still resolve


def test_incidents_store_as_of_reproduces_the_past(store):
    add(store, "a", "2024-06-01", "Outlet A", [attack(security_forces=2)], DAY1)
    resolve_store(store, now=DAY1)
    add(store, "b", "2024-06-02", "Outlet B", [attack(security_forces=9)], DAY2)
    resolve_store(store, now=DAY2)
    (then,) = incidents_as_of(store, date(2024, 6, 1))
    (now,) = incidents_as_of(store, "2024-06-02")
    assert (then.figures.best_total, len(then.reports)) == (2, 1)
    assert (now.figures.best_total, now.figures.low, now.figures.high) == (9, 2, 9)
    assert incidents_as_of(store, date(2024, 5, 1)) == []


def test_incidents_store_as_of_before_merge_shows_both(store):
    from frontierwatch.incidents import ResolveConfig

    strict = ResolveConfig(date_tolerance_days=0)
    add(store, "a", "2024-06-01", "Outlet A", [attack("2024-05-31")], DAY1)
    add(store, "b", "2024-06-01", "Outlet B", [attack("2024-06-01")], DAY1)
    resolve_store(store, strict, now=DAY1)
    add(store, "c", "2024-06-02", "Outlet C", [attack("2024-06-01")], DAY3)
    resolve_store(store, now=DAY3)
    assert len(incidents_as_of(store, DAY2)) == 2
    assert len(incidents_as_of(store, DAY3)) == 1


@pytest.mark.parametrize("filters, n", [({"type": "attack"}, 2), ({"type": "diplomacy"}, 0),
                                        ({"admin2": "Kurram"}, 1), ({"limit": 1}, 1)])
def test_incidents_store_filters(store, filters, n):
    add(store, "a", "2024-06-01", "Outlet A", [attack(), attack(district="Kurram")], DAY1)
    resolve_store(store, now=DAY1)
    assert len(incidents_as_of(store, **filters)) == n


def test_incidents_store_accepts_raw_connection(store):
    add(store, "a", "2024-06-01", "Outlet A", [attack()], DAY1)
    assert resolve_store(store.con, now=DAY1).linked == 1


def test_incidents_store_bad_as_of_is_a_query_error(store):
    from frontierwatch.errors import QueryError

    with pytest.raises(QueryError):
        incidents_as_of(store, "last tuesday")


def test_incidents_store_id_kept_when_earlier_published_source_arrives_later(store):
    add(store, "late", "2024-06-03", "Outlet L", [attack("2024-05-31", security_forces=4)], DAY1)
    resolve_store(store, now=DAY1)
    (first,) = incidents_as_of(store)
    add(store, "early", "2024-05-31", "Outlet E", [attack("2024-05-31", security_forces=1)], DAY2)
    resolve_store(store, now=DAY2)
    (after,) = incidents_as_of(store)
    assert after.incident.id == first.incident.id and len(after.reports) == 2
    assert after.figures.best_total == 4  # the later-published report's toll stands


def test_incidents_store_merge_log_records_creation_and_links(store):
    add(store, "a", "2024-06-01", "Outlet A", [attack()], DAY1)
    add(store, "b", "2024-06-01", "Outlet B", [attack()], DAY1)
    resolve_store(store, now=DAY1)
    actions = sorted(r[0] for r in store.con.execute("SELECT action FROM merge_log").fetchall())
    assert actions == ["create", "link", "link"]


def test_incidents_store_links_near_duplicates_and_merges_their_undated_reports(store):
    body = " ".join(f"paragraph{i % 50} sentence{i} about the attack near the checkpoint" for i in range(60))
    add(store, "wire", "2024-06-01", "Wire", [attack("2024-05-31", security_forces=3)], DAY1, text=body)
    add(store, "copy", None, "Reprint", [attack(None, security_forces=3)], DAY2, text=body + " Share this story.")
    r = resolve_store(store, now=DAY2)
    assert r.doc_links == 1
    assert store.con.execute("SELECT doc_id, near_doc_id FROM doc_links").fetchall() == [("copy", "wire")]
    (view,) = incidents_as_of(store)
    assert len(view.reports) == 2
    assert resolve_store(store, now=DAY3).doc_links == 0


def _closure(day: str | None, sentence: str) -> Event:
    return Event(type="border_crossing", date=day, country="PK", admin1="Khyber Pakhtunkhwa", admin2="Khyber",
                 place="Torkham", crossing="Torkham", status="closed", evidence=[Evidence(sentence)])


def test_incidents_store_floating_reports_join_the_stored_incident_their_named_day_fits(store):
    dated = "Border officials sealed the mountain crossing after guards traded fire, and lorries queued for miles."
    add(store, "a", "2024-06-15", "Outlet A", [_closure("2024-06-15", dated)], DAY1, text=dated)  # a Saturday
    add(store, "b", "2024-03-04", "Outlet B", [_closure("2024-03-04", dated)], DAY1, text=dated + " Again.")  # Monday
    resolve_store(store, now=DAY1)
    before = {v.reports[0].doc_id: v.incident.id for v in incidents_as_of(store)}
    c = "Lorries queued for miles at the sealed mountain crossing after guards traded fire on Saturday."
    d = "Lorries queued for miles at the sealed mountain crossing while guards traded fire again."
    add(store, "c", None, "Outlet C", [_closure(None, c)], DAY2, text=c)
    add(store, "d", None, "Outlet D", [_closure(None, d)], DAY2, text=d)
    r = resolve_store(store, now=DAY2)
    assert r.created == [] and r.linked == 2
    views = {v.incident.id: sorted(x.doc_id for x in v.reports) for v in incidents_as_of(store)}
    assert views == {before["a"]: ["a", "c", "d"], before["b"]: ["b"]}
    assert {v.incident.id: len(v.reports) for v in incidents_as_of(store, DAY1)} == {before["a"]: 1, before["b"]: 1}
