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
