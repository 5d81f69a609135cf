"""Helpers to build small databases by hand (tests, examples, the benchmark)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

import duckdb

from .db import ensure_schema

EVENT_COLS = ("id", "doc_id", "seq", "source", "type", "date", "country", "admin1", "admin2", "place",
              "perpetrator", "claimed_by", "target", "tactic", "killed_security_forces", "killed_civilians",
              "killed_militants", "killed_unspecified", "killed_total", "injured", "abducted", "arrested",
              "crossing", "status", "action", "count", "until", "parties", "ingested_at")
DEFAULT_TS = datetime(2025, 1, 1)


def memory_db() -> duckdb.DuckDBPyConnection:
    """An empty in-memory database with the frontierwatch schema."""
    con = duckdb.connect(":memory:")
    ensure_schema(con)
    return con


def add_document(con: duckdb.DuckDBPyConnection, doc_id: str, published: date | str | None = None,
                 ingested_at: datetime = DEFAULT_TS, outlet: str = "test") -> None:
    """Insert a minimal document row."""
    con.execute("INSERT INTO documents (id, content_hash, outlet, published, text, ingested_at) VALUES (?,?,?,?,?,?)",
                [doc_id, f"h-{doc_id}", outlet, published, "text", ingested_at])


def add_event(con: duckdb.DuckDBPyConnection, id: str, type: str, date: date | str, **fields: Any) -> None:
    """Insert one event row; unknown keys are an error, killed_total is derived when not given."""
    row: dict[str, Any] = {"id": id, "type": type, "date": date, "seq": fields.pop("seq", 0),
                           "ingested_at": fields.pop("ingested_at", DEFAULT_TS), "country": fields.pop("country", "PK")}
    bad = set(fields) - set(EVENT_COLS)
    if bad:
        raise ValueError(f"unknown event fields: {sorted(bad)}")
    row.update(fields)
    groups = [row.get(k) for k in ("killed_security_forces", "killed_civilians", "killed_militants", "killed_unspecified")]
    if "killed_total" not in row and any(g is not None for g in groups):
        row["killed_total"] = sum(g or 0 for g in groups)
    cols = list(row)
    con.execute(f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})", list(row.values()))


def link(con: duckdb.DuckDBPyConnection, incident_id: str, event_ids: list[str], linked_at: datetime = DEFAULT_TS,
         type: str = "attack") -> None:
    """Create (if needed) an incident and link events to it."""
    if not con.execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id]).fetchone():
        con.execute("INSERT INTO incidents (id, type, created_at) VALUES (?,?,?)", [incident_id, type, linked_at])
    for e in event_ids:
        con.execute("INSERT INTO incident_events VALUES (?,?,?)", [incident_id, e, linked_at])


def sample_db() -> duckdb.DuckDBPyConnection:
    """A small hand-made database with known figures (used by the tests and as an example).

    Week Fri 2025-09-12..Thu 09-18: 12 attacks (21 deaths: 17 security forces, 2 civilians,
    2 militants; 18 injured; 4 abducted), 2 operations (12 militants killed, 3 arrested), one
    cross-border shelling, Torkham closed 09-01..09-16, Chaman closed 09-14 (open), a refugee
    deadline and talks. Previous week: 15 attacks, 15 deaths. 2021: 4 attacks, 2024: 12 attacks.
    Six documents published in each of the two weeks carry the events.
    """
    con = memory_db()
    for k in range(6):
        add_document(con, f"cur{k}", date(2025, 9, 12 + k))
        add_document(con, f"old{k}", date(2025, 9, 5 + k))
    places = ([("Balochistan", "Quetta")] * 3 + [("Balochistan", "Kech")] * 2 + [("Khyber Pakhtunkhwa", "North Waziristan")] * 3
              + [("Khyber Pakhtunkhwa", "Bannu")] * 2 + [("Khyber Pakhtunkhwa", "Khyber"), ("Sindh", "Karachi")])
    targets = ["security_forces"] * 7 + ["police"] * 3 + ["civilians"] * 2
    tactics = ["ied"] * 4 + ["suicide_bombing"] * 2 + ["armed_assault"] * 4 + ["kidnapping", "targeted_killing"]
    for i in range(12):
        f: dict[str, Any] = {"admin1": places[i][0], "admin2": places[i][1], "target": targets[i], "tactic": tactics[i],
                             "doc_id": f"cur{i % 6}", "source": "outlet"}
        if i <= 9:
            f["killed_security_forces"] = 2 if i <= 6 else 1
        if i in (10, 11):
            f["killed_civilians"] = 1
        if i in (4, 5):
            f["killed_militants"] = 1
        if i % 2 == 0:
            f["injured"] = 3
        if i == 10:
            f["abducted"] = 4
        if i in (5, 6):
            f["claimed_by"] = "TTP"
        if i == 0:
            f["claimed_by"] = "BLA"
        f["perpetrator"] = {0: "BLA", 1: "BLA", 5: "TTP", 6: "TTP", 7: "TTP"}.get(i)
        add_event(con, f"a{i}", "attack", date(2025, 9, 12 + i % 7), **f)
    for i in range(15):
        add_event(con, f"p{i}", "attack", date(2025, 9, 5 + i % 7), admin1="Khyber Pakhtunkhwa", admin2="Bannu",
                  target="police", tactic="armed_assault", killed_unspecified=1, doc_id=f"old{i % 6}")
    add_event(con, "o1", "security_operation", date(2025, 9, 13), admin1="Khyber Pakhtunkhwa", admin2="Bannu",
              killed_militants=5, arrested=3, doc_id="cur1")
    add_event(con, "o2", "security_operation", date(2025, 9, 15), admin1="Balochistan", admin2="Kech",
              killed_militants=7, doc_id="cur3")
    add_event(con, "x1", "cross_border", date(2025, 9, 13), admin1="Khyber Pakhtunkhwa", admin2="Kurram",
              tactic="shelling", killed_civilians=1, doc_id="cur1")
    add_event(con, "t1", "border_crossing", date(2025, 9, 1), admin2="Khyber", crossing="Torkham", status="closed")
    add_event(con, "t2", "border_crossing", date(2025, 9, 16), admin2="Khyber", crossing="Torkham", status="reopened",
              doc_id="cur4")
    add_event(con, "c1", "border_crossing", date(2025, 9, 14), admin2="Chaman", crossing="Chaman", status="closed",
              doc_id="cur2")
    add_event(con, "r1", "refugees", date(2025, 9, 15), action="deadline", until=date(2025, 9, 30), doc_id="cur3")
    add_event(con, "d1", "diplomacy", date(2025, 9, 17), action="talks", parties="AF,PK", doc_id="cur5")
    for i in range(4):
        add_event(con, f"y21_{i}", "attack", date(2021, 3, 1 + i), admin1="Khyber Pakhtunkhwa", killed_unspecified=2)
    for i in range(12):
        add_event(con, f"y24_{i}", "attack", date(2024, 5, 1 + i), admin1="Balochistan", killed_unspecified=2)
    return con
