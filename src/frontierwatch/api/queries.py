"""Minimal read queries the web layer needs where the analytics package offers no function.

Only record lookups live here (one document, reports with their evidence, raw event rows, export
rows); every incident row, figure and event-to-incident link (counts, deaths, changes, incident
search, members, coordinates) comes from `frontierwatch.analytics`. Every value reaches DuckDB as a bound parameter; column names are
only ever taken from the fixed tuples below.
"""
from __future__ import annotations

from typing import Any

import duckdb

from ..analytics.db import as_date
from ..errors import QueryError

EVENT_COLUMNS = (
    "id", "doc_id", "seq", "source", "type", "date", "country", "admin1", "admin2", "place", "lat", "lon",
    "geo_precision", "perpetrator", "claimed_by", "target", "tactic", "killed_security_forces",
    "killed_civilians", "killed_militants", "killed_unspecified", "killed_total", "injured", "abducted",
    "arrested", "crossing", "status", "action", "count", "until", "parties",
)
EVENT_FILTERS = ("type", "country", "admin1", "admin2", "perpetrator", "tactic", "target", "source", "doc_id")
EVENT_SORTS = {"date": "date", "killed": "killed_total", "id": "id", "type": "type", "admin1": "admin1"}


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def event_where(filters: dict[str, Any]) -> tuple[str, list[Any]]:
    """WHERE clause (and parameters) for event filters; unknown keys are a QueryError."""
    conds: list[str] = []
    params: list[Any] = []
    for key, value in filters.items():
        if value in (None, ""):
            continue
        if key in EVENT_FILTERS:
            conds.append(f"lower(e.{key}) = lower(?)")
            params.append(value)
        elif key == "date_from":
            conds.append("e.date >= ?")
            params.append(as_date(value, key))
        elif key == "date_to":
            conds.append("e.date <= ?")
            params.append(as_date(value, key))
        elif key == "q":
            conds.append("(e.place ILIKE ? OR e.admin2 ILIKE ? OR e.admin1 ILIKE ? OR e.perpetrator ILIKE ? OR "
                         "EXISTS (SELECT 1 FROM evidence ev WHERE ev.event_id = e.id AND ev.text ILIKE ?))")
            params += [f"%{value}%"] * 5
        else:
            raise QueryError(f"unknown event filter: {key}")
    return ((" WHERE " + " AND ".join(conds)) if conds else ""), params


def list_events(con: duckdb.DuckDBPyConnection, filters: dict[str, Any], sort: str = "-date",
                limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """One page of raw event reports (every source's row, not deduplicated) and the total count."""
    where, params = event_where(filters)
    desc = sort.startswith("-")
    col = EVENT_SORTS.get(sort.lstrip("-"))
    if col is None:
        raise QueryError(f"sort: unknown column {sort.lstrip('-')!r} (one of {', '.join(EVENT_SORTS)})")
    total = con.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    order = f"e.{col} {'DESC' if desc else 'ASC'} NULLS LAST, e.id"
    cur = con.execute(f"SELECT {cols} FROM events e{where} ORDER BY {order} LIMIT ? OFFSET ?",
                      params + [limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": _rows(cur)}


def event_evidence(con: duckdb.DuckDBPyConnection, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Evidence sentences (with character spans) per event id."""
    if not event_ids:
        return {}
    marks = ", ".join("?" for _ in event_ids)
    cur = con.execute(f"SELECT event_id, seq, text, start_char, end_char FROM evidence WHERE event_id IN ({marks}) "
                      "ORDER BY event_id, seq", list(event_ids))
    out: dict[str, list[dict[str, Any]]] = {}
    for row in _rows(cur):
        out.setdefault(row.pop("event_id"), []).append(row)
    return out


def events_by_ids(con: duckdb.DuckDBPyConnection, event_ids: list[str]) -> list[dict[str, Any]]:
    """Event rows with their document's outlet, title, url and publication date, plus evidence."""
    if not event_ids:
        return []
    marks = ", ".join("?" for _ in event_ids)
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    cur = con.execute(f"SELECT {cols}, d.outlet, d.title AS doc_title, d.url AS doc_url, d.published "
                      f"FROM events e LEFT JOIN documents d ON d.id = e.doc_id WHERE e.id IN ({marks}) "
                      "ORDER BY d.published NULLS LAST, e.id", list(event_ids))
    rows = _rows(cur)
    ev = event_evidence(con, [r["id"] for r in rows])
    for r in rows:
        r["evidence"] = ev.get(r["id"], [])
    return rows


def get_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """A document with its events (and their evidence spans), claims and quotes; None if unknown."""
    cur = con.execute("SELECT id, url, outlet, published, title, text, kind, source_path, ingested_at "
                      "FROM documents WHERE id = ?", [doc_id])
    rows = _rows(cur)
    if not rows:
        return None
    doc = rows[0]
    ids = [r[0] for r in con.execute("SELECT id FROM events WHERE doc_id = ? ORDER BY seq", [doc_id]).fetchall()]
    doc["events"] = events_by_ids(con, ids)
    from ..analytics.facts import links_sql  # the one event -> incident rule

    lk, lparams = links_sql(None)
    link = dict(con.execute(f"SELECT event_id, incident_id FROM ({lk}) WHERE event_id IN "
                            "(SELECT id FROM events WHERE doc_id = ?)", lparams + [doc_id]).fetchall())
    for e in doc["events"]:
        e["incident"] = link.get(e["id"], e["id"])
    doc["claims"] = _rows(con.execute(
        "SELECT id, metric, value, unit, direction, period_start, period_end, region, source, evidence "
        "FROM claims WHERE doc_id = ? ORDER BY seq", [doc_id]))
    doc["quotes"] = _rows(con.execute("SELECT speaker, text FROM quotes WHERE doc_id = ? ORDER BY seq", [doc_id]))
    return doc


def export_rows(con: duckdb.DuckDBPyConnection, filters: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """Event rows for export (every report, newest first), capped at `limit`."""
    return list_events(con, filters, sort="-date", limit=limit, offset=0)["items"]
