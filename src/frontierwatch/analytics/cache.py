"""Cached incident tables: a whole-history grouping with every column is done once per data state.

Only queries that want every column of every incident over a long span (an unfiltered incident
list, a notebook's `incidents()`) build a table; briefs, trends and stats group on the fly (see
facts.py), so a fresh process never waits for a whole-history build. Once a table exists, later
queries of the same connection read it, typed ones too when no incident mixes report types.
The table is a TEMP table of the connection (in memory, never written next to or into the
user's database), keyed by as-of and type filter. A read-only connection cannot see its data
change, so its tables stay valid; on a writable one each use is checked against a fingerprint
(row counts, latest ingest/link times and a hash of every event's figures, link and document
date), so new rows and edits in place both invalidate it.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import duckdb

Key = tuple[datetime | None, tuple[str, ...] | None]  # (as-of, event types or None for all)
_MEMO: dict[tuple[int, Key], tuple[Any, str, bool]] = {}  # -> (fingerprint, table, single-typed incidents)


def fingerprint(con: duckdb.DuckDBPyConnection) -> tuple[Any, ...]:
    """Changes whenever events, documents or links are added, removed or edited (constant when read-only)."""
    row = con.execute("SELECT readonly FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    if row and row[0]:
        return ("read-only",)
    return con.execute(
        "SELECT (SELECT (count(*), max(ingested_at), bit_xor(hash(id, type, date, country, admin1, admin2, place, "
        "perpetrator, claimed_by, target, tactic, killed_security_forces, killed_civilians, killed_militants, "
        "killed_unspecified, killed_total, injured, abducted, arrested, crossing, status, action, count, until, "
        "parties, source, doc_id, ingested_at))) FROM events), "
        "(SELECT (count(*), max(ingested_at), bit_xor(hash(id, published))) FROM documents), "
        "(SELECT (count(*), max(linked_at), bit_xor(hash(incident_id, event_id, linked_at))) FROM incident_events)"
    ).fetchone()


def clear() -> None:
    """Forget cached tables (they are rebuilt on the next query that needs them)."""
    _MEMO.clear()


def valid(con: duckdb.DuckDBPyConnection, key: Key) -> bool:
    """True when this connection holds an up-to-date table for exactly `key` (as-of, types)."""
    return _hit(con, key) is not None


def lookup(con: duckdb.DuckDBPyConnection, as_of: datetime | None, types: tuple[str, ...] | None) -> str | None:
    """An up-to-date table answering (as-of, types): its own, or the all-types one when no incident
    mixes report types (then keeping the incidents of a type is the same as keeping its reports)."""
    if not any(k[0] == id(con) for k in _MEMO):
        return None
    hit = _hit(con, (as_of, types))
    if hit is None and types:
        hit = _hit(con, (as_of, None))
        hit = hit if hit and hit[2] else None
    return hit[1] if hit else None


def cached_table(con: duckdb.DuckDBPyConnection, key: Key, build: Callable[[], tuple[str, list[Any]]]) -> str:
    """Name of an up-to-date TEMP table for `key`, building it (from build()'s SQL) when needed."""
    hit = _hit(con, key)
    if hit:
        return hit[1]
    fp = fingerprint(con)
    name = f"fw_facts_{abs(hash((fp, key))) % 10**12}"
    sql, params = build()
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql} ORDER BY date", params)
    single = key[1] is not None or not con.execute(
        "SELECT 1 FROM incident_events ie JOIN events e ON e.id = ie.event_id GROUP BY ie.incident_id "
        "HAVING min(e.type) <> max(e.type) LIMIT 1").fetchone()
    _MEMO[(id(con), key)] = (fp, name, single)
    return name


def _hit(con: duckdb.DuckDBPyConnection, key: Key) -> tuple[Any, str, bool] | None:
    hit = _MEMO.get((id(con), key))
    if hit and _exists(con, hit[1]) and hit[0] == fingerprint(con):
        return hit
    return None


def _exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    try:
        con.execute(f"SELECT 1 FROM {name} LIMIT 0")
        return True
    except duckdb.Error:
        return False
