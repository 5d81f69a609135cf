"""Cached incident tables: a whole-history grouping with every column is done once per data state.

Only queries that want every column of every incident over a long span (an unfiltered incident
list, a notebook's `incidents()`) read a table; briefs, trends and stats group on the fly (see
facts.py), so a fresh process never waits for a whole-history build. The table is a TEMP table
of the connection (in memory, never written next to or into the user's database), keyed by
as-of and type filter and checked against a fingerprint (row counts, latest ingest/link times
and a hash of every event's figures, link and document date), so new rows and edits in place
both invalidate it.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

import duckdb

_MEMO: dict[tuple[int, Hashable], tuple[Any, str]] = {}


def fingerprint(con: duckdb.DuckDBPyConnection) -> tuple[Any, ...]:
    """Changes whenever events, documents or links are added, removed or edited."""
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


def valid(con: duckdb.DuckDBPyConnection, key: Hashable) -> bool:
    """True when this connection already holds an up-to-date table for `key` (as-of, types)."""
    hit = _MEMO.get((id(con), key))
    return bool(hit and _exists(con, hit[1]) and hit[0] == fingerprint(con))


def cached_table(con: duckdb.DuckDBPyConnection, key: Hashable, build: Callable[[], tuple[str, list[Any]]]) -> str:
    """Name of an up-to-date TEMP table for `key`, building it (from build()'s SQL) when needed."""
    mk = (id(con), key)
    fp = fingerprint(con)
    hit = _MEMO.get(mk)
    if hit and hit[0] == fp and _exists(con, hit[1]):
        return hit[1]
    name = f"fw_facts_{abs(hash((fp, key))) % 10**12}"
    sql, params = build()
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql} ORDER BY date", params)
    _MEMO[mk] = (fp, name)
    return name


def _exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    try:
        con.execute(f"SELECT 1 FROM {name} LIMIT 0")
        return True
    except duckdb.Error:
        return False
